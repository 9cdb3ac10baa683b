// editors.hpp — fields bound to the workspace. Each one edits a value in
// place and, when the user changes it: records the undo step (note_change),
// stamps the item's `modified` time (merge relies on it) and marks the
// workspace for autosave. Views should use these rather than raw ImGui inputs.
//
// `text` is the visible label (may be "" for table cells), `id` the stable test
// id (see widgets.hpp). `modified` may be null for fields without one.
#pragma once

#include "logic/app_state.hpp"

#include <imgui.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace setright::ui {

using app::App;

// `hint`: shown, greyed, while the field is empty (what goes there).
bool edit_text(App& app, const char* text, const char* id, std::string& value, std::optional<Moment>* modified, float width = 0.0f,
               const char* hint = nullptr);
bool edit_multiline(App& app, const char* text, const char* id, std::string& value, std::optional<Moment>* modified,
                    const ImVec2& size = ImVec2(0, 0));
// A date field not bound to the workspace (no undo step, no autosave): for
// UI state such as the as-of date. Returns true when the value changed.
bool date_field(const char* text, const char* id, std::optional<Moment>& value, float width = 0.0f);
// A date typed in ISO or the language's own form; an empty field clears it.
bool edit_date(App& app, const char* text, const char* id, std::optional<Moment>& value, std::optional<Moment>* modified,
               float width = 0.0f);
bool edit_number(App& app, const char* text, const char* id, double& value, double min_value, double max_value,
                 std::optional<Moment>* modified, const char* format = "%.2f", float width = 0.0f);
bool edit_bool(App& app, const char* text, const char* id, bool& value, std::optional<Moment>* modified);

// A combo over an enum whose values are 0..count-1, each shown as
// tr(label_keys[i]); each choice is a selectable with id "<id>:<index>".
// With keyboard focus on the closed combo, the keys 1–9 pick the first nine.
bool edit_choice(App& app, const char* text, const char* id, int& value, const char* const* label_keys, int count,
                 std::optional<Moment>* modified, float width = 0.0f);
// The same combo not bound to the workspace: the caller applies the choice
// and records the change (for values that live in an item made on demand).
bool pick_choice(const char* text, const char* id, int& value, const char* const* label_keys, int count, float width = 0.0f);
template <class Enum>
bool edit_enum(App& app, const char* text, const char* id, Enum& value, const char* const* label_keys, int count,
               std::optional<Moment>* modified, float width = 0.0f) {
    int index = int(value);
    if (!edit_choice(app, text, id, index, label_keys, count, modified, width)) return false;
    value = Enum(index);
    return true;
}

// A field naming a person: shows the name of the deal's person it holds,
// stores a typed name of one of them as their id and anything else as typed;
// the arrow beside it lists the deal's people (ids "<id>:<person id>").
bool edit_person(App& app, const char* text, const char* id, std::string& value, const Deal& deal, std::optional<Moment>* modified,
                 float width = 0.0f);

// The deal's vendors as edit_reference choices: (id, name, or the id when unnamed).
std::vector<std::pair<std::string, std::string>> vendor_choices(const Deal& deal);

// A combo choosing one item by id (a requirement, a vendor, an option):
// `choices` are (id, visible text); with `none_label`, "" is offered first.
// Each choice is a selectable with id "<id>:<item id>".
bool edit_reference(App& app, const char* text, const char* id, std::string& value,
                    const std::vector<std::pair<std::string, std::string>>& choices, const char* none_label,
                    std::optional<Moment>* modified, float width = 0.0f);

} // namespace setright::ui
