// file_names.cpp — see file_names.hpp.
#include "logic/file_names.hpp"

#include <cstring>

namespace setright::app {
namespace {

constexpr size_t kMaxBytes = 60;

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

void trim_ends(std::string& s) {
    auto edge = [](char c) { return c == '-' || c == '.'; };
    while (!s.empty() && edge(s.back())) s.pop_back();
    size_t start = 0;
    while (start < s.size() && edge(s[start])) ++start;
    s.erase(0, start);
}

} // namespace

std::string file_slug(const std::string& title, const std::string& fallback) {
    std::string out;
    bool gap = false; // spaces (or a "-") seen since the last character kept
    for (size_t i = 0; i < title.size(); ++i) {
        const unsigned char c = title[i];
        const unsigned char next = i + 1 < title.size() ? title[i + 1] : 0;
        if (c == 0xC2 && next == 0xA0) { // a no-break space is a space
            gap = true;
            ++i;
        } else if (c == 0xC2 && next >= 0x80 && next <= 0x9F) { // C1 control characters
            ++i;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-') {
            gap = true;
        } else if (c < 0x20 || c == 0x7F || std::strchr("/\\:*?\"<>|", c)) {
            // never in a file name
        } else {
            if (gap && !out.empty()) out += '-';
            gap = false;
            out += char(c);
        }
    }
    if (out.size() > kMaxBytes) {
        size_t cut = kMaxBytes;
        while (cut > 0 && is_continuation(out[cut])) --cut;
        out.resize(cut);
    }
    trim_ends(out);
    return out.empty() ? fallback : out;
}

std::string deal_file_name(const Deal& deal, const std::string& tail) { return file_slug(deal.title, deal.id) + tail; }

std::string report_file_name(const Workspace& workspace, const std::string& tail) {
    if (workspace.deals.size() == 1) return deal_file_name(workspace.deals.front(), "-report" + tail);
    return "setright-report" + tail;
}

} // namespace setright::app
