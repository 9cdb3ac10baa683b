// case_revealed.cpp — see case_revealed.hpp.
#include "case_revealed.hpp"

#include "logic/enum_labels.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/workshop/case_making.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

namespace setright::app {

namespace {

void draw_touches(const Deal& deal, const CaseKey& key, int step, bool newest_first) {
    const Moment& at = key.steps[size_t(step)].at;
    const Moment* previous = step > 0 ? &key.steps[size_t(step) - 1].at : nullptr;
    std::vector<const Touch*> shown;
    for (const Touch& t : deal.timeline)
        if (revealed_by(t.at, at)) shown.push_back(&t);
    std::stable_sort(shown.begin(), shown.end(), [](const Touch* a, const Touch* b) { return a->at < b->at; });
    if (newest_first) std::reverse(shown.begin(), shown.end());
    if (shown.empty()) return;

    if (!ImGui::BeginTable("##revealed", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
    mark_data_table(tr("case.so_far"));
    ImGui::TableSetupColumn("##when", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthStretch);
    for (const Touch* t : shown) {
        const bool is_new = !previous || !revealed_by(t->at, *previous);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (is_new) ImGui::PushStyleColor(ImGuiCol_Text, ui::info());
        ui::text(format_date(t->at));
        ui::text_disabled(enum_label(t->channel));
        ImGui::TableNextColumn();
        const std::string line = (is_new ? std::string(tr("case.new")) + " " : std::string()) + t->summary;
        ui::text_item(line, "case.touch." + t->id);
        if (is_new) ImGui::PopStyleColor();
    }
    ImGui::EndTable();
}

void draw_study_replies(const Deal& deal, const CaseKey& key, int step) {
    const Moment& at = key.steps[size_t(step)].at;
    const Study& study = *deal.study;
    int sent = 0, replied = 0;
    for (const StudyRequest& r : study.requests) {
        if (!r.sent_at || !revealed_by(*r.sent_at, at)) continue;
        ++sent;
        if (r.first_reply_at && revealed_by(*r.first_reply_at, at)) ++replied;
    }
    ui::text_item(tr_fill("case.replies_so_far", {std::to_string(replied), std::to_string(sent)}).c_str(), "case.replies_so_far");
    if (replied == 0) return;
    if (!ImGui::BeginTable("##replies", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
        return;
    mark_data_table(tr("study.requests"));
    ImGui::TableSetupColumn(tr("case.col_vendor"));
    ImGui::TableSetupColumn(tr("case.col_reply"));
    ImGui::TableSetupColumn(tr("case.col_wait"));
    ImGui::TableSetupColumn(tr("case.col_price"));
    ImGui::TableSetupColumn(tr("case.col_materials"));
    ui::table_headers();
    for (const StudyRequest& r : study.requests) {
        if (!r.sent_at || !r.first_reply_at || !revealed_by(*r.first_reply_at, at)) continue;
        const Materials& m = r.materials;
        const int materials = int(m.proposal) + int(m.presentation) + int(m.contract_template) + int(m.portfolio) + int(m.estimate);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::text(r.vendor);
        ImGui::TableNextColumn();
        ui::text(r.reply_channel ? enum_label(*r.reply_channel) : "");
        ImGui::TableNextColumn();
        ui::text(format_wait(hours_between(*r.sent_at, *r.first_reply_at), 1, 1));
        ImGui::TableNextColumn();
        ui::text(r.quoted_price ? format_money(*r.quoted_price, deal.currency).c_str() : "");
        ImGui::TableNextColumn();
        ui::text(std::to_string(materials) + " / 5");
    }
    ImGui::EndTable();
}

} // namespace

std::string case_flag_label(const CaseKey& key, const std::string& code) {
    for (const CaseSign& s : key.signs)
        if (s.code == code) return s.label.empty() ? code : s.label;
    const std::string title_key = "flag." + code + ".title";
    const char* title = tr(title_key.c_str());
    return title_key == title ? code : std::string(title);
}

bool case_flag_checkboxes(const CaseKey& key, const std::string& id_prefix, std::vector<std::string>& codes, int columns) {
    // In columns, a table: each sign's words wrap at its own column's edge.
    const bool table = columns > 1 && ImGui::BeginTable("##case_flags", columns, ImGuiTableFlags_SizingStretchSame);
    bool changed = false;
    for (const std::string& code : case_flag_codes(key)) {
        if (table) ImGui::TableNextColumn();
        auto it = std::find(codes.begin(), codes.end(), code);
        bool on = it != codes.end();
        if (ui::checkbox(case_flag_label(key, code), id_prefix + code, &on)) {
            if (on)
                codes.push_back(code);
            else
                codes.erase(it);
            changed = true;
        }
    }
    if (table) ImGui::EndTable();
    return changed;
}

void draw_case_revealed(const Deal& deal, const CaseKey& key, int step, bool newest_first) {
    if (step < 0 || size_t(step) >= key.steps.size()) return;
    if (deal.study) draw_study_replies(deal, key, step);
    draw_touches(deal, key, step, newest_first);
}

} // namespace setright::app
