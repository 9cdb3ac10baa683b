// read_file.cpp — see read_file.hpp.
#include "read_file.hpp"

#include "cli_errors.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <sys/stat.h>

namespace setright {

namespace {

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

std::string os_reason(int error) { return std::strerror(error); }

// Reads to the end, or until one byte past the cap (which the caller refuses).
std::string read_capped(std::FILE* f, const std::string& name) {
    std::string bytes;
    char buffer[1 << 16];
    for (;;) {
        std::size_t n = std::fread(buffer, 1, sizeof buffer, f);
        bytes.append(buffer, n);
        if (bytes.size() > max_input_bytes)
            throw InputError(name + ": file is larger than the limit of " +
                             std::to_string(max_input_bytes >> 20) + " MB");
        if (n < sizeof buffer) {
            if (std::ferror(f)) throw InputError(name + ": cannot read: " + os_reason(errno));
            return bytes;
        }
    }
}

} // namespace

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

std::string read_input(const std::string& path) {
    if (path == "-") return read_capped(stdin, display_name(path));

    errno = 0;
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) throw InputError(path + ": cannot open: " + os_reason(errno));
    struct stat info {};
    if (fstat(fileno(file.get()), &info) == 0) {
        if (S_ISDIR(info.st_mode)) throw InputError(path + ": cannot read: " + os_reason(EISDIR));
        // Refuse a large regular file before reading any of it.
        if (S_ISREG(info.st_mode) && static_cast<unsigned long long>(info.st_size) > max_input_bytes)
            throw InputError(path + ": file is larger than the limit of " +
                             std::to_string(max_input_bytes >> 20) + " MB");
    }
    errno = 0;
    return read_capped(file.get(), path);
}

} // namespace setright
