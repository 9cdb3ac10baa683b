// storage_native.cpp — the desktop's localStorage: one file per key in
// $SETRIGHT_DATA_DIR, else $XDG_DATA_HOME/setright, else ~/.local/share/setright.
// A write goes to a temporary file, is synced, then renamed over the old one:
// a crash leaves the old value or the new, never half of one.
#include "native_state.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

fs::path data_dir() { return setright::platform::native::user_folder("SETRIGHT_DATA_DIR", "XDG_DATA_HOME", ".local/share/setright"); }

// Keys are Setright's own ("setright.workspace.0"); anything outside
// [A-Za-z0-9._-] is %-escaped so a key is always one plain file name.
fs::path file_for(const std::string& key) {
    std::string name;
    for (unsigned char c : key) {
        if (std::isalnum(c) || c == '.' || c == '_' || c == '-')
            name += char(c);
        else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", c);
            name += escaped;
        }
    }
    return data_dir() / name;
}

setright::platform::StoreResult failure(int error) {
    using setright::platform::StoreStatus;
    const bool full = error == ENOSPC || error == EDQUOT;
    return {full ? StoreStatus::QuotaExceeded : StoreStatus::Unavailable, std::strerror(error)};
}

} // namespace

namespace setright::platform {

std::optional<std::string> storage_read(const std::string& key) {
    std::ifstream in(file_for(key), std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

StoreResult storage_write(const std::string& key, const std::string& value) {
    std::error_code ignored;
    fs::create_directories(data_dir(), ignored);
    const fs::path target = file_for(key);
    const fs::path temporary = target.string() + ".writing";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) return failure(errno);
    size_t written = 0;
    while (written < value.size()) {
        const ssize_t n = ::write(fd, value.data() + written, value.size() - written);
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(temporary.c_str());
            return failure(error);
        }
        written += size_t(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return failure(error);
    }
    if (std::rename(temporary.c_str(), target.c_str()) != 0) return failure(errno);
    return {};
}

void storage_remove(const std::string& key) {
    std::error_code ignored;
    fs::remove(file_for(key), ignored);
}

// A folder of the user's own has no quota but the disk's.
std::optional<StorageSpace> storage_space() { return std::nullopt; }

// Files in the user's own folder are not evicted: nothing to ask for.
void request_persistent_storage() {}

} // namespace setright::platform
