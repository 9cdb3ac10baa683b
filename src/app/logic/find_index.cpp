// find_index.cpp — see find_index.hpp.
#include "logic/find_index.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <unordered_set>

namespace setright::app {

namespace {
using Json = nlohmann::json;

int px(float value) { return int(std::lround(value)); }
} // namespace

std::string FindIndexMirror::changes(const std::vector<const FindTable*>& tables) {
    Json changed = Json::array();
    std::unordered_set<unsigned> drawn;
    for (const FindTable* drawn_table : tables) {
        const FindTable& table = *drawn_table;
        if (table.key == 0 || !drawn.insert(table.key).second) continue;
        const bool fresh = !sent_.count(table.key);
        Sent& sent = sent_[table.key];
        Json out = {{"key", table.key}};
        const int x = px(table.x), y = px(table.y), w = px(table.w), h = px(table.h);
        if (fresh || x != sent.x || y != sent.y || w != sent.w || h != sent.h) {
            out["rect"] = {x, y, w, h};
            sent.x = x, sent.y = y, sent.w = w, sent.h = h;
        }
        // Row 0's place in the scroller: the table's header and padding above it.
        const int top = px(table.rows_top - table.y);
        if (fresh || top != sent.top) out["top"] = sent.top = top;
        if (fresh || px(table.row_height) != sent.row) out["row"] = sent.row = px(table.row_height);
        if (fresh || px(table.line_height) != sent.line) out["line"] = sent.line = px(table.line_height);
        if (fresh || px(table.font_size) != sent.font) out["font"] = sent.font = px(table.font_size);
        if (fresh || px(table.scroll) != sent.scroll) out["scroll"] = sent.scroll = px(table.scroll);
        if (fresh || table.words.size() != sent.words.size()) out["count"] = table.words.size();
        // The words compared only when their version moved: thousands of rows, every frame.
        Json words = Json::array();
        if (fresh || table.version != sent.version) {
            sent.version = table.version;
            sent.words.resize(table.words.size());
            for (size_t i = 0; i < table.words.size(); ++i) { // a row new to the page starts empty
                if (!fresh && table.words[i] == sent.words[i]) continue;
                sent.words[i] = table.words[i];
                words.push_back(Json::array({i, table.words[i]}));
            }
        }
        if (!words.empty()) out["words"] = std::move(words);
        if (out.size() > 1) changed.push_back(std::move(out));
    }
    Json removed = Json::array();
    for (auto it = sent_.begin(); it != sent_.end();) {
        if (drawn.count(it->first)) {
            ++it;
            continue;
        }
        removed.push_back(it->first);
        it = sent_.erase(it);
    }
    if (changed.empty() && removed.empty()) return "";
    Json out = Json::object();
    if (!changed.empty()) out["tables"] = std::move(changed);
    if (!removed.empty()) out["remove"] = std::move(removed);
    return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace setright::app
