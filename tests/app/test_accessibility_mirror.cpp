// The accessibility mirror sends the page only what changed between frames:
// nothing for a frame like the last, one entry per item that came, went or
// changed, and the whole order only when items that stayed moved.
#include "logic/accessibility_mirror.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace setright::app;
using Json = nlohmann::json;

namespace {

DrawnItem item(unsigned key, const std::string& label, ItemKind kind = ItemKind::Button, float y = 0) {
    DrawnItem made;
    made.key = key;
    made.id = "id" + std::to_string(key);
    made.label = label;
    made.kind = kind;
    made.x = 10;
    made.y = y;
    made.w = 100;
    made.h = 30;
    made.layer = 7;
    return made;
}

Json changes(AccessibilityMirror& mirror, const std::vector<DrawnItem>& items) {
    const std::string text = mirror.changes(items);
    return text.empty() ? Json() : Json::parse(text);
}

} // namespace

TEST_CASE("accessibility mirror: the first frame adds every item in reading order, each after the one before") {
    AccessibilityMirror mirror;
    const Json out = changes(mirror, {item(1, "New deal"), item(2, "Import", ItemKind::Button, 40)});
    REQUIRE(out["add"].size() == 2);
    CHECK(out["add"][0]["key"] == 1);
    CHECK(out["add"][0]["after"] == 0);
    CHECK(out["add"][0]["kind"] == "button");
    CHECK(out["add"][0]["label"] == "New deal");
    CHECK(out["add"][0]["rect"] == Json::array({10, 0, 100, 30}));
    CHECK(out["add"][1]["after"] == 1);
    CHECK_FALSE(out.contains("remove"));
    CHECK_FALSE(out.contains("order"));
}

TEST_CASE("accessibility mirror: a frame like the last sends nothing, a sub-pixel shift included") {
    AccessibilityMirror mirror;
    std::vector<DrawnItem> frame = {item(1, "New deal"), item(2, "Import")};
    changes(mirror, frame);
    CHECK(mirror.changes(frame).empty());
    frame[1].y += 0.3f;
    CHECK(mirror.changes(frame).empty());
}

TEST_CASE("accessibility mirror: only the fields that changed are sent") {
    AccessibilityMirror mirror;
    std::vector<DrawnItem> frame = {item(1, "Must-have", ItemKind::Checkbox), item(2, "Title", ItemKind::Input)};
    frame[1].value = "Old";
    changes(mirror, frame);
    frame[0].selected = true;
    frame[1].value = "New";
    const Json out = changes(mirror, frame);
    REQUIRE(out["update"].size() == 2);
    CHECK(out["update"][0] == Json({{"key", 1}, {"selected", true}}));
    CHECK(out["update"][1] == Json({{"key", 2}, {"value", "New"}}));
    CHECK_FALSE(out.contains("add"));
}

TEST_CASE("accessibility mirror: scrolling removes the rows gone, adds the rows come and moves the rest") {
    AccessibilityMirror mirror;
    changes(mirror, {item(1, "row 1", ItemKind::Text, 0), item(2, "row 2", ItemKind::Text, 30), item(3, "row 3", ItemKind::Text, 60)});
    const Json out = changes(
            mirror, {item(2, "row 2", ItemKind::Text, 0), item(3, "row 3", ItemKind::Text, 30), item(4, "row 4", ItemKind::Text, 60)});
    CHECK(out["remove"] == Json::array({1}));
    REQUIRE(out["add"].size() == 1);
    CHECK(out["add"][0]["key"] == 4);
    CHECK(out["add"][0]["after"] == 3);
    // The rows that stayed moved: their new places go once they have settled, not while they move.
    CHECK_FALSE(out.contains("update"));
    CHECK_FALSE(out.contains("order"));
    CHECK(mirror.places_pending()); // one more frame, or an idle app leaves them where they were
    const Json settled = changes(
            mirror, {item(2, "row 2", ItemKind::Text, 0), item(3, "row 3", ItemKind::Text, 30), item(4, "row 4", ItemKind::Text, 60)});
    REQUIRE(settled["update"].size() == 2);
    CHECK(settled["update"][0] == Json({{"key", 2}, {"rect", {10, 0, 100, 30}}}));
    CHECK_FALSE(mirror.places_pending());
    CHECK(mirror.changes({item(2, "row 2", ItemKind::Text, 0), item(3, "row 3", ItemKind::Text, 30), item(4, "row 4", ItemKind::Text, 60)})
                  .empty());
}

TEST_CASE("accessibility mirror: the whole order is sent when items that stayed swap places") {
    AccessibilityMirror mirror;
    changes(mirror, {item(1, "a"), item(2, "b")});
    const Json out = changes(mirror, {item(2, "b"), item(1, "a")});
    CHECK(out["order"] == Json::array({2, 1}));
}

TEST_CASE("accessibility mirror: a key reported twice in a frame counts once, an item without a key not at all") {
    AccessibilityMirror mirror;
    const Json out = changes(mirror, {item(1, "a"), item(1, "again"), item(0, "no key")});
    REQUIRE(out["add"].size() == 1);
    CHECK(out["add"][0]["label"] == "a");
}

TEST_CASE("accessibility mirror: after reset every item is added again, and the main layer is sent when it changes") {
    AccessibilityMirror mirror;
    mirror.set_main_layer(7);
    const Json first = changes(mirror, {item(1, "a")});
    CHECK(first["main_layer"] == 7);
    CHECK(mirror.changes({item(1, "a")}).empty());
    mirror.reset();
    const Json again = changes(mirror, {item(1, "a")});
    CHECK(again["add"].size() == 1);
    CHECK(again["main_layer"] == 7);
}

TEST_CASE("accessibility mirror: the modal layer is sent when one opens and when it closes") {
    AccessibilityMirror mirror;
    CHECK(changes(mirror, {item(1, "a")}).count("modal_layer") == 0);
    mirror.set_modal_layer(9);
    const Json opened = changes(mirror, {item(1, "a"), item(2, "Delete this deal?")});
    CHECK(opened["modal_layer"] == 9);
    CHECK(changes(mirror, {item(1, "a"), item(2, "Delete this deal?"), item(3, "Keep")}).count("modal_layer") == 0);
    mirror.set_modal_layer(0);
    CHECK(mirror.changes({item(1, "a"), item(2, "Delete this deal?"), item(3, "Keep")}) == R"({"modal_layer":0})");
}

TEST_CASE("accessibility mirror: a field that draws no label is sent with its name, and a new name as an update") {
    AccessibilityMirror mirror;
    DrawnItem field = item(1, "", ItemKind::Input);
    field.name = "As of";
    const Json out = changes(mirror, {field, item(2, "Today")});
    CHECK(out["add"][0]["name"] == "As of");
    CHECK_FALSE(out["add"][1].contains("name")); // a label of its own: no name sent
    field.name = "Per";
    CHECK(changes(mirror, {field, item(2, "Today")})["update"][0] == Json({{"key", 1}, {"name", "Per"}}));
}

TEST_CASE("accessibility mirror: disabled, expanded and invalid are sent when set and when they change") {
    AccessibilityMirror mirror;
    DrawnItem combo = item(1, "Priority", ItemKind::Combo);
    combo.expanded = false;
    DrawnItem date = item(2, "Due", ItemKind::Input);
    DrawnItem button = item(3, "Undo");
    button.disabled = true;
    Json out = changes(mirror, {combo, date, button});
    CHECK(out["add"][0]["expanded"] == false);
    CHECK_FALSE(out["add"][1].contains("expanded")); // a field opens nothing
    CHECK_FALSE(out["add"][1].contains("invalid"));
    CHECK(out["add"][2]["disabled"] == true);
    combo.expanded = true;
    date.invalid = true;
    button.disabled = false;
    out = changes(mirror, {combo, date, button});
    REQUIRE(out["update"].size() == 3);
    CHECK(out["update"][0] == Json({{"key", 1}, {"expanded", true}}));
    CHECK(out["update"][1] == Json({{"key", 2}, {"invalid", true}}));
    CHECK(out["update"][2] == Json({{"key", 3}, {"disabled", false}}));
}

namespace {
DrawnItem cell(unsigned key, const std::string& label, int row, int column, bool header = false) {
    DrawnItem made = item(key, label, header ? ItemKind::Text : ItemKind::Button, float(row * 30));
    made.grid = 77;
    made.grid_row = row;
    made.grid_column = column;
    made.grid_header = header;
    return made;
}
} // namespace

TEST_CASE("accessibility mirror: an item in a data table is sent with its grid, row and column, and the grid with its name and rows") {
    AccessibilityMirror mirror;
    const std::vector<DrawnGrid> grids = {{77, "Requirements", 11}};
    const std::vector<DrawnItem> frame = {item(1, "Requirements heading"), cell(2, "Requirement", 1, 1, true),
                                          cell(3, "Single sign-on", 2, 1), cell(4, "Must", 2, 3)};
    const Json out = Json::parse(mirror.changes(frame, grids));
    REQUIRE(out["add"].size() == 4);
    CHECK_FALSE(out["add"][0].contains("grid"));
    CHECK(out["add"][1]["grid"] == 77);
    CHECK(out["add"][1]["row"] == 1);
    CHECK(out["add"][1]["col"] == 1);
    CHECK(out["add"][1]["header"] == true);
    CHECK(out["add"][3]["row"] == 2);
    CHECK(out["add"][3]["col"] == 3);
    CHECK_FALSE(out["add"][3].contains("header"));
    CHECK(out["grids"] == Json::array({{{"key", 77}, {"name", "Requirements"}, {"rows", 11}}}));
    // The same frame again: nothing, the grid included.
    CHECK(mirror.changes(frame, grids).empty());
}

TEST_CASE("accessibility mirror: a grid's new name or row count is sent, and a grid that comes back is sent again") {
    AccessibilityMirror mirror;
    const std::vector<DrawnItem> frame = {cell(3, "Single sign-on", 2, 1)};
    changes(mirror, frame);
    mirror.changes(frame, {{77, "Requirements", 11}});
    Json out = Json::parse(mirror.changes(frame, {{77, "요구 사항", 12}}));
    CHECK(out["grids"] == Json::array({{{"key", 77}, {"name", "요구 사항"}, {"rows", 12}}}));
    CHECK(mirror.changes(frame, {}).empty()); // the grid not drawn (its items stayed: a test's frame)
    out = Json::parse(mirror.changes(frame, {{77, "요구 사항", 12}}));
    CHECK(out["grids"].size() == 1);
}

TEST_CASE("accessibility mirror: an item moved to another row is sent with its whole cell and the item it follows") {
    AccessibilityMirror mirror;
    std::vector<DrawnItem> frame = {cell(2, "Requirement", 1, 1, true), cell(3, "Single sign-on", 2, 1), cell(4, "Export", 3, 1)};
    changes(mirror, frame);
    // Sorted: "Export" now comes first, in row 2.
    frame = {cell(2, "Requirement", 1, 1, true), cell(4, "Export", 2, 1), cell(3, "Single sign-on", 3, 1)};
    frame[1].y = 90, frame[2].y = 60; // places as before: only the cells changed
    const Json out = changes(mirror, frame);
    REQUIRE(out["update"].size() == 2);
    CHECK(out["update"][0] == Json({{"key", 4}, {"grid", 77}, {"row", 2}, {"col", 1}, {"header", false}, {"after", 2}}));
    CHECK(out["update"][1] == Json({{"key", 3}, {"grid", 77}, {"row", 3}, {"col", 1}, {"header", false}, {"after", 4}}));
    CHECK(out["order"] == Json::array({2, 4, 3}));
}

TEST_CASE("accessibility mirror: an item in a landmark is sent with it, the landmark with its role and name, and a move as an update") {
    AccessibilityMirror mirror;
    std::vector<DrawnItem> frame = {item(1, "File"), item(2, "New deal"), item(3, "Overview", ItemKind::Tab)};
    frame[1].region = 40;
    frame[2].region = 50;
    const std::vector<DrawnRegion> regions = {{40, Landmark::Navigation, "Deals"}, {50, Landmark::Main, ""}};
    Json out = Json::parse(mirror.changes(frame, {}, regions));
    CHECK_FALSE(out["add"][0].contains("region"));
    CHECK(out["add"][1]["region"] == 40);
    CHECK(out["add"][2]["region"] == 50);
    CHECK(out["regions"] ==
          Json::array({{{"key", 40}, {"role", "navigation"}, {"name", "Deals"}}, {{"key", 50}, {"role", "main"}, {"name", ""}}}));
    CHECK(mirror.changes(frame, {}, regions).empty());
    // The list renamed (another language); an item moved out of the deal.
    frame[2].region = 0;
    out = Json::parse(mirror.changes(frame, {}, {{40, Landmark::Navigation, "거래"}, {50, Landmark::Main, ""}}));
    CHECK(out["regions"] == Json::array({{{"key", 40}, {"role", "navigation"}, {"name", "거래"}}}));
    CHECK(out["update"] == Json::array({{{"key", 3}, {"region", 0}, {"after", 2}}}));
}
