// Undo and redo: every change is one step, typing into a field is one step,
// and memory stays bounded however large the workspace.
#include "app_fixture.hpp"
#include "logic/app_state.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

using setright::test::add_deal;

TEST_CASE("history: undo and redo walk back and forth through the changes") {
    App app;
    add_deal(app, "a");
    add_deal(app, "b");
    REQUIRE(app.workspace.deals.size() == 2);
    undo(app);
    CHECK(app.workspace.deals.size() == 1);
    undo(app);
    CHECK(app.workspace.deals.empty());
    CHECK_FALSE(app.history.can_undo());
    redo(app);
    redo(app);
    CHECK(app.workspace.deals.size() == 2);
    CHECK(app.workspace.deals[1].id == "b");
}

TEST_CASE("history: typing a word is one step, and a new change clears redo") {
    App app;
    add_deal(app, "a");
    for (const char* title : {"S", "Se", "Set"}) {
        app.workspace.deals[0].title = title;
        note_change(app, "edit", true);
    }
    end_edit(app);
    undo(app);
    CHECK(app.workspace.deals[0].title.empty());
    redo(app);
    CHECK(app.workspace.deals[0].title == "Set");
    undo(app);
    add_deal(app, "c");
    CHECK_FALSE(app.history.can_redo());
}

TEST_CASE("history: a huge workspace keeps fewer steps, never unbounded memory") {
    App app;
    add_deal(app, "big");
    app.workspace.deals[0].requirements.resize(60000);
    note_change(app, "grow");
    for (int i = 0; i < 20; ++i) {
        app.workspace.deals[0].title = std::to_string(i);
        note_change(app, "edit");
    }
    int steps = 0;
    while (app.history.can_undo()) {
        undo(app);
        ++steps;
    }
    CHECK(steps >= 1);
    CHECK(steps < 20);
}
