// case_player.cpp — see case_player.hpp.
#include "case_player.hpp"

#include "logic/enum_labels.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "ui/table_columns.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "views/case_revealed.hpp"

#include "core/format/case_json.hpp"
#include "core/model/enum_names.hpp"
#include "core/workshop/case_making.hpp"
#include "core/workshop/case_score.hpp"
#include "core/workshop/case_ticks.hpp"
#include "platform/platform.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

namespace setright::app {

namespace {

void export_answers(AnswerSheet& sheet) {
    sheet.saved = now_moment();
    platform::download_file(answers_file_name(sheet), "application/json", export_answer_sheet(sheet));
}

// The signs seen, the decision, then the question a participant would ask:
// the decision right under the signs, so on a 768-px projector both show
// without scrolling (the question is optional). The signs take two columns
// where there is room for two.
void draw_answer(App& app, const CaseKey& key, AnswerSheet& sheet, int step) {
    Workshop& w = app.workshop;
    StepAnswer& answer = answer_for_step(sheet, key, step); // made with the ticks of the step before
    ui::separator_text(tr("case.flags_you_see"));
    const int columns = ImGui::GetContentRegionAvail().x >= ImGui::GetFontSize() * 36.0f ? 2 : 1;
    std::vector<std::string> ticks = answer.flags;
    if (case_flag_checkboxes(key, "case.flag.", ticks, columns)) {
        // A tick or untick holds from this step on, also at the steps already shown.
        for (const std::string& code : case_flag_codes(key)) {
            const bool was = std::find(answer.flags.begin(), answer.flags.end(), code) != answer.flags.end();
            const bool is = std::find(ticks.begin(), ticks.end(), code) != ticks.end();
            if (was != is) set_tick(sheet, key, step, code, is);
        }
        ++w.changes;
    }
    ui::separator_text(tr("case.your_decision"));
    for (int d = 0; d < enum_count<CaseDecision>(); ++d) {
        const CaseDecision decision = CaseDecision(d);
        const std::string id = std::string("case.decision.") + enum_name(decision);
        if (d > 0) ui::same_line_if_fits(enum_label(decision), ImGui::GetFrameHeight());
        if (ui::radio(enum_label(decision), id.c_str(), answer.decision == decision)) {
            answer.decision = decision;
            ++w.changes;
        }
    }
    // How ticks are scored, where the ticking happens (a participant copy has no score to show it).
    ImGui::Spacing();
    ui::text_item(tr("case.rules"), "case.rules", &ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ui::separator_text(tr("case.your_question"));
    if (ui::input_multiline("", "case.question", answer.question, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 4.0f))) ++w.changes;
}

void draw_score(const CaseKey& key, const AnswerSheet& sheet) {
    const AnswerScore s = score_answers(key, sheet);
    ui::text_item(tr_fill("case.score_line",
                          {std::to_string(s.spotted.size()), std::to_string(s.expected_flags()), std::to_string(s.false_alarms.size()),
                           std::to_string(s.decisions_matched), std::to_string(s.decisions_expected)})
                          .c_str(),
                  "case.score");
    auto bullet = [](const std::string& text) {
        ImGui::Bullet();
        ui::text_wrapped(text);
    };
    for (const FlagAtStep& m : s.missed) bullet(tr_fill("case.missed_at", {case_flag_label(key, m.code), std::to_string(m.step + 1)}));
    for (const SpottedFlag& f : s.spotted)
        if (f.spotted_step > f.expected_step)
            bullet(tr_fill("case.spotted_late",
                           {case_flag_label(key, f.code), std::to_string(f.spotted_step + 1), std::to_string(f.expected_step + 1)}));
}

// After the last step: the score against the key, or without one (a
// participant's copy) who scores it and the file to send.
void draw_end(const CaseKey& key, AnswerSheet& sheet, bool with_key) {
    if (with_key) {
        ui::separator_text(tr("case.your_score"));
        draw_score(key, sheet);
        return;
    }
    ImGui::Separator();
    ui::text_item(tr("case.trainer_scores"), "case.trainer_scores");
    if (ui::button(tr("case.export_answers"), "case.export_answers_end")) export_answers(sheet);
}

} // namespace

void draw_case_player(App& app, Deal& deal, bool with_key) {
    const CaseKey& key = *deal.case_key;
    Workshop& w = app.workshop;
    if (key.steps.empty()) {
        ui::text_wrapped(tr("case.no_steps"));
        return;
    }
    int& step = w.step[deal.id];
    step = std::clamp(step, 0, int(key.steps.size()) - 1);
    const int last = int(key.steps.size()) - 1;

    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
    if (ui::input_string(tr("case.participant"), "case.participant", w.participant, tr("case.participant_hint"))) ++w.changes;
    AnswerSheet& sheet = my_answers(w, deal);
    ui::same_line_if_fits(tr("case.export_answers"));
    if (ui::button(tr("case.export_answers"), "case.export_answers")) export_answers(sheet);

    // The steps beside the name where they fit (a 768-px projector keeps the
    // decision above the fold).
    const std::string step_of = tr_fill("case.step_of", {std::to_string(step + 1), std::to_string(key.steps.size())});
    const ImGuiStyle& style = ImGui::GetStyle();
    const float steps_width =
            ui::buttons_width({tr("case.previous"), tr("case.next")}) + ImGui::CalcTextSize(step_of.c_str()).x + style.ItemSpacing.x * 3.0f;
    ImGui::SameLine(0.0f, style.ItemSpacing.x * 3.0f);
    if (ImGui::GetContentRegionAvail().x < steps_width) ImGui::NewLine();
    ImGui::BeginDisabled(step == 0);
    if (ui::button(tr("case.previous"), "case.previous")) --step;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ui::text(step_of.c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(step == last);
    if (ui::button(tr("case.next"), "case.next")) ++step;
    ImGui::EndDisabled();

    const CaseStep& current = key.steps[size_t(step)];
    {
        ui::TextSizeScope size(ui::TextSize::Title);
        ui::text_item(current.title, "case.step_title");
    }
    ui::text_disabled(format_date(current.at));
    if (step == 0 && !key.intro.empty()) ui::text_wrapped(key.intro);
    if (!current.text.empty()) ui::text_item(current.text, "case.step_text");

    // Narrow: the answer first (what a participant does at each step), the
    // story so far under it, both growing with the page instead of scrolling.
    if (ui::stacks(ImGui::GetContentRegionAvail().x)) {
        draw_answer(app, key, sheet, step);
        if (step == last) draw_end(key, sheet, with_key);
        ui::separator_text(tr("case.so_far"));
        draw_case_revealed(deal, key, step, false);
        return;
    }
    const float answer_width = std::max(ImGui::GetFontSize() * 22.0f, ImGui::GetContentRegionAvail().x * 0.38f);
    ImGui::BeginChild("##case_story", ImVec2(-answer_width, 0), ImGuiChildFlags_Borders);
    ui::separator_text(tr("case.so_far"));
    draw_case_revealed(deal, key, step, false);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##case_answer", ImVec2(0, 0), ImGuiChildFlags_Borders);
    draw_answer(app, key, sheet, step);
    if (step == last) draw_end(key, sheet, with_key);
    ImGui::EndChild();
}

} // namespace setright::app
