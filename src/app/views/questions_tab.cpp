// questions_tab.cpp — see questions_tab.hpp. The vendor-question tracker: one
// row per question with its status, age, promised-by date (red once
// overdue) and how often it was raised; one click records "answered",
// "promised by …" or "tabled again" at the as-of date. The selected question
// is edited below the table.
#include "questions_tab.hpp"

#include "logic/app_state.hpp"
#include "logic/enum_labels.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "logic/question_actions.hpp"
#include "logic/question_queue.hpp"
#include "ui/editors.hpp"
#include "ui/find_index.hpp"
#include "ui/item_registry.hpp"
#include "ui/table_columns.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "views/question_detail.hpp"
#include "views/rows_cache.hpp"
#include "views/table_sort.hpp"

#include "core/judging/readiness.hpp"
#include "core/judging/red_flags.hpp"
#include "core/model/deal_lookup.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace setright::app {
namespace {

// One table row: the facts shown and sorted on (visible_rows says when they are computed).
struct QuestionRow {
    Question* question = nullptr;
    int status = 0;
    int age = 0;
    int64_t promised = INT64_MAX;
    int raised = 0;
    bool awaiting = false;
    bool overdue = false;
};

enum Column { kText, kStatus, kAsked, kAge, kPromised, kRaised, kActions, kColumnCount };

std::vector<QuestionRow> build_rows(Deal& deal, const QuestionsView& view, const Moment& at) {
    std::vector<QuestionRow> rows;
    rows.reserve(deal.questions.size());
    for (Question& q : deal.questions) {
        QuestionRow row;
        row.question = &q;
        row.awaiting = awaiting_answer(q, at);
        if (!view.show_closed && !row.awaiting) continue;
        if (!contains_ignoring_case(q.text, view.filter) && !contains_ignoring_case(q.answer, view.filter)) continue;
        row.status = int(q.status);
        row.age = age_days(q, at);
        row.promised = q.promised_by ? q.promised_by->minutes : INT64_MAX;
        row.raised = times_raised(q, at);
        row.overdue = answer_overdue(q, at);
        rows.push_back(row);
    }
    ui::sort_rows(rows, [](const QuestionRow& a, const QuestionRow& b, int column) {
        switch (column) {
        case kText: return a.question->text.compare(b.question->text);
        case kStatus: return ui::three_way(a.status, b.status);
        case kAsked:
        case kAge: return ui::three_way(b.age, a.age);
        case kPromised: return ui::three_way(a.promised, b.promised);
        case kRaised: return ui::three_way(a.raised, b.raised);
        default: return 0;
        }
    });
    return rows;
}

ui::RowsCache<QuestionRow>& rows_cache() {
    static ui::RowsCache<QuestionRow> cache;
    return cache;
}

const std::vector<QuestionRow>& visible_rows(const App& app, Deal& deal, const QuestionsView& view, const Moment& at) {
    return rows_cache().rows(
            {app.changes, deal.questions.data(), deal.questions.size(), at.minutes, view.filter + (view.show_closed ? "\n1" : "\n0"), {}},
            [&] { return build_rows(deal, view, at); });
}

void draw_toolbar(App& app, Deal& deal, QuestionsView& view) {
    // Narrow: each control on a line of its own, as wide as the content.
    const bool narrow = ui::stacks(ImGui::GetContentRegionAvail().x);
    const float em = ImGui::GetFontSize();
    const std::vector<std::string> texts =
            ui::add_field("new_question", "add_question", view.draft, tr("questions.new_hint"), tr("questions.add"),
                          narrow ? ui::width_before_button(tr("questions.add")) : em * 24.0f);
    for (const std::string& text : texts) {
        Question& q = add_question(deal, text, judged_at(app));
        q.modified = now_moment();
        view.selected = q.id;
    }
    if (!texts.empty()) note_change(app, "add question");
    if (!narrow) ImGui::SameLine();
    ImGui::SetNextItemWidth(narrow ? -FLT_MIN : em * 10.0f);
    ui::input_string("", "question_filter", view.filter, tr("questions.filter_hint"));
    if (!narrow) {
        // Beside the filter when it fits there (long words wrap it below).
        const ImGuiStyle& style = ImGui::GetStyle();
        const float check = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(tr("questions.show_closed")).x;
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < check) ImGui::NewLine();
    }
    ui::checkbox(tr("questions.show_closed"), "show_closed", &view.show_closed);
}

std::string promised_text(const Deal& deal, const Question& q, bool overdue) {
    if (!q.promised_by) return {};
    std::string text = format_date(*q.promised_by);
    if (!q.promised_by_whom.empty()) text += " · " + person_name(deal, q.promised_by_whom);
    if (overdue) text += " · " + std::string(tr("questions.overdue"));
    return text;
}

void open_promise(App& app, QuestionsView& view, const Question& q) {
    view.promising = q.id;
    // A week from the as-of day unless a date was promised before.
    const int64_t week_later = days_between(Moment{}, judged_at(app)) + 7;
    view.promise_date = q.promised_by ? *q.promised_by : Moment{week_later * 24 * 60, false};
    view.promise_whom = q.promised_by_whom;
    view.open_promise = true;
}

// What the three buttons of draw_actions take side by side.
float actions_width() { return ui::buttons_width({tr("questions.answered"), tr("questions.promise"), tr("questions.tabled")}); }

// The three answers to "what happened?", side by side; `wrap`: on as many
// lines as they need (a phone) instead of one.
void draw_actions(App& app, QuestionsView& view, const QuestionRow& row, bool wrap = false) {
    if (!row.awaiting) return;
    Question& q = *row.question;
    auto next = [&](const char* text) {
        if (wrap)
            ui::same_line_if_fits(text);
        else
            ImGui::SameLine();
    };
    if (ui::button(tr("questions.answered"), "answered:" + q.id)) {
        mark_answered(q, judged_at(app));
        q.modified = now_moment();
        note_change(app, "answered");
    }
    next(tr("questions.promise"));
    if (ui::button(tr("questions.promise"), "promise:" + q.id)) open_promise(app, view, q);
    next(tr("questions.tabled"));
    if (ui::button(tr("questions.tabled"), "tabled:" + q.id)) {
        mark_tabled_again(q, judged_at(app));
        q.modified = now_moment();
        note_change(app, "tabled again");
    }
}

void draw_row(App& app, const Deal& deal, QuestionsView& view, const QuestionRow& row) {
    const Question& q = *row.question;
    ImGui::TableNextRow(ImGuiTableRowFlags_None, ImGui::GetFrameHeight());
    ui::push_id(q.id);
    ImGui::TableSetColumnIndex(kText);
    const ImVec4* color = row.overdue ? &ui::critical() : nullptr;
    if (ui::row(q.text, "question:" + q.id, view.selected == q.id, color)) view.selected = q.id;
    // Cells longer than their column end in "…" (the whole text a hover away).
    ImGui::TableSetColumnIndex(kStatus);
    ImGui::AlignTextToFramePadding();
    ui::text_ellipsis(enum_label(q.status));
    ImGui::TableSetColumnIndex(kAsked);
    ImGui::AlignTextToFramePadding();
    if (q.asked_at) ui::text_ellipsis(format_date(*q.asked_at));
    ImGui::TableSetColumnIndex(kAge);
    ImGui::AlignTextToFramePadding();
    if (q.asked_at) ui::text_ellipsis(tr_fill("questions.age_days", {std::to_string(row.age)}));
    ImGui::TableSetColumnIndex(kPromised);
    ImGui::AlignTextToFramePadding();
    if (row.overdue) ImGui::PushStyleColor(ImGuiCol_Text, ui::critical());
    ui::text_ellipsis(promised_text(deal, q, row.overdue));
    if (row.overdue) ImGui::PopStyleColor();
    ImGui::TableSetColumnIndex(kRaised);
    ImGui::AlignTextToFramePadding();
    if (row.raised >= 2)
        ui::text_colored(ui::warning(), std::to_string(row.raised));
    else
        ui::text(std::to_string(row.raised));
    ImGui::TableSetColumnIndex(kActions);
    draw_actions(app, view, row);
    ImGui::PopID();
}

// A question on narrow content: its text on the first line (tapping it
// opens the question), what happened as buttons on the second, its facts
// (status, asked, promised, how often raised) muted on the third.
void draw_stacked_row(App& app, const Deal& deal, QuestionsView& view, const QuestionRow& row) {
    const Question& q = *row.question;
    ImGui::TableNextRow();
    ui::push_id(q.id);
    ImGui::TableSetColumnIndex(0);
    const ImVec4* color = row.overdue ? &ui::critical() : nullptr;
    if (ui::row(q.text, "question:" + q.id, view.selected == q.id, color)) view.selected = q.id;
    draw_actions(app, view, row, true);
    std::string facts = enum_label(q.status);
    if (q.asked_at)
        facts += " · " +
                 tr_fill("questions.asked_short", {format_date(*q.asked_at), tr_fill("questions.age_days", {std::to_string(row.age)})});
    const std::string promised = promised_text(deal, q, row.overdue);
    if (!promised.empty()) facts += " · " + tr_fill("questions.promised_short", {promised});
    if (row.raised >= 2) facts += " · " + tr_fill("overview.raised_times", {std::to_string(row.raised)});
    ImGui::PushStyleColor(ImGuiCol_Text, row.overdue ? ui::critical() : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ui::text_ellipsis(facts); // one line: every row the same height, so the clipper can skip those off screen
    ImGui::PopStyleColor();
    ImGui::PopID();
}

// The narrow list: one stacked row per question, growing with the tab
// (which scrolls as a whole on a phone).
void draw_stacked_list(App& app, const Deal& deal, QuestionsView& view, const std::vector<QuestionRow>& rows) {
    if (!ImGui::BeginTable("##questions_stacked", 1, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
    mark_data_table(tr("tab.questions"));
    ImGuiListClipper clipper; // thousands of questions cost what a screenful does
    clipper.Begin(int(rows.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_stacked_row(app, deal, view, rows[size_t(i)]);
    // The tab scrolls the list: its rows are findable in the tab's window.
    ui::findable_rows(
            rows_cache().generation(), int(rows.size()), float(clipper.StartPosY), clipper.ItemsHeight,
            [&](int i) { return rows[size_t(i)].question->text; }, ImGui::GetFrameHeight());
    ImGui::EndTable();
}

void draw_promise_popup(App& app, Deal& deal, QuestionsView& view) {
    if (view.open_promise) ImGui::OpenPopup("promise_popup");
    view.open_promise = false;
    // On a phone as wide as the screen and in its middle, its fields under their labels.
    if (ui::current_layout() == LayoutMode::Phone) {
        const ImVec2 screen = ImGui::GetIO().DisplaySize;
        ImGui::SetNextWindowSize(ImVec2(screen.x - ui::space(8), 0.0f), ImGuiCond_Always);
        ImGui::SetNextWindowPos(ImVec2(screen.x * 0.5f, screen.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    }
    if (!ImGui::BeginPopup("promise_popup")) return;
    ui::text(tr("questions.promise_title"));
    ui::date_field(tr("questions.promise_date"), "promise_date", view.promise_date, ImGui::GetFontSize() * 9.0f);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
    ui::input_string(tr("questions.promise_whom"), "promise_whom", view.promise_whom);
    ImGui::BeginDisabled(!view.promise_date);
    if (ui::button(tr("questions.save"), "promise_ok")) {
        for (Question& q : deal.questions) {
            if (q.id != view.promising) continue;
            mark_promised(q, judged_at(app), *view.promise_date, view.promise_whom);
            q.modified = now_moment();
            note_change(app, "promised");
        }
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ui::button(tr("questions.cancel"), "promise_cancel")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// The status, dates, counts and the three buttons exactly as wide as their
// widest value; where the tab is narrow the age, the day asked and how often
// raised give way, in that order (the detail below shows them all), before
// the question has less than about 40 letters' room: at 1280 px it had 16
// Korean syllables and "…" beside two empty date columns.
void setup_columns(float width) {
    const float em = ImGui::GetFontSize();
    const std::string date = format_date(Moment{days_from_civil(2026, 12, 28) * 24 * 60, false});
    ui::setup_columns(
            {
                    {tr("questions.col_question"), "sort_text", 0.0f, 3.0f, 22.0f * em},
                    {tr("questions.col_status"), "sort_status", ui::text_width(enum_labels<QuestionStatus>())},
                    {tr("questions.col_asked"), "sort_asked", ui::text_width({date}), 0.0f, 0.0f, 2},
                    {tr("questions.col_age"), "sort_age", ui::text_width({tr_fill("questions.age_days", {"999"})}), 0.0f, 0.0f, 3},
                    {tr("questions.col_promised"), "sort_promised", 0.0f, 1.5f, 8.0f * em},
                    {tr("questions.col_raised"), "sort_raised", ui::text_width({"99"}), 0.0f, 0.0f, 1},
                    {tr("questions.col_actions"), "actions", actions_width(), 0.0f, 0.0f, 0, ImGuiTableColumnFlags_NoSort},
            },
            width);
}

} // namespace

void draw_questions_tab(App& app, Deal& deal, QuestionsView& view) {
    const Moment at = judged_at(app);
    if (ui::stacks(ImGui::GetContentRegionAvail().x)) {
        // Narrow: the list, or one question as a screen of its own.
        if (!view.selected.empty() &&
            std::any_of(deal.questions.begin(), deal.questions.end(), [&](const Question& q) { return q.id == view.selected; })) {
            if (ui::back_button(tr("tab.questions"), "questions_back")) view.selected.clear();
            draw_question_detail(app, deal, view.selected);
            return;
        }
        draw_toolbar(app, deal, view);
        if (deal.questions.empty()) {
            ui::text_wrapped(tr("questions.none"));
            return;
        }
        const std::vector<QuestionRow>& rows = visible_rows(app, deal, view, at);
        ui::text_disabled(tr_fill("questions.count", {std::to_string(rows.size()), std::to_string(deal.questions.size())}));
        draw_stacked_list(app, deal, view, rows);
        draw_promise_popup(app, deal, view);
        return;
    }
    draw_toolbar(app, deal, view);
    std::size_t shown = 0;

    const float detail_height = view.selected.empty() ? ImGui::GetFrameHeightWithSpacing() * 2 : ImGui::GetFrameHeightWithSpacing() * 9.5f;
    const ImVec2 table_size(0.0f, std::max(ImGui::GetFrameHeight() * 4, ImGui::GetContentRegionAvail().y - detail_height));
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti | ImGuiTableFlags_SortTristate |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    // Unsorted until a header is clicked (tristate): the order the questions were written in.
    if (ImGui::BeginTable("##questions", kColumnCount, flags, table_size)) {
        mark_data_table(tr("tab.questions"));
        ImGui::TableSetupScrollFreeze(0, 1);
        setup_columns(ImGui::GetContentRegionAvail().x);
        ui::table_headers();
        const std::vector<QuestionRow>& rows = visible_rows(app, deal, view, at);
        shown = rows.size();
        ImGuiListClipper clipper;
        clipper.Begin(int(rows.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_row(app, deal, view, rows[size_t(i)]);
        ui::findable_rows(rows_cache().generation(), int(rows.size()), float(clipper.StartPosY), clipper.ItemsHeight,
                          [&](int i) { return rows[size_t(i)].question->text; });
        ImGui::EndTable();
    }
    draw_promise_popup(app, deal, view);

    if (deal.questions.empty()) {
        ui::text_wrapped(tr("questions.none"));
        return;
    }
    ui::text_disabled(tr_fill("questions.count", {std::to_string(shown), std::to_string(deal.questions.size())}));
    draw_question_detail(app, deal, view.selected);
}

} // namespace setright::app
