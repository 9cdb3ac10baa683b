// files_native.cpp — files on the desktop: a "download" is saved into
// $SETRIGHT_DOWNLOAD_DIR, else ~/Downloads (never over an existing file, as a
// browser does); files dropped on the window arrive as SDL drop events, several
// at once between SDL_DROPBEGIN and SDL_DROPCOMPLETE. SDL2 has no file dialog:
// the app offers dropping instead (can_open_file_picker()).
#include "native_state.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

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
            const fs::path path(event.drop.file);
            std::ifstream in(path, std::ios::binary);
            std::stringstream text;
            text << in.rdbuf();
            g_dropped.push_back({path.filename().string(), text.str()});
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
