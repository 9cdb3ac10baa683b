// question_detail.cpp — see question_detail.hpp.
#include "question_detail.hpp"

#include "logic/app_state.hpp"
#include "logic/enum_labels.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "ui/editors.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/model/deal_lookup.hpp"

#include <imgui.h>

#include <algorithm>

namespace setright::app {
namespace {

std::vector<std::pair<std::string, std::string>> requirement_choices(const Deal& deal) {
    std::vector<std::pair<std::string, std::string>> choices;
    for (const Requirement& r : deal.requirements) choices.emplace_back(r.id, r.text.empty() ? r.id : r.text);
    return choices;
}

void draw_history(const Deal& deal, const Question& q) {
    if (q.history.empty()) return;
    ui::text_disabled(tr("questions.history"));
    for (const QuestionEvent& e : q.history) {
        std::string line = format_date(e.at) + " · " + enum_label(e.kind);
        if (!e.by.empty()) line += " · " + person_name(deal, e.by);
        if (!e.note.empty()) line += " · " + e.note;
        ImGui::Bullet();
        ui::text_wrapped(line); // a long note wraps instead of running off the edge
    }
}

} // namespace

void draw_question_detail(App& app, Deal& deal, std::string& selected) {
    auto found = std::find_if(deal.questions.begin(), deal.questions.end(), [&](const Question& q) { return q.id == selected; });
    if (found == deal.questions.end()) {
        ui::text_disabled(tr("questions.select_hint"));
        return;
    }
    Question& q = *found;
    std::optional<Moment>* stamp = &q.modified;
    const float em = ImGui::GetFontSize();
    ui::separator_text(tr("questions.detail"));
    // Narrow: one column, every field as wide as the content; else the
    // question and its answer on the left, dates and people on the right.
    const bool narrow = ui::stacks(ImGui::GetContentRegionAvail().x);
    if (!ImGui::BeginTable("##question_detail", narrow ? 1 : 2, ImGuiTableFlags_SizingStretchSame)) return;
    const float field = narrow ? -FLT_MIN : em * 11.0f;
    const float wide = narrow ? -FLT_MIN : -em * 9.0f;
    ImGui::TableNextColumn();
    ImGui::PushItemWidth(wide);
    ui::edit_text(app, tr("questions.text"), "question_text", q.text, stamp);
    ui::edit_reference(app, tr("questions.requirement"), "question_requirement", q.requirement, requirement_choices(deal),
                       tr("questions.no_requirement"), stamp);
    ui::edit_reference(app, tr("questions.vendor"), "question_vendor", q.vendor, ui::vendor_choices(deal), nullptr, stamp);
    ui::edit_enum(app, tr("questions.status"), "question_status", q.status, enum_label_keys<QuestionStatus>(), enum_count<QuestionStatus>(),
                  stamp);
    ui::edit_multiline(app, tr("questions.answer"), "question_answer", q.answer, stamp, ImVec2(wide, em * 3.0f));
    ImGui::PopItemWidth();
    ImGui::TableNextColumn(); // narrow: the next row of the one column
    ui::edit_date(app, tr("questions.asked_at"), "question_asked_at", q.asked_at, stamp, field);
    ui::edit_text(app, tr("questions.asked_to"), "question_asked_to", q.asked_to, stamp, field);
    ui::edit_date(app, tr("questions.promised_by"), "question_promised_by", q.promised_by, stamp, field);
    ui::edit_text(app, tr("questions.promised_whom"), "question_promised_whom", q.promised_by_whom, stamp, field);
    ui::edit_date(app, tr("questions.answered_at"), "question_answered_at", q.answered_at, stamp, field);
    draw_history(deal, q);
    if (ui::button(tr("questions.delete"), "delete_question")) {
        deal.questions.erase(found);
        selected.clear();
        note_change(app, "delete question");
    }
    ImGui::EndTable();
}

} // namespace setright::app
