// json_write.cpp — model -> JSON.
//
// Each struct is written by walking its field list in model.hpp with
// ObjectWriter (json_object_writer.hpp); this file adds the envelope (format,
// version). Writing rules (docs/format-v1.md): ids, enums, numbers and
// booleans are always written; strings, lists and optional values only when
// not empty; unknown fields (`extra`) follow the known ones, sorted by key,
// and never replace a known field of the same name.
#include "core/format/json_write.hpp"

#include "core/format/json_format.hpp"
#include "core/format/json_object_writer.hpp"

namespace setright {

OrderedJson deal_to_json(const Deal& d) { return json_detail::to_json(d); }

OrderedJson workspace_to_json(const Workspace& ws) {
    json_detail::ObjectWriter w;
    w.always("format", "setright");
    w.always("version", format_version);
    w.always("deals", OrderedJson::array());
    for (const Deal& d : ws.deals) w.j["deals"].push_back(deal_to_json(d));
    return w.finish(ws.extra);
}

} // namespace setright
