// The layout check (window.setright.layoutProblems()): each rule fires on the
// layout it is about and stays quiet on the layouts that only look like it.
#include "logic/layout_check.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace setright::app;

namespace {

// An item whose whole rectangle is visible.
DrawnItem item(const std::string& id, ItemKind kind, float x, float y, float w, float h) {
    DrawnItem made;
    made.id = id;
    made.label = id;
    made.kind = kind;
    made.x = made.full_x = x;
    made.y = made.full_y = y;
    made.w = made.full_w = w;
    made.h = made.full_h = h;
    made.layer = 1;
    return made;
}

LayoutRules page(float min_target = kMinTargetFine) {
    LayoutRules rules;
    rules.min_target = min_target;
    rules.viewport_w = 400;
    rules.viewport_h = 800;
    return rules;
}

// "id:problem" for each problem found, in order.
std::vector<std::string> found(const std::vector<DrawnItem>& items, const LayoutRules& rules = page()) {
    std::vector<std::string> out;
    for (const LayoutProblem& problem : find_layout_problems(items, rules))
        out.push_back(problem.item->id + ":" + layout_problem_name(problem.problem));
    return out;
}

using Names = std::vector<std::string>;

} // namespace

TEST_CASE("layout check: a target smaller than the pointer needs is too small, judged on the whole item") {
    CHECK(found({item("ok", ItemKind::Button, 10, 10, 80, 24)}).empty());
    CHECK(found({item("low", ItemKind::Button, 10, 10, 80, 23)}) == Names{"low:too_small"});
    CHECK(found({item("narrow", ItemKind::Checkbox, 10, 10, 20, 30)}) == Names{"narrow:too_small"});
    // A finger needs 44 px.
    CHECK(found({item("ok", ItemKind::Button, 10, 10, 80, 30)}, page(kMinTargetCoarse)) == Names{"ok:too_small"});
    // Text that copies itself on a click is sized by its line (WCAG 2.5.8's inline exception).
    CHECK(found({item("verdict", ItemKind::Text, 10, 10, 300, 19)}, page(kMinTargetCoarse)).empty());
    // Half scrolled out of its list: small as seen, not small.
    DrawnItem scrolled = item("row", ItemKind::Row, 0, 100, 300, 10);
    scrolled.full_y = 86;
    scrolled.full_h = 24;
    scrolled.scrolls_y = true;
    CHECK(found({scrolled}).empty());
    const auto problems = find_layout_problems({item("low", ItemKind::Button, 10, 10, 80, 23)}, page());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].detail == "80.0 x 23.0 px, at least 24 x 24");
}

TEST_CASE("layout check: an item off the page is outside the viewport, one scrolled in a window is not") {
    CHECK(found({item("in", ItemKind::Button, 0, 0, 400, 800)}).empty());
    CHECK(found({item("right", ItemKind::Button, 380, 10, 40, 30)}) == Names{"right:outside_viewport"});
    CHECK(found({item("above", ItemKind::Button, 10, -5, 40, 30)}) == Names{"above:outside_viewport"});
    // Cut by its window at the page's edge, in a window that does not scroll that way.
    DrawnItem cut = item("cut", ItemKind::Button, 360, 10, 40, 30);
    cut.full_w = 90;
    CHECK(found({cut}) == Names{"cut:outside_viewport"});
    cut.scrolls_x = true; // the window scrolls sideways: the rest is a scroll away
    CHECK(found({cut}).empty());
    // Scrolled past the bottom of a list that scrolls.
    DrawnItem below = item("below", ItemKind::Row, 0, 780, 300, 20);
    below.full_h = 40;
    below.scrolls_y = true;
    CHECK(found({below}).empty());
    below.scrolls_y = false;
    CHECK(found({below}) == Names{"below:outside_viewport"});
}

TEST_CASE("layout check: an item cut by a window that does not scroll is clipped, by more than the window's padding") {
    // The evidence checkbox showing 7 of its 24 px, under the next pane.
    DrawnItem box = item("answers", ItemKind::Checkbox, 200, 10, 7, 24);
    box.full_w = 24;
    CHECK(found({box}) == Names{"answers:clipped"});
    const auto problems = find_layout_problems({box}, page());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].detail == "7.0 x 24.0 px of 24.0 x 24.0 shown");
    box.scrolls_x = true; // the pane scrolls sideways: the rest is a scroll away
    CHECK(found({box}).empty());
    // Wrapped words reaching into the window's padding are not cut.
    DrawnItem words = item("verdict", ItemKind::Text, 10, 10, 300, 40);
    words.full_w = 306;
    CHECK(found({words}).empty());
    // Cut from below in a window that does not scroll down.
    DrawnItem low = item("sign", ItemKind::Button, 10, 700, 80, 10);
    low.full_h = 40;
    CHECK(found({low}) == Names{"sign:clipped"});
}

TEST_CASE("layout check: items on top of each other overlap, unless one is a row or a popup") {
    const DrawnItem a = item("a", ItemKind::Button, 10, 10, 100, 30);
    CHECK(found({a, item("b", ItemKind::Button, 118, 10, 100, 30)}).empty());        // side by side
    CHECK(found({a, item("touching", ItemKind::Button, 110, 10, 100, 30)}).empty()); // sharing an edge
    CHECK(found({a, item("b", ItemKind::Button, 60, 20, 100, 30)}) == Names{"a:overlaps", "b:overlaps"});
    // A row spans the widgets in its cells.
    CHECK(found({item("row", ItemKind::Row, 0, 10, 400, 30), a}).empty());
    // Two rows on each other are a problem.
    CHECK(found({item("r1", ItemKind::Row, 0, 10, 400, 30), item("r2", ItemKind::Row, 0, 20, 400, 30)}) ==
          Names{"r1:overlaps", "r2:overlaps"});
    // A combo's popup lies over the items below it, by design.
    DrawnItem choice = item("choice", ItemKind::Selectable, 10, 20, 100, 30);
    choice.layer = 2;
    CHECK(found({a, choice}).empty());
    const auto problems = find_layout_problems({a, item("b", ItemKind::Button, 60, 20, 100, 30)}, page());
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].detail == "b");
}

TEST_CASE("layout check: text wider than its room is cut, unless the widget draws an ellipsis") {
    DrawnItem button = item("button", ItemKind::Button, 10, 10, 100, 30);
    CHECK(found({button}).empty()); // draws no text of its own
    button.text_width = 84;
    button.text_room = 84;
    CHECK(found({button}).empty());
    button.text_width = 120;
    CHECK(found({button}) == Names{"button:text_cut"});
    DrawnItem tab = button;
    tab.id = "tab";
    tab.kind = ItemKind::Tab;
    tab.ellipsis = true;
    CHECK(found({tab}).empty());
    // An ellipsis with almost no room before it: a combo showing only "…".
    tab.text_room = 10;
    CHECK(found({tab}) == Names{"tab:text_cut"});
    const auto problems = find_layout_problems({button}, page());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].detail == "text 120.0 px wide in 84.0 px");
}

TEST_CASE("layout check: problems as JSON for the test API") {
    DrawnItem button = item("new_deal", ItemKind::Button, 10, 10, 100, 20);
    button.label = "New deal";
    const std::string json = layout_problems_to_json(find_layout_problems({button}, page()));
    CHECK(json == R"([{"detail":"100.0 x 20.0 px, at least 24 x 24","id":"new_deal","kind":"button","label":"New deal",)"
                  R"("problem":"too_small","rect":{"h":20.0,"w":100.0,"x":10.0,"y":10.0}}])");
    CHECK(layout_problems_to_json({}) == "[]");
}
