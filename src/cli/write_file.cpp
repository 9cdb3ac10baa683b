// write_file.cpp — see write_file.hpp.
#include "write_file.hpp"

#include "cli_errors.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace setright {

void write_file_atomically(const std::string& path, const std::string& bytes) {
    const std::string tmp = path + ".tmp";
    auto fail = [&](const std::string& what, int error) {
        std::remove(tmp.c_str());
        throw InputError(path + ": " + what + ": " + std::strerror(error));
    };

    errno = 0;
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) throw InputError(path + ": cannot create " + tmp + ": " + std::strerror(errno));
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size() && std::fflush(f) == 0;
    const int write_error = errno;
    if (std::fclose(f) != 0 || !written) fail("cannot write", written ? errno : write_error);
    if (std::rename(tmp.c_str(), path.c_str()) != 0) fail("cannot replace", errno);
}

} // namespace setright
