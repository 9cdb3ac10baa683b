// editors.cpp — see editors.hpp.
#include "ui/editors.hpp"

#include "core/model/deal_lookup.hpp"
#include "logic/date_input.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "ui/date_picker.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <unordered_map>

namespace setright::ui {
namespace {

void changed(App& app, std::optional<Moment>* modified, bool continuing) {
    if (modified) *modified = app::now_moment();
    app::note_change(app, "edit", continuing);
}

void set_width(float width) {
    if (width != 0.0f) ImGui::SetNextItemWidth(width);
}

// After field_label: the next field leaves `trailing` of its width to a
// button beside it, so the two together take the width a field would.
void set_width_leaving(float trailing) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    float width = (g.NextItemData.HasFlags & ImGuiNextItemDataFlags_HasWidth) ? g.NextItemData.Width : ImGui::CalcItemWidth();
    if (width < 0.0f) width = ImGui::GetContentRegionAvail().x + width; // negative: up to that far from the edge
    ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize(), width - trailing));
}

} // namespace

bool edit_text(App& app, const char* text, const char* id, std::string& value, std::optional<Moment>* modified, float width,
               const char* hint) {
    set_width(width);
    field_label(text);
    app::NextItemKind kind(app::ItemKind::Input);
    app::NextItemLabel visible(text);
    const bool edited = ImGui::InputText(label("", id), &value);
    app::set_last_item_value(value);
    draw_hint(hint, value);
    if (!edited) return false;
    changed(app, modified, true);
    return true;
}

bool edit_multiline(App& app, const char* text, const char* id, std::string& value, std::optional<Moment>* modified, const ImVec2& size) {
    if (!input_multiline(text, id, value, size)) return false;
    changed(app, modified, true);
    return true;
}

namespace {

// A date field's text while it is typed in, and what it held when the typing began.
struct DateDraft {
    std::string text, initial;
};
// Text a date field was left holding that does not read as a date, by field:
// shown, marked, until the user fixes or empties it, or the value it would
// have replaced changes elsewhere (an undo, an import).
struct UnreadDate {
    std::string text;
    std::optional<Moment> over;
};
std::unordered_map<ImGuiID, DateDraft> date_drafts;
std::unordered_map<ImGuiID, UnreadDate> unread_dates;

// The message under a field whose text does not read, wrapped at the edge
// of the room it is in. It takes no more width than the field, so what
// follows the field on its line (Today, a Delete) stays beside it: text
// wider than the field runs on under those.
void unread_line(const std::string& message, const char* id, float field_width) {
    const float wrap = std::max(ImGui::GetContentRegionAvail().x, field_width);
    const char* end = message.data() + message.size();
    const ImVec2 size = ImGui::CalcTextSize(message.data(), end, false, wrap);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    chart_part(message, std::string(id) + ":unread", ImVec2(std::min(size.x, field_width), size.y));
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(critical()), message.data(), end,
                                        wrap);
}

} // namespace

bool date_field(const char* text, const char* id, std::optional<Moment>& value, float width) {
    // The value changes when the field is left (Enter, Tab, a click away)
    // holding a date, or nothing; text that is not a date stays in the field,
    // marked, with a line saying what works, and the value stays as it was.
    const char* field = label("", id);
    const ImGuiID key = ImGui::GetID(field);
    auto unread = unread_dates.find(key);
    if (unread != unread_dates.end() && unread->second.over != value) unread = unread_dates.erase(unread);
    const bool invalid = unread != unread_dates.end();
    std::string shown = invalid ? unread->second.text : value ? app::format_date(*value) : std::string();
    auto draft = date_drafts.find(key);
    std::string& buffer = draft != date_drafts.end() && ImGui::GetActiveID() == key ? draft->second.text : shown;

    ImGui::BeginGroup();
    set_width(width);
    field_label(text);
    // A field of a given width keeps it (a date must fit), its calendar
    // beside it; a field filling its line leaves the calendar room in it.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!((g.NextItemData.HasFlags & ImGuiNextItemDataFlags_HasWidth) && g.NextItemData.Width > 0.0f))
        set_width_leaving(date_picker_width());
    if (invalid) {
        ImGui::PushStyleColor(ImGuiCol_Border, critical());
        ImGui::PushStyleColor(ImGuiCol_Text, critical());
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(2.0f, ImGui::GetStyle().FrameBorderSize));
    }
    {
        app::NextItemKind kind(app::ItemKind::Input);
        app::NextItemLabel visible(text);
        ImGui::InputText(field, &buffer);
    }
    if (invalid) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(2);
    }
    app::set_last_item_value(buffer);
    if (invalid) app::mark_last_item_invalid();
    draw_hint(app::tr("editor.date_hint"), buffer);
    if (ImGui::IsItemActivated()) date_drafts[key] = DateDraft{shown, shown};
    const float field_width = ImGui::GetItemRectSize().x;
    const bool deactivated = ImGui::IsItemDeactivated();
    const bool active = ImGui::IsItemActive();

    bool result = false;
    ImGui::SameLine(0.0f, 0.0f);
    Moment picked;
    if (date_picker(id, value, picked)) {
        unread_dates.erase(key);
        if (value != picked) {
            value = picked;
            result = true;
        }
    }
    draft = date_drafts.find(key);
    if (deactivated && draft != date_drafts.end()) {
        const DateDraft left = std::move(draft->second);
        date_drafts.erase(draft);
        const bool blank = left.text.find_first_not_of(" \t") == std::string::npos;
        const std::optional<Moment> parsed = blank ? std::nullopt : app::parse_user_date(left.text, app::current_language());
        if (left.text == left.initial) {
            // Only looked at: a date with a time of day keeps its time.
        } else if (blank || parsed) {
            unread_dates.erase(key);
            if (value != parsed) {
                value = parsed;
                result = true;
            }
        } else {
            unread_dates[key] = UnreadDate{left.text, value};
        }
    } else if (draft != date_drafts.end() && !active) {
        date_drafts.erase(draft); // left while not drawn (another tab opened)
    }
    unread = unread_dates.find(key);
    if (unread != unread_dates.end())
        unread_line(app::unread_date_message(unread->second.text, app::now_moment(), app::current_language()), id, field_width);
    ImGui::EndGroup();
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

namespace {

// The choice a digit key picks while a combo has keyboard focus or its list
// is open: 1 for the first, up to 9. Claims and priorities are set by
// typing, the arrows moving between cells (no list, no second click).
int typed_choice(int count, bool open) {
    if (!open && !ImGui::IsItemFocused()) return -1;
    for (int i = 0; i < std::min(count, 9); ++i)
        if (ImGui::IsKeyPressed(ImGuiKey(ImGuiKey_1 + i), false) || ImGui::IsKeyPressed(ImGuiKey(ImGuiKey_Keypad1 + i), false)) return i;
    return -1;
}

} // namespace

bool pick_choice(const char* text, const char* id, int& value, const char* const* label_keys, int count, float width) {
    set_width(width);
    const char* preview = value >= 0 && value < count ? app::tr(label_keys[value]) : "";
    if (!begin_combo(text, id, preview)) {
        const int typed = typed_choice(count, false);
        if (typed < 0 || typed == value) return false;
        value = typed;
        return true;
    }
    bool result = false;
    if (const int typed = typed_choice(count, true); typed >= 0) {
        ImGui::CloseCurrentPopup(); // focus goes back to the combo: the arrows move on from there
        result = typed != value;
        value = typed;
    }
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

bool edit_person(App& app, const char* text, const char* id, std::string& value, const Deal& deal, std::optional<Moment>* modified,
                 float width) {
    // The field holds the name while typed in (a draft, as a date field's),
    // so a name that becomes a person's id mid-word does not change under the caret.
    static std::unordered_map<ImGuiID, std::string> drafts;
    const char* field = label("", id);
    const ImGuiID key = ImGui::GetID(field);
    std::string shown = person_name(deal, value);
    auto draft = drafts.find(key);
    std::string& buffer = draft != drafts.end() && ImGui::GetActiveID() == key ? draft->second : shown;
    const float arrow = ImGui::GetFrameHeight();
    ImGui::BeginGroup();
    set_width(width);
    field_label(text);
    set_width_leaving(arrow);
    bool edited;
    {
        app::NextItemKind kind(app::ItemKind::Input);
        app::NextItemLabel visible(text);
        edited = ImGui::InputText(field, &buffer);
    }
    app::set_last_item_value(buffer);
    finish_field(buffer);
    if (ImGui::IsItemActivated()) drafts[key] = shown;
    if (ImGui::IsItemDeactivated()) drafts.erase(key);
    bool result = false;
    if (edited) {
        value = person_reference(deal, buffer);
        changed(app, modified, true);
        result = true;
    }
    ImGui::SameLine(0.0f, 0.0f);
    const char* list = label("", std::string(id) + ":people");
    bool open = false;
    if (!deal.people.empty()) {
        app::NextItemKind kind(app::ItemKind::Combo);
        app::NextItemLabel reported(app::tr("editor.people"));
        const ImGuiID list_item = ImGui::GetID(list);
        open = ImGui::BeginCombo(list, nullptr, ImGuiComboFlags_NoPreview | ImGuiComboFlags_PopupAlignLeft);
        // BeginCombo never reports its label to the test-engine hooks (see begin_combo).
        ImGuiTestEngineHook_ItemInfo(ImGui::GetCurrentContext(), list_item, list, ImGuiItemStatusFlags_Openable);
    }
    if (open) {
        for (const Person& p : deal.people) {
            const std::string option_id = std::string(id) + ":" + p.id;
            push_id(option_id);
            if (selectable(p.name.empty() ? p.id : p.name, option_id, p.id == value) && p.id != value) {
                value = p.id;
                changed(app, modified, false);
                result = true;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::EndGroup();
    return result;
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
