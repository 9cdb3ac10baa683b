// widgets.hpp — thin wrappers over the ImGui widgets Setright uses. Each one
// tells the item registry what kind of item it is (ImGui cannot), and takes
// the visible text and the stable id separately so every label is
// "text##id": tests find items by id in any language.
//
// User text — anything from a file or typed into the workspace: titles,
// names, requirement texts — never goes into an ImGui label, where "##" would
// start the id ("Budget approved ## NOT by the CFO" would show as "Budget
// approved"), "###" would replace it, and a NUL would end the label. Helpers
// that may show user text take it as std::string_view and draw it themselves
// beside an id-only label, up to its real end, a NUL shown as U+FFFD. The
// `const char* text` of the others (buttons, fields, tabs, menus) is the
// app's own words only (tr()), which never hold "##" (test_translations).
// Ids are user text too (item ids from files): label() %-escapes "#", "%"
// and NUL in them, and push_id() hashes every byte.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace setright::ui {

// "text##id" in a per-frame scratch buffer; valid until a few hundred more
// calls. `text`: the app's own words; "#", "%" and NUL in `id` are written
// as %23, %25 and %00, so nothing in an id can end or reset ImGui's.
const char* label(const char* text, std::string_view id);
// PushID of every byte of `id`, read as bytes (ImGui's own PushID(const
// char*) stops at a NUL and restarts its hash at "###").
void push_id(std::string_view id);

// `text` as it is drawn: itself, or when it holds a NUL (which ImGui would
// take for its end, or draw as nothing) a copy with each NUL as U+FFFD, in a
// scratch ring valid for a few hundred calls. Costs one scan when no NUL.
std::string_view shown(std::string_view text);

// User text drawn as text: never parsed for "##", never cut at a NUL.
void text(std::string_view text);
void text_colored(const ImVec4& color, std::string_view text);
void text_disabled(std::string_view text);
void text_wrapped(std::string_view text);

// In a modal dialog, after its fields: Escape was pressed, which cancels the
// dialog as the browser's own do (ImGui closes only popups that are not
// modal on Escape). Not the Escape that took back typing in a field.
bool escape_cancels();
// User text on one line that ends in "…" when longer than the room left on
// it (a table cell), the whole of it in a tooltip.
void text_ellipsis(std::string_view text);
void bullet_text(std::string_view text);
void separator_text(std::string_view text);
// A tooltip over the last item, holding `text`.
void tooltip(std::string_view text);

// A field's label, drawn before the field (on a phone the field takes the
// rest of the line, or the whole width under a label too long to share it). Fields here call it themselves; call it
// only before a field of ImGui's own.
void field_label(const char* text);

// Before a button showing `next_text`: on the same line as the last item
// if it fits there, else on the next (a row of buttons that wraps). For a
// radio button or a checkbox, `box` is the width of its box (its frame
// height); `spacing` < 0: the style's item spacing.
void same_line_if_fits(const char* next_text, float box = 0.0f, float spacing = -1.0f);

bool button(const char* text, std::string_view id, const ImVec2& size = ImVec2(0, 0));
// The width left on this line for an item that a button showing
// `button_text` follows on the same line (a field and its Add or Delete).
float width_before_button(const char* button_text);
// On narrow content, where one item is a screen of its own: the button back
// to its tab's list, "‹  <tab name>".
bool back_button(const char* tab_text, std::string_view id);
bool input_text(const char* text, std::string_view id, char* buffer, size_t buffer_size, ImGuiInputTextFlags flags = 0);
// A text field over a std::string that is view state, not workspace data
// (editors.hpp binds fields to the workspace); `hint` shows while empty.
bool input_string(const char* text, std::string_view id, std::string& value, const char* hint = nullptr, ImGuiInputTextFlags flags = 0);
// After a one-line text field holding `value`: while it is not being typed
// in, a value wider than the field ends in "…", the whole of it in a tooltip.
void finish_field(std::string_view value);
// The hint of the text field just drawn while it holds nothing (`value`
// empty), ending in "…" where the field is too narrow for it.
void draw_hint(const char* hint, std::string_view value);
// A part of a chart the caller draws itself (a bar, the heatmap), reported
// to items() as text saying what it shows: read, not clicked.
void chart_part(std::string_view text, std::string_view id, const ImVec2& size);
// A clickable area the caller draws itself (a marker on a chart); `text` is
// what items() reports as its label.
bool invisible_button(std::string_view text, std::string_view id, const ImVec2& size);
// A "new …" field with its Add button: returns the text (and empties the
// field) when the user presses Enter or the button with something typed.
// After Enter the field stays the one typed in, for the next item. Text
// pasted with line breaks (a column copied from a spreadsheet, a list from
// an email) is one item per non-blank line, returned at once: the caller
// adds them all as one change, undone in one step. Empty: nothing to add.
std::vector<std::string> add_field(const char* id, const char* button_id, std::string& draft, const char* hint, const char* button_text,
                                   float width);
// A checkbox whose text may be user text: drawn beside it, a click on the
// text ticks it too.
bool checkbox(std::string_view text, std::string_view id, bool* value);
// One of a set of choices; items() reports it as a checkbox, ticked when `active`.
bool radio(const char* text, std::string_view id, bool active);
// A multi-line text field over view state (editors.hpp binds them to the workspace).
bool input_multiline(const char* text, std::string_view id, std::string& value, const ImVec2& size);
// A combo whose preview (the chosen item's name) may be user text.
bool begin_combo(const char* text, std::string_view id, std::string_view preview);
// A selectable showing `text`, which may be user text.
bool selectable(std::string_view text, std::string_view id, bool selected, ImGuiSelectableFlags flags = 0);
// A table row made clickable: a selectable spanning all columns, showing
// `text` (drawn as is) in the current cell. Without `span_columns` only the
// cell is clickable: the arrow keys then move from cell to cell of a row of
// fields instead of landing on the row.
bool row(std::string_view text, std::string_view id, bool selected, const ImVec4* color = nullptr, bool span_columns = true);
// Text wrapped to the available width that is also an item (a selectable
// the size of the text): tests find it by id, a click copies it. It spans
// the width left unless `fit`: then it is no wider than its text, and
// something can follow it on its line.
bool text_item(std::string_view text, std::string_view id, const ImVec4* color = nullptr, bool fit = false);
// Text as text_item, that leads somewhere: a click returns true (and copies
// nothing); the pointer is a hand over it.
bool link_item(std::string_view text, std::string_view id, const ImVec4* color = nullptr);
// The header row of the current table (ImGui's TableHeadersRow, its
// headers reported): each header of a column that sorts is a button (a
// click sorts) whose id is the column's, from TableSetupColumn(label(text,
// id)); any other is words, for the eye and a screen reader alike.
void table_headers();
// One header cell of a headers row (TableNextRow(ImGuiTableRowFlags_Headers),
// inside PushID(column)): column `column`'s own, as table_headers() draws it.
void column_header(int column);
// The same showing `text`, which may be user text.
void table_header(std::string_view text);
// ImGui's ProgressBar with `overlay` written on it, the words also given to
// a screen reader (ImGui reports no item for a bar).
void progress_bar(float fraction, const ImVec2& size, const std::string& overlay);
// One tab of a row of tabs drawn as buttons (items() reports it as a tab,
// selected when `selected`): returns true when clicked.
bool tab_button(const char* text, std::string_view id, bool selected);
// A menu of the app's bar: a button that opens a menu under it. When it
// returns true, add menu_item()s and call end_menu().
bool begin_menu(const char* text, std::string_view id);
void end_menu();
bool menu_item(const char* text, std::string_view id, bool selected = false);

} // namespace setright::ui
