// read_file.cpp — see read_file.hpp.
#include "read_file.hpp"

#include "cli_errors.hpp"
#include "write_file.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace setright {

namespace {

std::string os_reason(int error) { return std::strerror(error); }

std::string too_large(const std::string& name) {
    return name + ": file is larger than the limit of " + std::to_string(max_input_bytes >> 20) + " MB";
}

struct FdCloser {
    int fd;
    ~FdCloser() {
        if (fd >= 0) ::close(fd);
    }
};

// Reads to the end, or until one byte past the cap (which is refused).
std::string read_capped(int fd, const std::string& name) {
    std::string bytes;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw InputError(name + ": cannot read: " + os_reason(errno));
        }
        if (n == 0) return bytes;
        bytes.append(buffer, static_cast<std::size_t>(n));
        if (bytes.size() > max_input_bytes) throw InputError(too_large(name));
    }
}

// Anything but a regular file is refused: reading a FIFO with no writer, a
// terminal or a device would block or never end.
void check_regular(const struct stat& info, const std::string& name) {
    if (S_ISREG(info.st_mode)) return;
    if (S_ISDIR(info.st_mode)) throw InputError(name + ": cannot read: " + os_reason(EISDIR));
    std::string hint = S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode) ? "; to read a pipe, give - and send it to standard input" : "";
    throw InputError(name + ": cannot read: not a regular file (" + file_type_name(info.st_mode) + ")" + hint);
}

} // namespace

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

std::string read_input(const std::string& path) {
    if (path == "-") return read_capped(STDIN_FILENO, display_name(path));

    // Checked before opening too: opening some devices does something.
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) check_regular(info, path);

    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of
    // waiting for one (the fstat below then refuses it).
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) throw InputError(path + ": cannot open: " + os_reason(errno));
    FdCloser closer{fd};
    if (::fstat(fd, &info) != 0) throw InputError(path + ": cannot read: " + os_reason(errno));
    check_regular(info, path);
    // Refuse a large regular file before reading any of it.
    if (static_cast<unsigned long long>(info.st_size) > max_input_bytes) throw InputError(too_large(path));
    // A regular file: read it as usual.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) (void)::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return read_capped(fd, path);
}

} // namespace setright
