// pasted_lines.cpp — see pasted_lines.hpp.
#include "logic/pasted_lines.hpp"

namespace setright::app {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string trimmed(std::string_view line) {
    std::string out;
    for (char c : line) {
        if (is_space(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
            continue;
        }
        out += c;
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

} // namespace

std::vector<std::string> non_blank_lines(std::string_view text) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n' && text[i] != '\r') continue;
        std::string line = trimmed(text.substr(start, i - start));
        if (!line.empty()) lines.push_back(std::move(line));
        if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    return lines;
}

} // namespace setright::app
