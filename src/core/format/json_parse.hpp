// json_parse.hpp — JSON text -> a flat document (flat_json.hpp), refusing
// what nlohmann alone would let through or crash on.
//
// Before parsing, a byte scan refuses deep nesting and huge strings (the DOM
// of 100,000 nested "[" exhausts a wasm stack when copied or dumped).
// While the document is built from nlohmann's SAX events, duplicate keys are
// refused, which nlohmann would resolve silently by keeping the last one.
// Syntax errors get a line and column; a number too large for a double
// (1e400) is refused too.
#pragma once

#include "core/format/flat_json.hpp"
#include "core/format/json_read.hpp"
#include "core/model/model.hpp"

#include <optional>
#include <string_view>

namespace setright {

// The document, or nullopt with at least one problem added.
std::optional<FlatJson> parse_json_text(std::string_view text, ProblemList& problems);

} // namespace setright
