// widgets.hpp — thin wrappers over the ImGui widgets Setright uses. Each one
// tells the item registry what kind of item it is (ImGui cannot), and takes
// the visible text and the stable id separately so every label is
// "text##id": tests find items by id in any language.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>

namespace setright::ui {

// "text##id" in a per-frame scratch buffer; valid until a few hundred more calls.
const char* label(const char* text, const char* id);

bool button(const char* text, const char* id, const ImVec2& size = ImVec2(0, 0));
bool input_text(const char* text, const char* id, char* buffer, size_t buffer_size, ImGuiInputTextFlags flags = 0);
// A text field over a std::string that is view state, not workspace data
// (editors.hpp binds fields to the workspace); `hint` shows while empty.
bool input_string(const char* text, const char* id, std::string& value, const char* hint = nullptr,
                  ImGuiInputTextFlags flags = 0);
// A clickable area the caller draws itself (a marker on a chart); `text` is
// what items() reports as its label.
bool invisible_button(const char* text, const char* id, const ImVec2& size);
// A "new …" field with its Add button: returns the text (and empties the
// field) when the user presses Enter or the button with something typed.
std::optional<std::string> add_field(const char* id, const char* button_id, std::string& draft, const char* hint,
                                     const char* button_text, float width);
bool checkbox(const char* text, const char* id, bool* value);
// One of a set of choices; items() reports it as a checkbox, ticked when `active`.
bool radio(const char* text, const char* id, bool active);
// A multi-line text field over view state (editors.hpp binds them to the workspace).
bool input_multiline(const char* text, const char* id, std::string& value, const ImVec2& size);
bool begin_combo(const char* text, const char* id, const char* preview);
bool selectable(const char* text, const char* id, bool selected, ImGuiSelectableFlags flags = 0);
// A table row made clickable: a selectable spanning all columns, showing
// `text` (drawn as is) in the current cell.
bool row(const char* text, const char* id, bool selected, const ImVec4* color = nullptr);
// Text wrapped to the available width that is also an item (a selectable
// the size of the text): tests find it by id, a click copies it.
bool text_item(const char* text, const char* id, const ImVec4* color = nullptr);
// The header row of the current table; each header is a button (a click
// sorts) whose id is the column's, from TableSetupColumn(label(text, id)).
void table_headers();
bool begin_tab(const char* text, const char* id, ImGuiTabItemFlags flags = 0);
bool begin_menu(const char* text, const char* id);
bool menu_item(const char* text, const char* id, bool selected = false);

} // namespace setright::ui
