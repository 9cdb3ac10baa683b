// case_room_view.cpp — see case_room_view.hpp.
#include "case_room_view.hpp"

#include "logic/downloads.hpp"
#include "logic/enum_labels.hpp"
#include "logic/file_names.hpp"
#include "logic/i18n.hpp"
#include "logic/local_words.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "views/case_revealed.hpp"

#include "core/model/enum_names.hpp"
#include "core/workshop/case_room.hpp"
#include "platform/platform.hpp"

#include <imgui.h>

#include <array>

namespace setright::app {

namespace {

// The deal's room, from its cache (view_state.hpp) unless its sheets or the key changed.
const Room& room_of(App& app, const Deal& deal) {
    RoomCache& cache = deal_view(app, deal.id).room;
    if (cache.app_changes != app.changes || cache.workshop_changes != app.workshop.changes) {
        cache.app_changes = app.changes;
        cache.workshop_changes = app.workshop.changes;
        static const std::vector<AnswerSheet> no_sheets;
        const auto sheets = app.workshop.rooms.find(deal.id); // looked up, never added: only rooms with answers are saved
        cache.room = summarise_room(*deal.case_key, sheets == app.workshop.rooms.end() ? no_sheets : sheets->second);
    }
    return cache.room;
}

// A horizontally scrolling table needs an explicit height: exactly its rows.
ImVec2 table_size(size_t rows) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row = ImGui::GetTextLineHeight() + style.CellPadding.y * 2.0f + 1.0f;
    return ImVec2(0.0f, row * float(rows + 1) + style.ScrollbarSize + style.CellPadding.y * 2.0f);
}

// ImGui's tables hold at most 512 columns (IMGUI_TABLE_MAX_COLUMNS); a case
// with more steps is shown by its CSV and Markdown exports only.
bool too_many_steps(const CaseKey& key) {
    if (key.steps.size() < 512) return false;
    ui::text_disabled(tr("case.room.too_many_steps"));
    return true;
}

// Cell shading: the share of the room, green where the key expects the flag,
// amber where it does not (false alarms); the count is always written too.
void shade_cell(int count, int participants, bool expected) {
    if (count == 0 || participants == 0) return;
    const float share = float(count) / float(participants);
    ImVec4 colour = expected ? ui::good() : ui::warning();
    colour.w = 0.15f + 0.55f * share;
    ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(colour));
}

// One column per step, wide enough to read from the back of a room (3 em).
void setup_step_columns(const CaseKey& key) {
    for (size_t i = 0; i < key.steps.size(); ++i)
        ImGui::TableSetupColumn(std::to_string(i + 1).c_str(), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3.0f);
}

void draw_heatmap(const CaseKey& key, const Room& room) {
    const int n = int(room.participants.size());
    const int columns = int(key.steps.size()) + 1;
    if (too_many_steps(key) ||
        !ImGui::BeginTable("##heatmap", columns, ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit,
                           table_size(room.codes.size())))
        return;
    mark_data_table(tr("case.room.heatmap"));
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(tr("case.col_flag"));
    setup_step_columns(key);
    ui::table_headers();
    for (size_t c = 0; c < room.codes.size(); ++c) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::text(case_flag_label(key, room.codes[c]));
        for (size_t i = 0; i < key.steps.size(); ++i) {
            ImGui::TableNextColumn();
            const bool expected = room.expected_step[c] == int(i);
            shade_cell(room.steps[i].marked[c], n, expected || (room.expected_step[c] >= 0 && room.expected_step[c] < int(i)));
            const std::string text = std::to_string(room.steps[i].marked[c]) + (expected ? " *" : "");
            ui::selectable(text, "case.room.cell." + room.codes[c] + "." + key.steps[i].id, false);
        }
    }
    ImGui::EndTable();
    ui::text_disabled(tr("case.room.heatmap_legend"));
}

void draw_decisions(const CaseKey& key, const Room& room) {
    const int n = int(room.participants.size());
    const int columns = int(key.steps.size()) + 1;
    if (too_many_steps(key) ||
        !ImGui::BeginTable("##decisions", columns, ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit,
                           table_size(kCaseDecisions + 1)))
        return;
    mark_data_table(tr("case.room.decisions"));
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(tr("case.col_decision"));
    setup_step_columns(key);
    ui::table_headers();
    for (size_t d = 0; d <= kCaseDecisions; ++d) {
        const bool none = d == kCaseDecisions;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::text(none ? tr("case.no_decision") : enum_label(CaseDecision(d)));
        for (size_t i = 0; i < key.steps.size(); ++i) {
            ImGui::TableNextColumn();
            const int count = none ? room.steps[i].undecided : room.steps[i].decisions[d];
            const bool expected = !none && key.steps[i].expected_decision == CaseDecision(d);
            shade_cell(count, n, true);
            const std::string text = std::to_string(count) + (expected ? " *" : "");
            const std::string id =
                    std::string("case.room.decision.") + (none ? "none" : enum_name(CaseDecision(d))) + "." + key.steps[i].id;
            ui::selectable(text, id, false);
        }
    }
    ImGui::EndTable();
}

void draw_participants(const Room& room) {
    if (!ImGui::BeginTable("##participants", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
        return;
    mark_data_table(tr("case.room.participants"));
    ImGui::TableSetupColumn(tr("case.col_participant"));
    ImGui::TableSetupColumn(tr("case.col_spotted"));
    ImGui::TableSetupColumn(tr("case.col_false_alarms"));
    ImGui::TableSetupColumn(tr("case.col_decisions"));
    ImGui::TableSetupColumn(tr("case.col_final"));
    ui::table_headers();
    for (size_t p = 0; p < room.participants.size(); ++p) {
        const AnswerScore& s = room.participants[p];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::text_item(s.participant, "case.room.participant." + std::to_string(p));
        ImGui::TableNextColumn();
        ui::text(tr_fill("case.n_of_m", {std::to_string(s.spotted.size()), std::to_string(s.expected_flags())}));
        ImGui::TableNextColumn();
        ui::text(std::to_string(s.false_alarms.size()));
        ImGui::TableNextColumn();
        ui::text(tr_fill("case.n_of_m", {std::to_string(s.decisions_matched), std::to_string(s.decisions_expected)}));
        ImGui::TableNextColumn();
        ui::text(s.final_decision ? enum_label(*s.final_decision) : tr("case.no_decision"));
    }
    ImGui::EndTable();
}

void draw_toolbar(App& app, const Deal& deal, const Room& room) {
    Workshop& w = app.workshop;
    ImGui::BeginDisabled(!platform::can_open_file_picker());
    if (ui::button(tr("case.room.add"), "case.room.add")) platform::open_file_picker();
    ImGui::EndDisabled();
    ImGui::SameLine();
    ui::text_disabled(tr("case.room.drop_hint"));
    const bool empty = room.participants.empty();
    ImGui::BeginDisabled(empty);
    if (ui::button(tr("case.room.export_csv"), "case.room.export_csv"))
        download(app, deal_file_name(deal, "-room.csv"), "text/csv", room_csv(*deal.case_key, room));
    ImGui::SameLine();
    if (ui::button(tr("case.room.export_markdown"), "case.room.export_markdown"))
        download(app, deal_file_name(deal, "-room.md"), "text/markdown", room_markdown(deal, room, LocalWords()));
    ImGui::SameLine();
    if (ui::button(tr("case.room.clear"), "case.room.clear")) {
        w.rooms.erase(deal.id);
        ++w.changes;
    }
    ImGui::EndDisabled();
    if (!w.refused.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::critical());
        for (size_t i = 0; i < w.refused.size(); ++i) ui::text_item(w.refused[i], "case.room.refused." + std::to_string(i));
        ImGui::PopStyleColor();
        if (ui::button(tr("case.room.dismiss"), "case.room.dismiss")) w.refused.clear();
    }
}

} // namespace

void draw_case_room(App& app, Deal& deal) {
    const CaseKey& key = *deal.case_key;
    const Room& room = room_of(app, deal);
    draw_toolbar(app, deal, room);
    if (room.participants.empty()) {
        ui::text_wrapped(tr("case.room.empty"));
        return;
    }
    ui::text_item(tr_fill("case.room.totals", {std::to_string(room.participants.size()), std::to_string(room.spotted),
                                               std::to_string(room.spotted + room.missed), std::to_string(room.false_alarms),
                                               std::to_string(room.decisions_matched), std::to_string(room.decisions_expected)})
                          .c_str(),
                  "case.room.totals");
    // The decisions first: four rows a room reads at a glance, above the fold on a projector.
    ui::separator_text(tr("case.room.decisions"));
    draw_decisions(key, room);
    ui::separator_text(tr("case.room.heatmap"));
    draw_heatmap(key, room);
    ui::separator_text(tr("case.room.most_missed"));
    if (room.most_missed.empty()) ui::text(tr("case.room.none_missed"));
    for (size_t c : room.most_missed)
        ui::text_item(tr_fill("case.room.missed_by", {case_flag_label(key, room.codes[c]), std::to_string(room.missed_by[c]),
                                                      std::to_string(room.participants.size())}),
                      "case.room.missed." + room.codes[c]);
    ui::separator_text(tr("case.room.participants"));
    draw_participants(room);
}

void draw_room_step_summary(App& app, const Deal& deal, int step) {
    const CaseKey& key = *deal.case_key;
    const Room& room = room_of(app, deal);
    const size_t n = room.participants.size();
    if (n == 0) ui::text(tr("case.present.no_room"));
    if (n == 0 || step < 0 || size_t(step) >= key.steps.size()) return;
    const RoomStep& s = room.steps[size_t(step)];
    for (size_t c = 0; c < room.codes.size(); ++c) {
        const bool expected = room.expected_step[c] == step;
        if (s.marked[c] == 0 && !expected) continue;
        const ImVec4 colour = expected ? ui::good() : ui::warning();
        ui::text_colored(colour, tr_fill("case.present.marked",
                                         {case_flag_label(key, room.codes[c]), std::to_string(s.marked[c]), std::to_string(n)}));
    }
    std::string spread;
    for (size_t d = 0; d < kCaseDecisions; ++d)
        spread += std::string(d ? " · " : "") + enum_label(CaseDecision(d)) + " " + std::to_string(s.decisions[d]);
    ui::text(spread.c_str());
}

} // namespace setright::app
