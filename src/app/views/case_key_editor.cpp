// case_key_editor.cpp — see case_key_editor.hpp.
#include "case_key_editor.hpp"

#include "logic/enum_labels.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "logic/item_ids.hpp"
#include "ui/editors.hpp"
#include "ui/item_registry.hpp"
#include "ui/widgets.hpp"

#include "views/case_revealed.hpp"

#include "core/workshop/case_making.hpp"

#include <imgui.h>

#include <algorithm>

namespace setright::app {

namespace {

// The case is one of the deal's own fields: the deal's `modified` dates it for merges.
void changed(App& app, Deal& deal, const char* what) {
    deal.modified = now_moment();
    note_change(app, what);
}

// Steps stay in time order, whatever the trainer types as a date.
void keep_in_time_order(CaseKey& key) {
    std::stable_sort(key.steps.begin(), key.steps.end(), [](const CaseStep& a, const CaseStep& b) { return a.at < b.at; });
}

void draw_step_list(CaseKey& key, CaseView& view) {
    if (!ImGui::BeginTable("##case_steps", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY,
                           ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 9.0f)))
        return;
    mark_data_table(tr("case.mode.key"));
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("case.col_date"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr("case.col_step"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr("case.col_expected"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr("case.col_decision"), ImGuiTableColumnFlags_WidthFixed);
    ui::table_headers();
    for (const CaseStep& step : key.steps) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ui::row(format_date(step.at).c_str(), "case.key.step." + step.id, step.id == view.selected_step)) view.selected_step = step.id;
        ImGui::TableNextColumn();
        ui::text(step.title);
        ImGui::TableNextColumn();
        ui::text(std::to_string(step.expected_flags.size()));
        ImGui::TableNextColumn();
        ui::text(step.expected_decision ? enum_label(*step.expected_decision) : "");
    }
    ImGui::EndTable();
}

void draw_step_editor(App& app, Deal& deal, CaseView& view, CaseStep& step) {
    CaseKey& key = *deal.case_key;
    ui::push_id(step.id);
    std::optional<Moment> at = step.at;
    const float field = ImGui::GetFontSize() * 10.0f;
    if (ui::date_field(tr("case.step_date"), "case.key.date", at, field) && at) {
        step.at = *at;
        const std::string id = step.id;
        keep_in_time_order(key);
        changed(app, deal, tr("case.step_date"));
        ImGui::PopID();
        view.selected_step = id;
        return; // `step` may have moved
    }
    ImGui::SameLine();
    ui::edit_text(app, tr("case.step_title"), "case.key.title", step.title, &deal.modified, ImGui::GetFontSize() * 20.0f);
    ui::edit_multiline(app, tr("case.step_text"), "case.key.text", step.text, &deal.modified,
                       ImVec2(-ImGui::GetFontSize() * 8.0f, ImGui::GetTextLineHeight() * 3.5f));

    ui::separator_text(tr("case.expected_flags"));
    if (case_flag_checkboxes(key, "case.key.flag.", step.expected_flags, 2)) changed(app, deal, tr("case.expected_flags"));

    static const char* const decision_keys[] = {"case.no_expected_decision", "enum.case_decision.sign", "enum.case_decision.wait",
                                                "enum.case_decision.walk_away"};
    int decision = step.expected_decision ? int(*step.expected_decision) + 1 : 0;
    if (ui::pick_choice(tr("case.expected_decision"), "case.key.decision", decision, decision_keys, 4, field * 1.4f)) {
        step.expected_decision = decision == 0 ? std::nullopt : std::optional<CaseDecision>(CaseDecision(decision - 1));
        changed(app, deal, tr("case.expected_decision"));
    }
    ui::edit_multiline(app, tr("case.debrief"), "case.key.debrief", step.debrief, &deal.modified,
                       ImVec2(-ImGui::GetFontSize() * 8.0f, ImGui::GetTextLineHeight() * 2.5f));
    if (ui::button(tr("case.delete_step"), "case.key.delete_step")) {
        const std::string id = step.id;
        ImGui::PopID();
        key.steps.erase(std::remove_if(key.steps.begin(), key.steps.end(), [&](const CaseStep& s) { return s.id == id; }), key.steps.end());
        view.selected_step.clear();
        changed(app, deal, tr("case.delete_step"));
        return;
    }
    ImGui::PopID();
}

void draw_signs(App& app, Deal& deal, CaseView& view) {
    CaseKey& key = *deal.case_key;
    ui::separator_text(tr("case.signs"));
    ui::text_disabled(tr("case.signs_help"));
    for (size_t i = 0; i < key.signs.size(); ++i) {
        CaseSign& sign = key.signs[i];
        ui::push_id(sign.code);
        ui::edit_text(app, "", "case.key.sign_label", sign.label, &deal.modified, ImGui::GetFontSize() * 20.0f);
        ImGui::SameLine();
        if (ui::button(tr("case.delete_sign"), "case.key.delete_sign")) {
            const std::string code = sign.code;
            for (CaseStep& step : key.steps)
                step.expected_flags.erase(std::remove(step.expected_flags.begin(), step.expected_flags.end(), code),
                                          step.expected_flags.end());
            key.signs.erase(key.signs.begin() + std::ptrdiff_t(i));
            changed(app, deal, tr("case.delete_sign"));
            ImGui::PopID();
            break;
        }
        ImGui::PopID();
    }
    const std::vector<std::string> labels = ui::add_field("case.key.new_sign", "case.key.add_sign", view.new_sign, tr("case.new_sign_hint"),
                                                          tr("case.add_sign"), ImGui::GetFontSize() * 20.0f);
    for (const std::string& label : labels)
        key.signs.push_back(CaseSign{unused_item_id(key.signs, "sign", [](const CaseSign& s) -> const std::string& { return s.code; }),
                                     label, Json::object()});
    if (!labels.empty()) changed(app, deal, tr("case.add_sign"));
}

} // namespace

void draw_case_key_editor(App& app, Deal& deal, CaseView& view) {
    CaseKey& key = *deal.case_key;
    ui::edit_multiline(app, tr("case.intro"), "case.key.intro", key.intro, &deal.modified,
                       ImVec2(-ImGui::GetFontSize() * 8.0f, ImGui::GetTextLineHeight() * 2.5f));
    draw_step_list(key, view);
    if (ui::button(tr("case.add_step"), "case.key.add_step")) {
        CaseStep step;
        step.id = unused_item_id(key.steps, "step");
        step.at = judged_at(app);
        step.title = tr("case.new_step_title");
        view.selected_step = step.id;
        key.steps.push_back(std::move(step));
        keep_in_time_order(key);
        changed(app, deal, tr("case.add_step"));
    }
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
    if (ui::button(tr("case.remove_case"), "case.key.remove_case")) {
        deal.case_key.reset();
        view.selected_step.clear();
        changed(app, deal, tr("case.remove_case"));
        return;
    }
    for (CaseStep& step : key.steps)
        if (step.id == view.selected_step) {
            ui::separator_text(step.title);
            draw_step_editor(app, deal, view, step);
            break;
        }
    draw_signs(app, deal, view);
}

} // namespace setright::app
