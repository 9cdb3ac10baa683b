// json_write.hpp — the model as JSON, in the documented field order.
//
// Used by export (json_format.cpp) and by merge, which compares and combines
// deals as JSON. Fields come in the order of the field lists in model.hpp;
// the rules for what is left out are in docs/format-v1.md ("Writing").
#pragma once

#include "core/model/model.hpp"

#include <nlohmann/json.hpp>

namespace setright {

using OrderedJson = nlohmann::ordered_json; // keeps insertion order: the documented field order

OrderedJson workspace_to_json(const Workspace& ws);
OrderedJson deal_to_json(const Deal& deal);

} // namespace setright
