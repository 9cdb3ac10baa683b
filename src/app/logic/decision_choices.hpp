// decision_choices.hpp — what the decision can be: the deal's options, and
// each of its vendors that no option names yet, so a buyer picks a vendor
// without typing it again as an option. The file format is unchanged: picking
// such a vendor adds the option (titled with the vendor's name) that files
// already know, so old and new files read the same.
#pragma once

#include "core/model/model.hpp"

#include <string>
#include <vector>

namespace setright::app {

struct DecisionChoice {
    std::string option; // DecisionOption id; empty for a vendor no option names
    std::string vendor; // Organisation id, for a vendor no option names
    std::string label;  // what the list shows
    // The id the choice is known by in the list: the option's id, or "vendor:<id>".
    std::string key() const { return option.empty() ? "vendor:" + vendor : option; }
};

std::vector<DecisionChoice> decision_choices(const Deal& deal);

// Makes `choice` the deal's decision, adding the vendor's option first when
// there is none (stamped `now`). Returns the option id decided on.
std::string choose_decision(Deal& deal, const DecisionChoice& choice, const Moment& now);

} // namespace setright::app
