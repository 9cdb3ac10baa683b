// study_request_detail.hpp — the selected request of a lead-response study,
// every field editable: who, how it was sent, when and how the first reply
// came, the price quoted, the materials received, an unprompted follow-up.
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright::app {
struct App;
// `selected` is the request id; cleared when the request is deleted.
void draw_study_request_detail(App& app, Deal& deal, Study& study, std::string& selected);
} // namespace setright::app
