// write_file.cpp — see write_file.hpp.
#include "write_file.hpp"

#include "cli_errors.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace setright {

namespace {

std::string dir_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string base_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The target after following symlinks, and what is there (if anything).
struct Target {
    std::string path; // the file that will be replaced
    std::string name; // how messages name it: "out.json", or "link.json, a link to /x/out.json"
    bool exists = false;
    struct stat info {};
};

std::string read_link(const std::string& path, const std::string& name) {
    std::vector<char> buffer(256);
    for (;;) {
        const ssize_t n = ::readlink(path.c_str(), buffer.data(), buffer.size());
        if (n < 0) throw InputError(name + ": cannot write: cannot read the link: " + std::strerror(errno));
        if (static_cast<std::size_t>(n) < buffer.size()) return std::string(buffer.data(), static_cast<std::size_t>(n));
        buffer.resize(buffer.size() * 2);
    }
}

Target resolve(const std::string& path) {
    Target target;
    target.path = path;
    target.name = path;
    for (int hops = 0;; ++hops) {
        if (::lstat(target.path.c_str(), &target.info) != 0) {
            if (errno == ENOENT) return target; // a new file (or a dangling link's target)
            throw InputError(target.name + ": cannot write: " + std::strerror(errno));
        }
        if (!S_ISLNK(target.info.st_mode)) {
            target.exists = true;
            return target;
        }
        if (hops == 40) throw InputError(path + ": cannot write: " + std::strerror(ELOOP));
        const std::string link = read_link(target.path, target.name);
        target.path = !link.empty() && link[0] == '/' ? link : dir_of(target.path) + "/" + link;
        target.name = path + ", a link to " + target.path;
    }
}

// Refuses anything but a regular file (or nothing) at the target.
void check_writable_kind(const Target& target) {
    if (!target.exists || S_ISREG(target.info.st_mode)) return;
    if (S_ISDIR(target.info.st_mode)) throw InputError(target.name + ": cannot write: " + std::strerror(EISDIR));
    throw InputError(target.name + ": cannot write: not a regular file (" + file_type_name(target.info.st_mode) + ")");
}

// The temporary file: removed when this goes out of scope unless it was
// renamed into place. It is always one this process created (O_EXCL).
struct TempFile {
    std::string path;
    int fd = -1;
    bool renamed = false;
    ~TempFile() {
        if (fd >= 0) ::close(fd);
        if (!renamed && !path.empty()) ::unlink(path.c_str());
    }
};

mode_t default_mode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

} // namespace

std::string file_type_name(unsigned mode) {
    switch (mode & S_IFMT) {
    case S_IFREG: return "a regular file";
    case S_IFDIR: return "a directory";
    case S_IFCHR: return "a character device";
    case S_IFBLK: return "a block device";
    case S_IFIFO: return "a FIFO";
    case S_IFSOCK: return "a socket";
    case S_IFLNK: return "a symbolic link";
    }
    return "not a file";
}

void write_file_atomically(const std::string& path, const std::string& bytes) {
    const Target target = resolve(path);
    check_writable_kind(target);

    // OUT.tmp-XXXXXX next to the file; a name near NAME_MAX is shortened.
    const std::string dir = dir_of(target.path);
    std::string stem = base_of(target.path);
    if (stem.size() > 200) stem.resize(200);
    std::string pattern = dir + "/" + stem + ".tmp-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    TempFile temp;
    temp.fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (temp.fd < 0) throw InputError(target.name + ": cannot create a temporary file in " + dir + ": " + std::strerror(errno));
    temp.path = name.data();
    auto fail = [&](const char* what, int error) {
        throw InputError(target.name + ": " + what + ": " + std::strerror(error)); // ~TempFile removes it
    };

    // The target's owner first (a chown may clear set-id bits), then its mode.
    // The owner is kept only where the OS lets us (as root, or the group if we
    // are in it); otherwise the new file is ours, as any rewrite would be.
    if (target.exists) {
        if (::fchown(temp.fd, target.info.st_uid, target.info.st_gid) != 0)
            (void)!::fchown(temp.fd, static_cast<uid_t>(-1), target.info.st_gid);
        if (::fchmod(temp.fd, target.info.st_mode & 07777) != 0) fail("cannot set the mode", errno);
    } else if (::fchmod(temp.fd, default_mode()) != 0) {
        fail("cannot set the mode", errno);
    }

    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(temp.fd, data, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("cannot write", errno);
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(temp.fd) != 0) fail("cannot write", errno);
    const int fd = temp.fd;
    temp.fd = -1;
    if (::close(fd) != 0) fail("cannot write", errno);

    // Something may have appeared at the target since it was checked.
    struct stat now {};
    if (::lstat(target.path.c_str(), &now) == 0 && !S_ISREG(now.st_mode)) {
        if (S_ISDIR(now.st_mode)) fail("cannot write", EISDIR);
        throw InputError(target.name + ": cannot write: not a regular file (" + file_type_name(now.st_mode) + ")");
    }
    if (::rename(temp.path.c_str(), target.path.c_str()) != 0) fail("cannot replace", errno);
    temp.renamed = true;

    // The rename itself is durable once the directory is synced (best effort:
    // some file systems refuse fsync on a directory).
    const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir_fd >= 0) {
        (void)::fsync(dir_fd);
        ::close(dir_fd);
    }
}

} // namespace setright
