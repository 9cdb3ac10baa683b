// app_state.cpp — changes, undo and redo, selection: see app_state.hpp.
#include "logic/app_state.hpp"

#include <chrono>

namespace setright::app {

void note_change(App& app, const char* what, bool continuing) {
    if (!app.edit_open) app.history.record(app.committed, what);
    ++app.changes;
    if (continuing) {
        app.edit_open = true;
    } else {
        app.committed = app.workspace;
        app.edit_open = false;
        forget_missing_deal_views(app); // a deal deleted, or merged away by an import
    }
}

void end_edit(App& app) {
    if (!app.edit_open) return;
    app.committed = app.workspace;
    app.edit_open = false;
}

void undo(App& app) {
    end_edit(app);
    if (app.history.undo(app.workspace)) {
        app.committed = app.workspace;
        ++app.changes;
        forget_missing_deal_views(app); // undoing "new deal" frees its id for the next one
    }
}

void redo(App& app) {
    end_edit(app);
    if (app.history.redo(app.workspace)) {
        app.committed = app.workspace;
        ++app.changes;
        forget_missing_deal_views(app);
    }
}

Moment now_moment() {
    using namespace std::chrono;
    return Moment{int64_t(duration_cast<minutes>(system_clock::now().time_since_epoch()).count()), true};
}

Moment judged_at(const App& app) { return app.as_of.value_or(now_moment()); }

double seconds_until_next_day(int64_t unix_ms) {
    constexpr int64_t day = 24 * 60 * 60 * 1000;
    const int64_t today = unix_ms / day - (unix_ms % day < 0 ? 1 : 0);
    return double((today + 1) * day - unix_ms) / 1000.0;
}

double seconds_until_the_date_changes(const App& app) {
    if (app.as_of) return -1; // a date the user fixed does not move
    using namespace std::chrono;
    return seconds_until_next_day(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

Deal* selected_deal(App& app) {
    for (Deal& deal : app.workspace.deals)
        if (deal.id == app.selected_deal) return &deal;
    return nullptr;
}

} // namespace setright::app
