// view_state.cpp — see view_state.hpp: finding and forgetting a deal's view state.
#include "logic/view_state.hpp"

#include "logic/app_state.hpp"

#include <algorithm>

namespace setright::app {

DealView& deal_view(App& app, const std::string& deal_id) { return app.deal_views[deal_id]; }

void open_subject(DealView& view, const Subject& subject) {
    switch (subject.kind) {
    case SubjectKind::Requirement:
        view.open_tab = "tab_requirements";
        view.requirements.selected = subject.id;
        view.requirements.filter.clear(); // its row in the list, not filtered away
        view.requirements.priority_filter = 0;
        break;
    case SubjectKind::Question:
        view.open_tab = "tab_questions";
        view.questions.selected = subject.id;
        view.questions.filter.clear(); // its row in the list, not filtered away (answered ones too)
        view.questions.show_closed = true;
        break;
    case SubjectKind::Touch:
        view.open_tab = "tab_timeline";
        view.timeline.selected = subject.id;
        break;
    case SubjectKind::Vendor: view.open_tab = "tab_vendors"; break;
    case SubjectKind::Deal: break;
    }
}

void forget_missing_deal_views(App& app) {
    const std::vector<Deal>& deals = app.workspace.deals;
    for (auto view = app.deal_views.begin(); view != app.deal_views.end();) {
        const bool exists = std::any_of(deals.begin(), deals.end(), [&](const Deal& d) { return d.id == view->first; });
        view = exists ? std::next(view) : app.deal_views.erase(view);
    }
}

void forget_all_deal_views(App& app) { app.deal_views.clear(); }

} // namespace setright::app
