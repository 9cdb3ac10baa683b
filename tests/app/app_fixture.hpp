// app_fixture.hpp — what the app's unit tests share: a deal added as the
// user adds one, through note_change (one undo step).
#pragma once

#include "logic/app_state.hpp"

#include <string>

namespace setright::test {

inline void add_deal(app::App& app, const std::string& id) {
    Deal deal;
    deal.id = id;
    app.workspace.deals.push_back(deal);
    app::note_change(app, "new deal");
}

} // namespace setright::test
