// claims_matrix.hpp — every requirement against every vendor: one claim per
// cell, set with a click or, once a cell has focus, by typing 1–7 and moving
// with the arrows. What a buyer fills in after the first calls with two
// vendors, without switching the table from one vendor to the other.
#pragma once

#include "core/model/model.hpp"
#include "logic/view_state.hpp"

#include <vector>

namespace setright::app {
struct App;
// `requirements`: the ones the tab's filters let through, in deal order.
// `height`: the table's height (0: what is left).
void draw_claims_matrix(App& app, Deal& deal, RequirementsView& view, const std::vector<Requirement*>& requirements, float height);
} // namespace setright::app
