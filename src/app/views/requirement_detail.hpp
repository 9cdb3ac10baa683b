// requirement_detail.hpp — the selected requirement, every field editable, and
// one vendor's claim on it: status, who accepted a risk and why, and the
// evidence, each saying whether it really answers the requirement.
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright::app {
struct App;
// `selected` is the requirement id; cleared when the requirement is deleted.
void draw_requirement_detail(App& app, Deal& deal, const std::string& vendor, std::string& selected);
} // namespace setright::app
