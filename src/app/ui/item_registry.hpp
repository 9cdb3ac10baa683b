// item_registry.hpp — every interactive item drawn in the last frame, for the
// test API (window.setright.items()). Filled by ImGui's test-engine hooks.
#pragma once

#include "logic/layout_check.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace setright::app {

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
// Whether the list of combo or menu `imgui_id` is open.
void set_item_expanded(unsigned imgui_id, bool open);
// Marks the field just submitted as holding text it cannot read.
void mark_last_item_invalid();
// The same for item `imgui_id`; a combo's value is the choice it shows.
void set_item_value(unsigned imgui_id, std::string_view value);

// Records the text an item draws (its label, or a field's value or a
// combo's preview, as drawn) and the width it was drawn in, for the layout
// check (logic/layout_check.hpp): `ellipsis` when the widget ends text that
// does not fit with "…". The width is measured here, in the current font.
void set_last_item_text(std::string_view text, float room, bool ellipsis = false);
void set_item_text(unsigned imgui_id, std::string_view text, float room, bool ellipsis = false);
// The same for the text field just submitted: its value, or its hint while
// empty, in its frame less the padding.
void set_last_input_text(std::string_view value, const char* hint = nullptr);

// The kind of the item with this ImGui id in the last frame, if it was one
// of the items recorded (touch_scroll.cpp: what a finger went down on).
std::optional<ItemKind> item_kind_last_frame(unsigned imgui_id);

// Records the plain text just drawn (ImGui gives text no id, so no hook
// reports it) for the accessibility tree: screen readers read it and
// find-in-page finds it. Not one of the test API's items.
void record_last_text(std::string_view text, ItemKind kind = ItemKind::Text);

// Names the next item that draws no label of its own, for a screen reader
// (a field whose meaning its place shows: a vendor's name in its card).
void name_next_item(std::string_view name);

// Names the item just submitted for a screen reader, unless its own label
// or the words before it already do (a field's hint: "Vendor name…").
void name_last_item(std::string_view name);

// Records a field's label just drawn (ui::field_label): the field after it
// takes it as its name for a screen reader, as a <label> would give it.
void record_field_label(std::string_view text);

// Marks the table just begun (BeginTable returned true) as a data table,
// named `name`: a grid to a screen reader, each item in it in its row and
// cell. Tables that only lay out a view are not marked.
void mark_data_table(std::string_view name);

// Marks the window just begun (a child window: the deals list, the deal)
// as a landmark, named `name` ("" for the one main): every item drawn in
// it, or in child windows of it, is in that landmark.
void mark_landmark(Landmark landmark, std::string_view name = {});

// Moves ImGui's keyboard focus to the item with this ImGui id when it is
// next drawn, with the focus ring showing (the page's focus moved to its
// element). Forgotten if the item is not drawn in the next frame.
void request_item_focus(unsigned imgui_id);

// Called once a frame is complete: its items become the last frame's.
void item_registry_frame_done();
// The items of the last complete frame.
const std::vector<DrawnItem>& items_drawn_last_frame();
// Those items and the plain text among them, in the order they were drawn.
const std::vector<DrawnItem>& everything_drawn_last_frame();
// The data tables and the landmarks of the last complete frame.
const std::vector<DrawnGrid>& grids_drawn_last_frame();
const std::vector<DrawnRegion>& regions_drawn_last_frame();
std::string items_to_json(const std::vector<DrawnItem>& items);

} // namespace setright::app
