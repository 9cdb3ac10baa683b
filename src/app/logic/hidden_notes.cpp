// hidden_notes.cpp — see hidden_notes.hpp.
#include "logic/hidden_notes.hpp"

#include <nlohmann/json.hpp>

namespace setright::app {

std::string pack_hidden_notes(const std::set<std::string>& deal_ids) { return nlohmann::json(deal_ids).dump(); }

std::set<std::string> unpack_hidden_notes(const std::string& stored) {
    std::set<std::string> out;
    const nlohmann::json read = nlohmann::json::parse(stored, nullptr, false);
    if (!read.is_array()) return out;
    for (const nlohmann::json& id : read)
        if (id.is_string()) out.insert(id.get<std::string>());
    return out;
}

} // namespace setright::app
