// editors.cpp — see editors.hpp.
#include "ui/editors.hpp"

#include "logic/date_input.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "ui/item_registry.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

namespace setright::ui {
namespace {

void changed(App& app, std::optional<Moment>* modified, bool continuing) {
    if (modified) *modified = app::now_moment();
    app::note_change(app, "edit", continuing);
}

void set_width(float width) {
    if (width != 0.0f) ImGui::SetNextItemWidth(width);
}

} // namespace

bool edit_text(App& app, const char* text, const char* id, std::string& value, std::optional<Moment>* modified, float width) {
    set_width(width);
    field_label(text);
    app::NextItemKind kind(app::ItemKind::Input);
    app::NextItemLabel visible(text);
    const bool edited = ImGui::InputText(label("", id), &value);
    app::set_last_item_value(value);
    finish_field(value);
    if (!edited) return false;
    changed(app, modified, true);
    return true;
}

bool edit_multiline(App& app, const char* text, const char* id, std::string& value, std::optional<Moment>* modified, const ImVec2& size) {
    if (!input_multiline(text, id, value, size)) return false;
    changed(app, modified, true);
    return true;
}

bool date_field(const char* text, const char* id, std::optional<Moment>& value, float width) {
    // The field keeps what the user types until it reads as a date; the
    // value only changes to a real date (or to none when emptied).
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID(id);
    static std::string draft;
    const bool editing = storage->GetBool(key, false);
    std::string shown = value ? app::format_date(*value) : std::string();
    std::string& buffer = editing ? draft : shown;

    set_width(width);
    field_label(text);
    bool result = false;
    app::NextItemKind kind(app::ItemKind::Input);
    app::NextItemLabel visible(text);
    const bool edited = ImGui::InputText(label("", id), &buffer);
    app::set_last_item_value(buffer);
    draw_hint(app::tr("editor.date_hint"), buffer);
    if (ImGui::IsItemActivated()) {
        draft = shown;
        storage->SetBool(key, true);
    }
    if (edited && editing) {
        std::optional<Moment> parsed = buffer.empty() ? std::nullopt : app::parse_user_date(buffer, app::current_language());
        if ((buffer.empty() || parsed) && value != parsed) {
            value = parsed;
            result = true;
        }
    }
    if (ImGui::IsItemDeactivated()) storage->SetBool(key, false);
    return result;
}

bool edit_date(App& app, const char* text, const char* id, std::optional<Moment>& value, std::optional<Moment>* modified, float width) {
    if (!date_field(text, id, value, width)) return false;
    changed(app, modified, true);
    return true;
}

bool edit_number(App& app, const char* text, const char* id, double& value, double min_value, double max_value,
                 std::optional<Moment>* modified, const char* format, float width) {
    set_width(width);
    field_label(text);
    app::NextItemKind kind(app::ItemKind::Input);
    app::NextItemLabel visible(text);
    double edited = value;
    const bool typed = ImGui::InputDouble(label("", id), &edited, 0.0, 0.0, format);
    char shown[64];
    ImFormatString(shown, sizeof shown, format ? format : "%.3f", edited);
    app::set_last_input_text(shown);
    if (!typed) return false;
    if (edited < min_value) edited = min_value;
    if (edited > max_value) edited = max_value;
    if (edited == value) return false;
    value = edited;
    changed(app, modified, true);
    return true;
}

bool edit_bool(App& app, const char* text, const char* id, bool& value, std::optional<Moment>* modified) {
    if (!checkbox(text, id, &value)) return false;
    changed(app, modified, false);
    return true;
}

bool pick_choice(const char* text, const char* id, int& value, const char* const* label_keys, int count, float width) {
    set_width(width);
    const char* preview = value >= 0 && value < count ? app::tr(label_keys[value]) : "";
    if (!begin_combo(text, id, preview)) return false;
    bool result = false;
    for (int i = 0; i < count; ++i) {
        const std::string option_id = std::string(id) + ":" + std::to_string(i);
        if (selectable(app::tr(label_keys[i]), option_id, i == value) && i != value) {
            value = i;
            result = true;
        }
    }
    ImGui::EndCombo();
    return result;
}

bool edit_choice(App& app, const char* text, const char* id, int& value, const char* const* label_keys, int count,
                 std::optional<Moment>* modified, float width) {
    if (!pick_choice(text, id, value, label_keys, count, width)) return false;
    changed(app, modified, false);
    return true;
}

std::vector<std::pair<std::string, std::string>> vendor_choices(const Deal& deal) {
    std::vector<std::pair<std::string, std::string>> choices;
    for (const Organisation& v : deal.vendors) choices.emplace_back(v.id, v.name.empty() ? v.id : v.name);
    return choices;
}

bool edit_reference(App& app, const char* text, const char* id, std::string& value,
                    const std::vector<std::pair<std::string, std::string>>& choices, const char* none_label,
                    std::optional<Moment>* modified, float width) {
    set_width(width);
    std::string_view preview = none_label ? none_label : "";
    for (const auto& [choice_id, choice_label] : choices)
        if (choice_id == value) preview = choice_label; // names are user text: the combo draws them as text
    if (!begin_combo(text, id, preview)) return false;
    bool result = false;
    auto offer = [&](const std::string& choice_id, std::string_view choice_label) {
        const std::string option_id = std::string(id) + ":" + choice_id;
        push_id(option_id);
        if (selectable(choice_label, option_id, choice_id == value) && choice_id != value) {
            value = choice_id;
            changed(app, modified, false);
            result = true;
        }
        ImGui::PopID();
    };
    if (none_label) offer("", none_label);
    for (const auto& [choice_id, choice_label] : choices) offer(choice_id, choice_label);
    ImGui::EndCombo();
    return result;
}

} // namespace setright::ui
