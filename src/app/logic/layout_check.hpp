// layout_check.hpp — what a frame's interactive items say about its layout:
// targets too small for the pointer, items off the page, items on top of each
// other, text cut without an ellipsis. window.setright.layoutProblems()
// (tests/README.md) answers with find_layout_problems() over the items
// ui/item_registry.cpp recorded; nothing here knows ImGui, so
// tests/app/test_layout_check.cpp tests each rule.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace setright::app {

// Text: words drawn as text that also copy themselves on a click (the
// verdict, a flag, a status line): sized by their line, as text in a sentence.
enum class ItemKind { Button, Input, Checkbox, Combo, Tab, Menu, MenuItem, Selectable, Row, Text, Heading };
const char* item_kind_name(ItemKind kind);

struct DrawnItem {
    std::string id;    // the part after "##" in the ImGui label: stable across languages
    unsigned key = 0;  // ImGui's id of the item: unique in a frame, stable while it stays on screen
    std::string label; // the visible text
    // What a screen reader calls an item that draws no label of its own: the
    // field label drawn before it, its column's header, or its hint.
    std::string name;
    ItemKind kind = ItemKind::Button;
    bool selected = false;            // the open tab, a ticked checkbox, a chosen selectable or menu item
    std::optional<std::string> value; // a text field's text (what its user sees, drafts included)
    // States a screen reader says: drawn disabled, a combo's or menu's list
    // open (none: it opens nothing), a field holding text it cannot read.
    bool disabled = false;
    std::optional<bool> expanded;
    bool invalid = false;
    bool hovered = false;             // under the pointer (the test API says so: a finger lifted leaves nothing hovered)
    float x = 0, y = 0, w = 0, h = 0; // CSS pixels, clipped to what is visible
    // Plain text (a heading, a line of words): for the accessibility tree
    // only, not among the test API's items nor judged by the layout check.
    bool plain_text = false;
    // Its cell, when it is drawn in a data table (a DrawnGrid): the
    // accessibility tree puts it in a gridcell of a row of that grid.
    unsigned grid = 0;        // the table's key; 0: in none
    int grid_row = 0;         // 1-based, header rows counted, rows scrolled away too (aria-rowindex)
    int grid_column = 0;      // 1-based among the columns shown (aria-colindex)
    bool grid_header = false; // in a header row: its cell is a column header
    unsigned region = 0;      // the landmark it is drawn in (a DrawnRegion's key); 0: none

    // --- For the layout check -------------------------------------------------
    float full_x = 0, full_y = 0, full_w = 0, full_h = 0; // the whole item, not clipped
    unsigned layer = 0;                                   // its root window: each popup and tooltip is a root of its own
    bool scrolls_x = false, scrolls_y = false;            // a window holding it scrolls in that direction
    std::optional<float> text_width;                      // the text the widget draws (label, or value), when it draws one
    float text_room = 0;                                  // the width that text was drawn in
    bool ellipsis = false;                                // the widget ends text that does not fit with "…"
};

// A data table drawn (not a table that only lays out a view): a grid to a
// screen reader, named by the app.
struct DrawnGrid {
    unsigned key = 0; // ImGui's id of the table
    std::string name;
    int rows = 0; // every row, header rows and those scrolled away included
};

// A part of the page a screen reader jumps to by its landmark: the deals
// list (navigation), the deal (main).
enum class Landmark { Navigation, Main };
const char* landmark_role(Landmark landmark); // "navigation", "main"
struct DrawnRegion {
    unsigned key = 0; // ImGui's id of the window it is
    Landmark landmark = Landmark::Main;
    std::string name;
};

struct LayoutRules {
    float min_target = 24;                // CSS px: WCAG 2.2 2.5.8; 44 where the pointer is coarse
    float viewport_w = 0, viewport_h = 0; // the page, CSS px
    // Text ending in "…" must keep at least this much room for letters
    // before it (a combo showing only "…" says nothing): 1.5 em.
    float min_text_room = 24;
    // How much of an item a window that does not scroll may cut off before
    // it is called clipped: its padding (wrapped words reach into it).
    float clip_slack = 8;
};
// The minimum target size for the page's pointer.
constexpr float kMinTargetFine = 24.0f;
constexpr float kMinTargetCoarse = 44.0f;

enum class LayoutProblemKind { TooSmall, OutsideViewport, Overlaps, TextCut, Clipped };
const char* layout_problem_name(LayoutProblemKind kind);

struct LayoutProblem {
    const DrawnItem* item = nullptr; // into the items checked
    LayoutProblemKind problem = LayoutProblemKind::TooSmall;
    std::string detail;
};

// The rules, one problem per item and rule (an item overlapping two others
// has two):
//  too_small         the whole item (not its visible part: a row half
//                    scrolled out of its list is not small) is narrower or
//                    lower than rules.min_target. Text items are not judged:
//                    WCAG 2.5.8 excepts targets sized by the line of text
//                    they are (a click on them copies the text; it is not
//                    how anything is done).
//  outside_viewport  its visible part crosses the edge of the page, or the
//                    whole item does in a direction no window holding it
//                    scrolls in (a list scrolled is fine; a page cut off is not).
//  overlaps          its visible part overlaps another item's, in the same
//                    root window (popups and tooltips are on top by design). A
//                    row spans the widgets in its cells: a row and a non-row
//                    never overlap.
//  text_cut          the text it draws is wider than its room and the widget
//                    draws no ellipsis, or draws one with less than
//                    rules.min_text_room left for the text before it.
//  clipped           inside the page, but cut by the edge of a window it is
//                    in by more than rules.clip_slack, in a direction no
//                    window holding it scrolls in (a checkbox showing 7 of its
//                    24 px, a warning running under the next pane).
std::vector<LayoutProblem> find_layout_problems(const std::vector<DrawnItem>& items, const LayoutRules& rules);
// [{id, label, kind, problem, rect: {x, y, w, h}, detail}], rect the visible part.
std::string layout_problems_to_json(const std::vector<LayoutProblem>& problems);

} // namespace setright::app
