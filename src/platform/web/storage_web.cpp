// storage_web.cpp — localStorage. A failed write is reported, never ignored:
// the caller keeps its data in memory and tells the user.
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>

namespace {

// (clang-format leaves the JavaScript in EM_JS and EM_ASM alone: it is not C++.)
// clang-format off
EM_JS(char*, setright_js_storage_read, (const char* key), {
    try {
        const value = window.localStorage.getItem(UTF8ToString(key));
        return value === null ? 0 : allocateUTF8(value);
    } catch (e) {
        return 0;
    }
});
// clang-format on

// Returns 0 on success, 1 when the quota is exceeded, 2 when storage is unavailable.
// clang-format off
EM_JS(int, setright_js_storage_write, (const char* key, const char* value), {
    try {
        window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
        return 0;
    } catch (e) {
        const quota = e && (e.name === 'QuotaExceededError' || e.code === 22 || e.code === 1014);
        return quota ? 1 : 2;
    }
});
// clang-format on

// clang-format off
EM_JS(void, setright_js_storage_remove, (const char* key), {
    try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});
// clang-format on

// Chromium, Firefox and Safari give an origin 5 MiB of UTF-16 (5,242,880
// characters, keys included); no API tells what is left, so it is counted.
// Returns -1 when storage is unavailable.
constexpr size_t kStorageCapacity = 5242880;
// clang-format off
EM_JS(double, setright_js_storage_free_characters, (), {
    try {
        const storage = window.localStorage;
        let used = 0;
        for (let i = 0; i < storage.length; ++i) {
            const key = storage.key(i);
            used += key.length + (storage.getItem(key) || '').length;
        }
        return Math.max(0, 5242880 - used);
    } catch (e) {
        return -1;
    }
});
// clang-format on

} // namespace

namespace setright::platform {

std::optional<std::string> storage_read(const std::string& key) {
    char* value = setright_js_storage_read(key.c_str());
    if (!value) return std::nullopt;
    std::string out = value;
    std::free(value);
    return out;
}

StoreResult storage_write(const std::string& key, const std::string& value) {
    switch (setright_js_storage_write(key.c_str(), value.c_str())) {
    case 0: return {};
    case 1: return {StoreStatus::QuotaExceeded, "the browser's storage for this page is full"};
    default: return {StoreStatus::Unavailable, "the browser refused access to local storage"};
    }
}

void storage_remove(const std::string& key) { setright_js_storage_remove(key.c_str()); }

std::optional<StorageSpace> storage_space() {
    const double free = setright_js_storage_free_characters();
    if (free < 0) return std::nullopt;
    return StorageSpace{kStorageCapacity, size_t(free)};
}

} // namespace setright::platform

namespace {

// clang-format off
EM_JS(void, setright_js_request_persistent_storage, (), {
    if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
});
// clang-format on

} // namespace

namespace setright::platform {
void request_persistent_storage() { setright_js_request_persistent_storage(); }
} // namespace setright::platform
