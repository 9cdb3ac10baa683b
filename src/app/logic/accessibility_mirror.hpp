// accessibility_mirror.hpp — what the page's accessibility tree must change
// to match the items of the frame just drawn.
//
// The canvas is one element to a screen reader; the page keeps a DOM element
// per item drawn (a button, a field, a tab, a line of text), which screen
// readers read, find-in-page finds and a click activates. Rebuilding that
// tree every frame would cost the page more than the frame itself, so the
// app sends only what changed: items gone, items new (with the item they
// follow, for reading order) and items whose words, state or place changed.
// A frame like the last sends nothing, so an idle app touches no DOM.
#pragma once

#include "logic/layout_check.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace setright::app {

class AccessibilityMirror {
public:
    // The changes from what was sent before to `items`, as JSON for the page
    // ("" when nothing changed):
    //   {"remove":[key…], "add":[{"key", "after", "kind", "id", "label",
    //    "name"?, "value"?, "selected", "disabled"?, "expanded"?, "invalid"?,
    //    "layer", "rect":[x,y,w,h], "grid"?, "row"?, "col"?, "header"?,
    //    "region"?}…],
    //    "update":[{"key", and the fields that changed, "after" when the
    //    layer or cell did}…], "order":[key…]?,
    //    "main_layer"?, "modal_layer"? (each when it changed; 0: none),
    //    "grids":[{"key", "name", "rows"}…]? (data tables new or changed),
    //    "regions":[{"key", "role", "name"}…]? (landmarks new or changed)}
    // `after` is the key of the item before it in reading order (0: first);
    // `order`, the whole order, comes only when items that stayed moved
    // relative to one another. Places are whole CSS pixels, so a sub-pixel
    // shift sends nothing, and a new place is sent once the item has kept it
    // for a frame: while a list scrolls every item moves every frame, and
    // the page would spend more on moving elements than the app on drawing.
    // Keys repeated in a frame count once. An item in a data table (`grid`
    // set) goes in row `row`, cell `col` of grid `grid`, a column header
    // when `header`; `grids` say what each grid is called and how many rows
    // it has. An item in a landmark (`region` set) goes in it, and the
    // landmarks' roles and names come in `regions`.
    std::string changes(const std::vector<DrawnItem>& items, const std::vector<DrawnGrid>& grids = {},
                        const std::vector<DrawnRegion>& regions = {});
    // Whether the last changes() held back a new place until it settles: the
    // app must draw one more frame then, or an idle app would leave the page's
    // element where the item was (and a click on it would miss).
    bool places_pending() const { return places_pending_; }
    // Forgets what was sent: the next changes() adds every item (the page
    // lost its tree, or tests start over).
    void reset();

    // The layer of the app's main window: items on other layers sit in popups.
    void set_main_layer(unsigned layer) { main_layer_ = layer; }
    // The layer of the modal popup open on top (0: none): the page marks it
    // aria-modal and moves a keyboard user's focus into it.
    void set_modal_layer(unsigned layer) { modal_layer_ = layer; }

    struct Sent {
        ItemKind kind = ItemKind::Button;
        std::string id, label, name;
        bool has_value = false;
        std::string value;
        bool selected = false;
        bool disabled = false;
        std::optional<bool> expanded;
        bool invalid = false;
        unsigned layer = 0;
        int x = 0, y = 0, w = 0, h = 0;
        unsigned grid = 0;
        int grid_row = 0, grid_column = 0;
        bool grid_header = false;
        unsigned region = 0;
    };

private:
    std::vector<unsigned> order_;
    std::unordered_map<unsigned, Sent> sent_;
    struct Place {
        int x = 0, y = 0, w = 0, h = 0;
    };
    std::unordered_map<unsigned, Place> last_places_;        // where each item was drawn in the frame before
    std::unordered_map<unsigned, DrawnGrid> sent_grids_;     // the grids of the frame before
    std::unordered_map<unsigned, DrawnRegion> sent_regions_; // its landmarks
    unsigned main_layer_ = 0;
    unsigned sent_main_layer_ = 0;
    unsigned modal_layer_ = 0;
    unsigned sent_modal_layer_ = 0;
    bool places_pending_ = false;
};

} // namespace setright::app
