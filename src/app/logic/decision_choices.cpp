// decision_choices.cpp — see decision_choices.hpp.
#include "logic/decision_choices.hpp"

#include "logic/item_actions.hpp"

#include <algorithm>

namespace setright::app {

std::vector<DecisionChoice> decision_choices(const Deal& deal) {
    std::vector<DecisionChoice> out;
    for (const DecisionOption& o : deal.options) out.push_back({o.id, "", o.title.empty() ? o.id : o.title});
    for (const Organisation& v : deal.vendors) {
        if (v.id.empty()) continue;
        const bool named = std::any_of(deal.options.begin(), deal.options.end(),
                                       [&](const DecisionOption& o) { return !o.no_decision && o.vendor == v.id; });
        if (!named) out.push_back({"", v.id, v.name.empty() ? v.id : v.name});
    }
    return out;
}

std::string choose_decision(Deal& deal, const DecisionChoice& choice, const Moment& now) {
    std::string option = choice.option;
    if (option.empty()) {
        DecisionOption& added = add_option(deal, choice.label);
        added.vendor = choice.vendor;
        added.modified = now;
        option = added.id;
    }
    deal.decision.option = option;
    deal.modified = now;
    return option;
}

} // namespace setright::app
