// View state per deal: kept apart by deal id, and dropped once its deal is
// gone, so a new deal that reuses the id starts with nothing selected or typed.
#include "app_fixture.hpp"
#include "logic/app_state.hpp"
#include "logic/view_state.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

using setright::test::add_deal;

TEST_CASE("view state: each deal has its own") {
    App app;
    add_deal(app, "a");
    add_deal(app, "b");
    deal_view(app, "a").requirements.filter = "SSO";
    deal_view(app, "a").questions.selected = "q-1";
    CHECK(deal_view(app, "b").requirements.filter.empty());
    CHECK(deal_view(app, "b").questions.selected.empty());
    CHECK(deal_view(app, "a").requirements.filter == "SSO");
}

TEST_CASE("view state: a deleted deal's is dropped, and a deal reusing its id starts clean") {
    App app;
    add_deal(app, "a");
    add_deal(app, "b");
    deal_view(app, "b").requirements.draft = "half typed";
    deal_view(app, "a").timeline.selected = "t-1";
    app.workspace.deals.pop_back();
    note_change(app, "delete deal");
    CHECK(app.deal_views.count("b") == 0);
    CHECK(deal_view(app, "a").timeline.selected == "t-1");
    add_deal(app, "b");
    CHECK(deal_view(app, "b").requirements.draft.empty());
}

TEST_CASE("view state: undoing a new deal drops its view state") {
    App app;
    add_deal(app, "a");
    deal_view(app, "a").study.new_vendor = "Acme";
    undo(app);
    CHECK(app.deal_views.empty());
    redo(app);
    CHECK(deal_view(app, "a").study.new_vendor.empty());
}

TEST_CASE("view state: a replaced workspace forgets every deal's") {
    App app;
    add_deal(app, "a");
    deal_view(app, "a").case_tab.selected_step = "step-1";
    app.workspace_view.show_archived = true;
    forget_all_deal_views(app);
    CHECK(app.deal_views.empty());
    CHECK(app.workspace_view.show_archived); // the deals list's own, not a deal's
}

TEST_CASE("view state: a click on what a flag or blocker is about opens its tab, with it selected and not filtered away") {
    DealView view;
    view.requirements.filter = "nothing matches";
    view.requirements.priority_filter = 2;
    open_subject(view, Subject::requirement("r-2"));
    CHECK(view.open_tab == "tab_requirements");
    CHECK(view.requirements.selected == "r-2");
    CHECK(view.requirements.filter.empty());
    CHECK(view.requirements.priority_filter == 0);

    view.questions.show_closed = false;
    open_subject(view, Subject::question("q-3"));
    CHECK(view.open_tab == "tab_questions");
    CHECK(view.questions.selected == "q-3");
    CHECK(view.questions.show_closed);

    open_subject(view, Subject::touch("t-4"));
    CHECK(view.open_tab == "tab_timeline");
    CHECK(view.timeline.selected == "t-4");

    open_subject(view, Subject::vendor("v-1"));
    CHECK(view.open_tab == "tab_vendors");
    open_subject(view, Subject::deal()); // the deal as a whole: stays where it is
    CHECK(view.open_tab == "tab_vendors");
}
