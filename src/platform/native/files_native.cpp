// files_native.cpp — files on the desktop: a "download" is saved into
// $SETRIGHT_DOWNLOAD_DIR, else ~/Downloads (never over an existing file, as a
// browser does); files dropped on the window arrive as SDL drop events, several
// at once between SDL_DROPBEGIN and SDL_DROPCOMPLETE. SDL2 has no file dialog:
// the app offers dropping instead (can_open_file_picker()).
#include "native_state.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <new>

namespace fs = std::filesystem;

namespace {

std::function<void(std::vector<setright::platform::IncomingFile>)> g_files_handler;
std::vector<setright::platform::IncomingFile> g_dropped;
bool g_in_batch = false; // between SDL_DROPBEGIN and SDL_DROPCOMPLETE, which may span frames

// "report.md", then "report (2).md", ...
fs::path free_name(const fs::path& folder, const std::string& file_name) {
    const fs::path wanted(file_name);
    fs::path candidate = folder / wanted.filename();
    for (int n = 2; fs::exists(candidate); ++n)
        candidate = folder / (wanted.stem().string() + " (" + std::to_string(n) + ")" + wanted.extension().string());
    return candidate;
}

// A dropped file, read only when it is a regular file (a pipe would block
// the app, a device never end) no larger than kMaxImportBytes, with the
// drop so far within it too, as in the browser.
setright::platform::IncomingFile read_dropped(const fs::path& path) {
    using setright::platform::Refusal;
    setright::platform::IncomingFile file;
    file.name = path.filename().string();
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::is_regular_file(status)) {
        file.refused = error ? Refusal::ReadFailed : Refusal::NotAFile;
        file.detail = error ? error.message() : "";
        return file;
    }
    file.size = fs::file_size(path, error);
    uint64_t batch = 0;
    for (const setright::platform::IncomingFile& earlier : g_dropped) batch += earlier.text.size();
    if (error) {
        file.refused = Refusal::ReadFailed;
        file.detail = error.message();
    } else if (file.size > setright::platform::kMaxImportBytes) {
        file.refused = Refusal::FileTooLarge;
    } else if (batch + file.size > setright::platform::kMaxImportBytes) {
        file.refused = Refusal::BatchTooLarge;
    } else if (std::ifstream in(path, std::ios::binary); !in) {
        file.refused = Refusal::ReadFailed;
        file.detail = std::strerror(errno);
    } else {
        try {
            file.text.resize(size_t(file.size));
            in.read(file.text.data(), std::streamsize(file.size));
            file.text.resize(size_t(in.gcount()));
        } catch (const std::bad_alloc&) {
            file.text.clear();
            file.refused = Refusal::OutOfMemory;
        }
    }
    return file;
}

void deliver_dropped() {
    if (g_dropped.empty()) return;
    if (g_files_handler) g_files_handler(std::move(g_dropped));
    g_dropped.clear();
    setright::platform::request_frame();
}

} // namespace

namespace setright::platform {

void download_file(const std::string& file_name, const std::string&, const std::string& bytes) {
    const fs::path folder = native::env_or("SETRIGHT_DOWNLOAD_DIR", native::env_or("HOME", ".") + "/Downloads");
    std::error_code ignored;
    fs::create_directories(folder, ignored);
    std::ofstream out(free_name(folder, file_name), std::ios::binary);
    out << bytes;
}

void on_files_received(std::function<void(std::vector<IncomingFile>)> handler) { g_files_handler = std::move(handler); }

bool can_open_file_picker() { return false; }
void open_file_picker() {}

} // namespace setright::platform

namespace setright::platform::native {

void take_drop_events() {
    SDL_Event event;
    while (SDL_PeepEvents(&event, 1, SDL_GETEVENT, SDL_DROPFILE, SDL_DROPCOMPLETE) > 0) {
        switch (event.type) {
        case SDL_DROPBEGIN: g_in_batch = true; break;
        case SDL_DROPFILE: {
            g_dropped.push_back(read_dropped(fs::path(event.drop.file)));
            SDL_free(event.drop.file);
            if (!g_in_batch) deliver_dropped(); // a system that sends no DROPBEGIN
            break;
        }
        case SDL_DROPCOMPLETE:
            g_in_batch = false;
            deliver_dropped();
            break;
        default: break;
        }
    }
}

} // namespace setright::platform::native
