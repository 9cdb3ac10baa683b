// hidden_notes.hpp — the deals whose notes the user folded away on the
// Overview. A view setting of this browser, like the theme: remembered apart
// from the workspace, so hiding them changes no deal and no file.
#pragma once

#include <set>
#include <string>

namespace setright::app {

// The set as it is stored (a JSON array of deal ids), and back; what does not read is an empty set.
std::string pack_hidden_notes(const std::set<std::string>& deal_ids);
std::set<std::string> unpack_hidden_notes(const std::string& stored);

// Reading and writing it in this browser's storage: persistence.hpp
// (load_hidden_notes, set_notes_hidden).

} // namespace setright::app
