// item_registry.hpp — every interactive item drawn in the last frame, for the
// test API (window.setright.items()). Filled by ImGui's test-engine hooks.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace setright::app {

enum class ItemKind { Button, Input, Checkbox, Combo, Tab, Menu, MenuItem, Selectable, Row };
const char* item_kind_name(ItemKind kind);

struct DrawnItem {
    std::string id;    // the part after "##" in the ImGui label: stable across languages
    std::string label; // the visible text
    ItemKind kind = ItemKind::Button;
    bool selected = false;            // the open tab, a ticked checkbox, a chosen selectable or menu item
    std::optional<std::string> value; // a text field's text (what its user sees, drafts included)
    float x = 0, y = 0, w = 0, h = 0; // CSS pixels, clipped to what is visible
};

// The kind of the next item ImGui reports; widgets.hpp sets it around each
// call, since ImGui's own flags cannot tell a tab from a button.
class NextItemKind {
public:
    explicit NextItemKind(ItemKind kind);
    ~NextItemKind();
    NextItemKind(const NextItemKind&) = delete;
    NextItemKind& operator=(const NextItemKind&) = delete;
};

// The visible text of the next item, when its ImGui label cannot carry it
// (text drawn wrapped over an unlabelled selectable, or user text, which is
// never put in a label). `label` must outlive this object.
class NextItemLabel {
public:
    explicit NextItemLabel(std::string_view label);
    ~NextItemLabel();
    NextItemLabel(const NextItemLabel&) = delete;
    NextItemLabel& operator=(const NextItemLabel&) = delete;
};

// Marks the item just submitted as selected (for widgets whose ImGui status
// flags do not say so, such as the open tab).
void mark_last_item_selected();

// Records what the text field just submitted holds: a test reads a draft,
// a filter or a half-typed value that is in no saved state.
void set_last_item_value(std::string_view value);

// Called once a frame is complete: its items become the last frame's.
void item_registry_frame_done();
// The items of the last complete frame.
const std::vector<DrawnItem>& items_drawn_last_frame();
std::string items_to_json(const std::vector<DrawnItem>& items);

} // namespace setright::app
