// timeline_axis.hpp — the deal's touches on a time axis: one lane for what
// went to the vendors, one for what came back, one internal; a line from
// each request to its reply labelled with the wait, a dashed red line for a
// request still unanswered at the as-of date, offers as diamonds with their
// expiry shaded, and the as-of date itself.
#pragma once

#include "core/model/model.hpp"

#include <cstdint>
#include <string>

namespace setright::app {
// `selected` is the touch id; a click on a marker selects it. What the axis
// works out from the touches is kept until `changes` (App::changes) moves.
void draw_timeline_axis(uint64_t changes, const Deal& deal, const Moment& at, std::string& selected);
} // namespace setright::app
