// case_revealed.hpp — what a workshop case shows at one step: the touches of
// the timeline up to the step (the ones new since the step before marked),
// and for a study the replies that have come in by then. Shared by the player
// and the presenter view.
#pragma once

#include "core/model/model.hpp"

#include <string>
#include <vector>

namespace setright::app {

// `newest_first` for the presenter, which has room for only the latest few.
void draw_case_revealed(const Deal& deal, const CaseKey& key, int step, bool newest_first);

// The visible name of a red-flag code or one of the case's signs.
std::string case_flag_label(const CaseKey& key, const std::string& code);

// A checkbox per code the case offers, in `columns` columns, ticked for those
// in `codes`; a click adds or removes the code. Ids are id_prefix + code.
bool case_flag_checkboxes(const CaseKey& key, const std::string& id_prefix, std::vector<std::string>& codes, int columns);

} // namespace setright::app
