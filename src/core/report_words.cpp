// report_words.cpp — see report_words.hpp.
#include "report_words.hpp"

#include "verdict_words.hpp"

namespace setright {

const std::vector<ProblemText>& report_phrases() {
    static const std::vector<ProblemText> phrases = {
        {"report.title", "Setright report: {1}"},
        {"report.judged_at_one", "Judged at {1}. 1 deal."},
        {"report.judged_at_many", "Judged at {1}. {2} deals."},
        {"report.deal_line", "Deal {1} · stage {2} · seen by the {3}"},
        {"report.ready_with", "READY to sign with {1}"},
        {"report.not_ready_with", "NOT READY to sign with {1}"},
        {"report.ready_no_vendor", "READY to sign (no vendor chosen: set the deal's primary vendor)"},
        {"report.not_ready_no_vendor", "NOT READY to sign (no vendor chosen: set the deal's primary vendor)"},
        {"report.none", "None."},
        {"report.requirements", "Requirements"},
        {"report.col_id", "Id"},
        {"report.col_requirement", "Requirement"},
        {"report.col_priority", "Priority"},
        {"report.col_weight", "Weight"},
        {"report.counts_as", "{1} (counts as {2})"},
        {"report.coverage", "Coverage"},
        {"report.col_vendor", "Vendor"},
        {"report.col_coverage", "Coverage"},
        {"report.col_must_covered", "Must-haves covered"},
        {"report.col_must_verified", "Must-haves verified"},
        {"report.n_of_m", "{1} of {2}"},
        {"report.open_questions", "Open questions"},
        {"report.col_question", "Question"},
        {"report.col_owner", "Owner"},
        {"report.col_promised_by", "Promised by"},
        {"report.col_status", "Status"},
        {"report.overdue", "(overdue)"},
        {"report.red_flags", "Red flags"},
        // The workshop debrief (case_room.hpp)
        {"room.title", "Workshop debrief: {1}"},
        {"room.participants", "Participants: {1}."},
        {"room.totals", "Flags spotted: {1} of {2}. Missed: {3}. False alarms: {4}. Decisions as in the key: {5} of {6}."},
        {"room.step", "Step {1} of {2}: {3}"},
        {"room.col_flag", "Flag"},
        {"room.col_marked", "Marked by"},
        {"room.expected_here", "(expected here)"},
        {"room.decisions", "Decisions: {1}"},
        {"room.key_decision", "The key: {1}"},
        {"room.debrief", "Debrief: {1}"},
        {"room.most_missed", "Most missed"},
        {"room.missed_by", "{1}: missed by {2} of {3}"},
        {"room.scores", "Participants"},
        {"room.col_participant", "Participant"},
        {"room.col_spotted", "Spotted"},
        {"room.col_missed", "Missed"},
        {"room.col_false_alarms", "False alarms"},
        {"room.col_decisions", "Decisions as in the key"},
        {"room.col_final", "Final decision"},
        {"room.no_decision", "none"},
    };
    return phrases;
}

std::string ReportWords::phrase(std::string_view key, const std::vector<std::string>& args) const {
    for (const ProblemText& p : report_phrases())
        if (key == p.code) return fill_placeholders(p.english, args);
    return std::string(key);
}

std::string ReportWords::enum_value(std::string_view, std::string_view name) const { return std::string(name); }
std::string ReportWords::date(const Moment& m) const { return format_moment(m); }
std::string ReportWords::percent(double share) const { return setright::percent(share); }
std::string ReportWords::flag(const RedFlag& flag) const { return flag.explanation; }
std::string ReportWords::flag_title(std::string_view code) const { return std::string(code); }
std::string ReportWords::blocker(const Blocker& blocker) const { return blocker.explanation; }

} // namespace setright
