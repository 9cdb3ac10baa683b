// overview_tab.cpp — see overview_tab.hpp. What a buyer must see before
// signing: the verdict at the as-of date and every reason behind it, how much
// is covered, the red flags, and which questions and promises to chase; above
// them the deal's notes (a template's guidance), until the user hides them.
#include "overview_tab.hpp"

#include "logic/app_state.hpp"
#include "logic/enum_labels.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "logic/local_words.hpp"
#include "logic/persistence.hpp"
#include "logic/question_queue.hpp"
#include "logic/view_state.hpp"
#include "ui/panes.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "views/coverage_gauge.hpp"
#include "views/vendor_standings_view.hpp"

#include "core/judging/coverage.hpp"
#include "core/judging/readiness.hpp"
#include "core/judging/red_flags.hpp"
#include "core/model/deal_lookup.hpp"
#include "core/words/verdict_words.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace setright::app {
namespace {

void line(const std::string& text, const std::string& id, const ImVec4* color = nullptr) { ui::text_item(text, id, color); }

// A line about one requirement, question or touch: a click opens it.
void link(DealView& view, const Subject& subject, const std::string& text, const std::string& id, const ImVec4* color = nullptr) {
    if (ui::link_item(text, id, color)) open_subject(view, subject);
}

constexpr size_t kBlockersAtMost = 25;

void draw_verdict(const Deal& deal, DealView& view, const ReadinessVerdict& verdict, const Moment& at) {
    const LocalWords words;
    // Nothing judged yet is neither green nor red: it says what to add.
    const ImVec4* color = verdict.missing != NothingToJudge::None ? &ui::info() : verdict.ready ? &ui::good() : &ui::critical();
    {
        ui::TextSizeScope size(ui::TextSize::Verdict);
        line(verdict_words(deal, verdict, words), "verdict", color);
    }
    line(tr_fill("overview.as_of", {format_date(at)}), "verdict_as_of", &ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);

    ui::separator_text(tr("overview.blockers"));
    if (verdict.blockers.empty()) ui::text(tr("overview.no_blockers"));
    // Every blocker up to a screenful; past that, how many more (the
    // Requirements tab filtered to must-haves lists them all).
    const size_t listed = std::min(verdict.blockers.size(), kBlockersAtMost);
    for (size_t i = 0; i < listed; ++i) {
        ImGui::Bullet();
        link(view, verdict.blockers[i].subject, words.say(verdict.blockers[i].says), "blocker:" + std::to_string(i));
    }
    if (verdict.blockers.size() > listed)
        ui::text_disabled(tr_fill("overview.more_blockers", {std::to_string(verdict.blockers.size() - listed)}));
}

void draw_coverage(DealView& view, const std::vector<VendorCoverage>& rows, const ReadinessVerdict& verdict) {
    auto row = std::find_if(rows.begin(), rows.end(), [&](const VendorCoverage& c) { return c.vendor == verdict.vendor; });
    ui::separator_text(tr("overview.coverage"));
    if (row == rows.end()) {
        // No vendor: say so, and the way to the tab that fills it.
        ui::text_wrapped(tr("overview.no_vendor"));
        if (ui::button(tr("overview.add_vendor"), "overview_add_vendor")) view.open_tab = "tab_vendors";
        return;
    }
    const ImVec4 color = verdict.ready ? ui::good() : row->coverage >= 0.75 ? ui::warning() : ui::critical();
    ui::coverage_gauge(float(row->coverage), ImGui::GetFontSize() * 4.0f, color);
    line(row->name.empty() ? row->vendor : row->name, "coverage_vendor");
    line(tr_fill("overview.must_verified", {std::to_string(row->must_verified), std::to_string(row->must_total)}),
         "coverage_must_verified");
}

void draw_flags(const Deal& deal, DealView& view, const std::vector<RedFlag>& flags) {
    const LocalWords words;
    ui::separator_text(tr("overview.flags"));
    if (flags.empty()) ui::text(tr("overview.no_flags"));
    // Flags come grouped by code: past a few of one kind, say how many more.
    constexpr int kPerCode = 5;
    for (size_t i = 0, shown = 0; i < flags.size(); ++i) {
        const RedFlag& flag = flags[i];
        shown = i > 0 && flags[i - 1].code == flag.code ? shown + 1 : 1;
        if (shown > kPerCode) {
            size_t end = i;
            while (end < flags.size() && flags[end].code == flag.code) ++end;
            ui::text_disabled(tr_fill("overview.more_flags", {std::to_string(end - i)}));
            i = end - 1;
            continue;
        }
        ImGui::PushID(&flag);
        const ImVec4 color = ui::severity_color(flag.severity);
        ui::text_colored(color, tr_fill("overview.severity_tag", {enum_label(flag.severity)}));
        ImGui::SameLine();
        const std::string subject = subject_words(deal, flag.subject, words);
        link(view, flag.subject, flag_title(flag.code, words) + (subject.empty() ? "" : ": " + subject),
             "flag:" + flag.code + ":" + flag.subject.id);
        ImGui::Indent();
        link(view, flag.subject, words.say(flag.says), "flag_says:" + flag.code + ":" + flag.subject.id); // what it says about this deal
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ui::text_wrapped(flag_why(flag.code, words));
        ImGui::PopStyleColor();
        ImGui::Unindent();
        ImGui::PopID();
    }
}

std::string promise_timing(const Question& q, const Moment& at) {
    const int64_t days = days_between(at, *q.promised_by);
    // Written as every other number is ("2 600" in Russian), like the blockers' "прошло 2 600 дней" above.
    if (answer_overdue(q, at)) return tr_fill("overview.overdue_by", {format_number(double(std::max<int64_t>(1, -days)))});
    return days <= 0 ? std::string(tr("overview.due_today")) : tr_fill("overview.due_in", {format_number(double(days))});
}

// At most this many lines per list; the Questions tab has them all.
constexpr size_t kListedAtMost = 12;

void more_line(size_t total) {
    if (total > kListedAtMost) ui::text_disabled(tr_fill("overview.and_more", {std::to_string(total - kListedAtMost)}));
}

std::vector<const Question*> listed(const Deal& deal, const QuestionList& list) {
    std::vector<const Question*> out;
    for (size_t i : list)
        if (i < deal.questions.size() && out.size() < kListedAtMost) out.push_back(&deal.questions[i]);
    return out;
}

QuestionList positions(const Deal& deal, const std::vector<const Question*>& questions) {
    QuestionList out;
    for (const Question* q : questions) out.push_back(size_t(q - deal.questions.data()));
    return out;
}

void draw_questions(const Deal& deal, DealView& view, const Moment& at, const QuestionList& next, const QuestionList& due) {
    ui::separator_text(tr("overview.next_questions"));
    if (next.empty()) ui::text(tr("overview.no_questions"));
    for (const Question* q : listed(deal, next)) {
        std::string text = q->text + " · " + enum_label(q->status);
        const int raised = times_raised(*q, at);
        if (raised >= 2) text += " · " + tr_fill("overview.raised_times", {std::to_string(raised)});
        const bool overdue = answer_overdue(*q, at);
        if (q->promised_by) text += " · " + promise_timing(*q, at);
        ImGui::Bullet();
        link(view, Subject::question(q->id), text, "next_question:" + q->id, overdue ? &ui::critical() : nullptr);
    }
    more_line(next.size());

    ui::separator_text(tr("overview.promises"));
    if (due.empty()) ui::text(tr("overview.no_promises"));
    for (const Question* q : listed(deal, due)) {
        std::string text = format_date(*q->promised_by) + " · " + q->text + " · " + promise_timing(*q, at);
        if (!q->promised_by_whom.empty()) text += " · " + tr_fill("overview.promised_by", {person_name(deal, q->promised_by_whom)});
        ImGui::Bullet();
        link(view, Subject::question(q->id), text, "promise:" + q->id, answer_overdue(*q, at) ? &ui::critical() : &ui::warning());
    }
    more_line(due.size());
}

// Brings this deal's cached facts (view_state.hpp) up to the workspace and the date.
const OverviewFacts& facts_for(const App& app, const Deal& deal, const Moment& at, OverviewFacts& facts) {
    if (facts.changes == app.changes && facts.at == at.minutes) return facts;
    facts.changes = app.changes;
    facts.at = at.minutes;
    facts.verdict = assess_readiness(deal, at);
    facts.flags = find_red_flags(deal, at);
    facts.coverage = compare_vendors(deal);
    facts.standings = deal.vendors.size() >= 2 ? vendor_standings(deal, at, facts.coverage) : std::vector<VendorStanding>{};
    facts.next = positions(deal, next_questions(deal, at));
    facts.due = positions(deal, promises_due(deal, at, 7));
    return facts;
}

// The deal's notes: a template's guidance lives there. Folded to one button per deal when the user hides them (remembered
// in this browser, hidden_notes.hpp).
void draw_notes(App& app, const Deal& deal) {
    if (deal.notes.empty()) return;
    if (app.notes_hidden.count(deal.id)) {
        if (ui::button(tr("overview.notes_show"), "overview_notes_show")) set_notes_hidden(app, deal.id, false);
        return;
    }
    ui::separator_text(tr("overview.notes"));
    ui::text_item(deal.notes, "overview_notes", &ui::info());
    if (ui::button(tr("overview.notes_hide"), "overview_notes_hide")) set_notes_hidden(app, deal.id, true);
    ImGui::Spacing();
}

} // namespace

void draw_overview_tab(App& app, Deal& deal, OverviewFacts& cache) {
    const Moment at = judged_at(app);
    const OverviewFacts& facts = facts_for(app, deal, at, cache);
    const ReadinessVerdict& verdict = facts.verdict;
    // The verdict and what stands in its way first, on every size: it is what
    // the eye must land on. Narrow: one column, the notes after them. Wide:
    // the notes head the second pane, beside the verdict.
    ui::Panes panes("##overview", 2);
    DealView& view = deal_view(app, deal.id);
    draw_verdict(deal, view, verdict, at);
    if (!panes.side_by_side()) {
        draw_notes(app, deal);
        draw_flags(deal, view, facts.flags);
    }
    // Two vendors or more: all of them side by side, the judged one among them.
    if (facts.standings.empty())
        draw_coverage(view, facts.coverage, verdict);
    else
        draw_vendor_standings(app, deal, facts.standings);
    draw_questions(deal, view, at, facts.next, facts.due);
    if (!panes.side_by_side()) return;
    panes.next();
    draw_notes(app, deal);
    draw_flags(deal, view, facts.flags);
}

} // namespace setright::app
