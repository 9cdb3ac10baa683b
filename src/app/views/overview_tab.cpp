// overview_tab.cpp — see overview_tab.hpp. What a buyer must see before
// signing: the verdict at the as-of date and every reason behind it, how much
// is covered, the red flags, and which questions and promises to chase.
#include "overview_tab.hpp"

#include "app.hpp"
#include "deal_words.hpp"
#include "enum_labels.hpp"
#include "format.hpp"
#include "i18n.hpp"
#include "palette.hpp"
#include "question_queue.hpp"
#include "views/coverage_gauge.hpp"
#include "widgets.hpp"

#include "core/coverage.hpp"
#include "core/deal_lookup.hpp"
#include "core/problem_texts.hpp"
#include "core/readiness.hpp"
#include "core/red_flags.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace setright::app {
namespace {

std::string say(const char* key, const std::vector<std::string>& args) { return fill_placeholders(tr(key), args); }

void line(const std::string& text, const std::string& id, const ImVec4* color = nullptr) {
    ui::text_item(text.c_str(), id.c_str(), color);
}

void draw_verdict(const Deal& deal, const ReadinessVerdict& verdict, const Moment& at) {
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.6f);
    line(verdict_text(deal, verdict), "verdict", verdict.ready ? &ui::kGood : &ui::kDanger);
    ImGui::PopFont();
    ImGui::TextDisabled("%s", say("overview.as_of", {format_date(at)}).c_str());

    ImGui::SeparatorText(tr("overview.blockers"));
    if (verdict.blockers.empty()) ImGui::TextUnformatted(tr("overview.no_blockers"));
    for (size_t i = 0; i < verdict.blockers.size(); ++i) {
        ImGui::Bullet();
        line(blocker_text(deal, verdict.blockers[i], at), "blocker:" + std::to_string(i));
    }
}

void draw_coverage(const Deal& deal, const ReadinessVerdict& verdict) {
    ImGui::SeparatorText(tr("overview.coverage"));
    const std::vector<VendorCoverage> rows = compare_vendors(deal);
    auto row = std::find_if(rows.begin(), rows.end(), [&](const VendorCoverage& c) { return c.vendor == verdict.vendor; });
    if (row == rows.end()) {
        ImGui::TextUnformatted(tr("overview.no_vendor"));
        return;
    }
    const ImVec4 color = verdict.ready ? ui::kGood : row->coverage >= 0.75 ? ui::kWarning : ui::kDanger;
    ui::coverage_gauge(float(row->coverage), ImGui::GetFontSize() * 4.0f, color);
    line(row->name.empty() ? row->vendor : row->name, "coverage_vendor");
    line(say("overview.must_verified", {std::to_string(row->must_verified), std::to_string(row->must_total)}),
         "coverage_must_verified");
}

void draw_flags(const Deal& deal, const Moment& at) {
    ImGui::SeparatorText(tr("overview.flags"));
    const std::vector<RedFlag> flags = find_red_flags(deal, at);
    if (flags.empty()) ImGui::TextUnformatted(tr("overview.no_flags"));
    for (const RedFlag& flag : flags) {
        ImGui::PushID(&flag);
        const ImVec4 color = ui::severity_color(flag.severity);
        ImGui::TextColored(color, "%s", say("overview.severity_tag", {enum_label(flag.severity)}).c_str());
        ImGui::SameLine();
        const std::string subject = flag_subject(deal, flag);
        line(flag_title(flag) + (subject.empty() ? "" : ": " + subject), "flag:" + flag.code + ":" + flag.subject);
        ImGui::Indent();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", flag_why(flag).c_str());
        ImGui::PopStyleColor();
        ImGui::Unindent();
        ImGui::PopID();
    }
}

std::string promise_timing(const Question& q, const Moment& at) {
    const int64_t days = days_between(at, *q.promised_by);
    if (answer_overdue(q, at)) return say("overview.overdue_by", {std::to_string(std::max<int64_t>(1, -days))});
    return days <= 0 ? std::string(tr("overview.due_today")) : say("overview.due_in", {std::to_string(days)});
}

void draw_questions(const Deal& deal, const Moment& at) {
    ImGui::SeparatorText(tr("overview.next_questions"));
    const std::vector<const Question*> next = next_questions(deal, at);
    if (next.empty()) ImGui::TextUnformatted(tr("overview.no_questions"));
    for (const Question* q : next) {
        std::string text = q->text + " · " + enum_label(q->status);
        const int raised = times_raised(*q, at);
        if (raised >= 2) text += " · " + say("overview.raised_times", {std::to_string(raised)});
        const bool overdue = answer_overdue(*q, at);
        if (q->promised_by) text += " · " + promise_timing(*q, at);
        ImGui::Bullet();
        line(text, "next_question:" + q->id, overdue ? &ui::kDanger : nullptr);
    }

    ImGui::SeparatorText(tr("overview.promises"));
    const std::vector<const Question*> due = promises_due(deal, at, 7);
    if (due.empty()) ImGui::TextUnformatted(tr("overview.no_promises"));
    for (const Question* q : due) {
        std::string text = format_date(*q->promised_by) + " · " + q->text + " · " + promise_timing(*q, at);
        if (!q->promised_by_whom.empty()) text += " · " + say("overview.promised_by", {person_name(deal, q->promised_by_whom)});
        ImGui::Bullet();
        line(text, "promise:" + q->id, answer_overdue(*q, at) ? &ui::kDanger : &ui::kWarning);
    }
}

} // namespace

void draw_overview_tab(App& app, Deal& deal) {
    const Moment at = judged_at(app);
    const ReadinessVerdict verdict = assess_readiness(deal, at);
    if (ImGui::BeginTable("##overview", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableSetupColumn("##left", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("##right", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableNextColumn();
        draw_verdict(deal, verdict, at);
        draw_coverage(deal, verdict);
        draw_questions(deal, at);
        ImGui::TableNextColumn();
        draw_flags(deal, at);
        ImGui::EndTable();
    }
}

} // namespace setright::app
