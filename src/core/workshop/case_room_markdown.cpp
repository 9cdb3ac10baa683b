// case_room_markdown.cpp — room_markdown() (case_room.hpp): the debrief as
// Markdown, in the words given (English from the CLI, translated in the app).
#include "core/workshop/case_room.hpp"

#include "core/model/enum_names.hpp"
#include "core/reports/report_markdown.hpp"
#include "core/words/verdict_words.hpp"
#include "core/words/words.hpp"

namespace setright {

namespace {

std::string flag_label(const CaseKey& key, const Words& w, const std::string& code) {
    for (const CaseSign& s : key.signs)
        if (s.code == code) return s.label.empty() ? code : s.label;
    return flag_title(code, w);
}

std::string decision_name(const Words& w, std::optional<CaseDecision> d) {
    return d ? w.enum_value("case_decision", enum_name(*d)) : w.phrase("room.no_decision");
}

std::string md(const std::string& text) { return markdown_text(text); }

} // namespace

std::string room_markdown(const Deal& deal, const Room& room, const Words& w) {
    const CaseKey empty;
    const CaseKey& key = deal.case_key ? *deal.case_key : empty;
    const size_t n = room.participants.size();
    const std::string of_n = std::to_string(n);
    std::string out = "# " + md(w.phrase("room.title", {deal.title.empty() ? deal.id : deal.title})) + "\n\n";
    out += md(w.phrase("room.participants", {of_n})) + " ";
    out += md(w.phrase("room.totals", {std::to_string(room.spotted), std::to_string(room.spotted + room.missed),
                                       std::to_string(room.missed), std::to_string(room.false_alarms),
                                       std::to_string(room.decisions_matched), std::to_string(room.decisions_expected)})) +
           "\n\n";

    for (size_t i = 0; i < key.steps.size(); ++i) {
        const CaseStep& step = key.steps[i];
        const RoomStep& s = room.steps[i];
        out += "## " + md(w.phrase("room.step", {std::to_string(i + 1), std::to_string(key.steps.size()), step.title})) + "\n\n";
        out += "|" + std::string(" ") + md(w.phrase("room.col_flag")) + " | " + md(w.phrase("room.col_marked")) + " |\n|---|---|\n";
        for (size_t c = 0; c < room.codes.size(); ++c) {
            const bool expected_here = room.expected_step[c] == int(i);
            if (s.marked[c] == 0 && !expected_here) continue;
            out += "| " + md(flag_label(key, w, room.codes[c])) + (expected_here ? " " + md(w.phrase("room.expected_here")) : "") + " | " +
                   md(w.phrase("report.n_of_m", {std::to_string(s.marked[c]), of_n})) + " |\n";
        }
        std::string spread;
        for (size_t d = 0; d < kCaseDecisions; ++d)
            spread += decision_name(w, CaseDecision(d)) + " " + std::to_string(s.decisions[d]) + " · ";
        spread += decision_name(w, std::nullopt) + " " + std::to_string(s.undecided);
        out += "\n" + md(w.phrase("room.decisions", {spread}));
        if (step.expected_decision) out += " " + md(w.phrase("room.key_decision", {decision_name(w, step.expected_decision)}));
        out += "\n\n";
        if (!step.debrief.empty()) out += md(w.phrase("room.debrief", {step.debrief})) + "\n\n";
    }

    out += "## " + md(w.phrase("room.most_missed")) + "\n\n";
    if (room.most_missed.empty()) out += md(w.phrase("report.none")) + "\n\n";
    for (size_t c : room.most_missed)
        out += "- " + md(w.phrase("room.missed_by", {flag_label(key, w, room.codes[c]), std::to_string(room.missed_by[c]), of_n})) + "\n";
    if (!room.most_missed.empty()) out += "\n";

    out += "## " + md(w.phrase("room.scores")) + "\n\n";
    out += "| " + md(w.phrase("room.col_participant")) + " | " + md(w.phrase("room.col_spotted")) + " | " +
           md(w.phrase("room.col_missed")) + " | " + md(w.phrase("room.col_false_alarms")) + " | " + md(w.phrase("room.col_decisions")) +
           " | " + md(w.phrase("room.col_final")) + " |\n|---|---|---|---|---|---|\n";
    for (const AnswerScore& p : room.participants) {
        const std::string expected = std::to_string(p.expected_flags());
        out += "| " + md(p.participant) + " | " + md(w.phrase("report.n_of_m", {std::to_string(p.spotted.size()), expected})) + " | " +
               std::to_string(p.missed.size()) + " | " + std::to_string(p.false_alarms.size()) + " | " +
               md(w.phrase("report.n_of_m", {std::to_string(p.decisions_matched), std::to_string(p.decisions_expected)})) + " | " +
               md(decision_name(w, p.final_decision)) + " |\n";
    }
    return out;
}

} // namespace setright
