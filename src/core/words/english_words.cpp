// english_words.cpp — the core's English tables (words.hpp). The app's
// assets/i18n/report.tsv and flags.tsv hold the same keys in four languages;
// tests keep the English and the placeholders equal.
#include "core/words/words.hpp"

namespace setright {

const std::vector<EnglishWords>& report_english() {
    static const std::vector<EnglishWords> table = {
            {"report.title", "Setright report: {1}"},
            {"report.title_many", "Setright report: {1} {1:deal|deals}"},
            {"report.judged_as_of", "Judged as of {1}."},
            {"report.stage_line", "Stage: {1} · seen by: {2}"},
            {"report.none", "None."},
            {"report.requirements", "Requirements"},
            {"report.col_deal", "Deal"},
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
            // A requirements sheet read (sheet_requirements.hpp)
            {"sheet.no_text_column", "No column holds the requirements' text: name one Requirement, or map one to text"},
            {"sheet.no_text", "{1}: a requirement needs its text (other cells of the row are filled)"},
            {"sheet.bad_priority", "{1}: “{2}” is not a priority: write Must, Should or Nice to have"},
            {"sheet.bad_weight", "{1}: “{2}” is not a weight: write a number above 0, such as 1 or 2.5"},
            {"sheet.bad_date", "{1}: “{2}” is not a date: write it as 2026-12-17"},
            {"sheet.bad_claim", "{1}: “{2}” is not an answer Setright reads: write Yes, No or Partly"},
            {"sheet.no_vendor", "{1}: the sheet holds a vendor's answers, but the deal has no vendor chosen to give them to"},
            // The calendar (calendar_ics.hpp)
            {"calendar.name", "Setright: {1}"},
            {"calendar.name_many", "Setright: {1} {1:deal|deals}"},
            {"calendar.target_sign", "Target signing: {1}"},
            {"calendar.promised_answer", "Answer promised by {1}: {2}"},
            {"calendar.promised_answer_unnamed", "Answer promised: {1}"},
            {"calendar.offer_expires", "Offer from {1} expires"},
            {"calendar.offer_expires_unnamed", "An offer expires"},
            {"calendar.requirement_due", "Requirement due: {1}"},
            {"calendar.post_sale_due", "After signing, due: {1}"},
            {"calendar.deal", "Deal: {1}"},
            {"calendar.vendor", "Vendor: {1}"},
            {"calendar.owner", "Owner: {1}"},
            {"calendar.status", "Status: {1}"},
            {"calendar.stage", "Stage: {1}"},
            {"calendar.terms", "Terms: {1}"},
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
            // The follow-up draft to one vendor (follow_up.hpp)
            {"follow_up.subject", "{1}: open questions for {2}"},
            {"follow_up.greeting", "Hello,"},
            {"follow_up.intro", "Following up on “{1}”: this is what we are still waiting for from {2} as of {3}."},
            {"follow_up.questions", "Questions still waiting for an answer:"},
            {"follow_up.promised", "“{1}”: {2} promised an answer by {3}."},
            {"follow_up.overdue", "OVERDUE “{1}”: {2} promised an answer by {3}, {4} {4:day|days} ago."},
            {"follow_up.overdue_today", "OVERDUE “{1}”: {2} promised an answer by {3}."},
            {"follow_up.asked", "“{1}”: asked on {2}, no answer yet."},
            {"follow_up.unanswered", "“{1}”: no answer yet."},
            {"follow_up.claimed",
             "Must-haves so far only claimed; please send something that shows each (a demo, a document, a reference customer or a test "
             "account):"},
            {"follow_up.nothing", "Nothing is waiting: every question is answered and no must-have rests on a claim alone."},
            {"follow_up.closing", "Thank you."},
    };
    return table;
}

// Verdicts, blockers and red flags (readiness.hpp, red_flags.hpp). A flag
// has a title, why it matters, and what it says about this deal: its
// "says" sentence, or a variant of it the rule picks.
const std::vector<EnglishWords>& result_english() {
    static const std::vector<EnglishWords> table = {
            {"result.quoted", "“{1}”"},
            {"verdict.ready_with", "READY to sign with {1}"},
            {"verdict.not_ready_with", "NOT READY to sign with {1}"},
            {"verdict.nothing_no_vendor", "Nothing to judge yet: add the vendors you are considering"},
            {"verdict.nothing_vendor_not_chosen", "Nothing to judge yet: choose which vendor to judge"},
            {"verdict.nothing_no_must_have", "Nothing to judge yet for {1}: mark the requirements you cannot sign without as must-haves"},
            {"blocker.no_claim", "Must-have “{1}” has no claim from {2}"},
            {"blocker.no_claim_no_vendor", "Must-have “{1}” has no claim: no vendor is chosen to judge"},
            {"blocker.not_supported", "Must-have “{1}” is not supported by {2}"},
            {"blocker.not_verified", "Must-have “{1}” is only “{2}”, not verified"},
            {"blocker.verified_without_evidence",
             "Must-have “{1}” is marked verified, but no evidence answers it: it counts as only “{2}”"},
            {"blocker.overdue",
             "The answer to “{1}” (must-have “{2}”) was promised by {3}; {4} {4:day|days} later it is still not answered"},
            {"blocker.overdue_today", "The answer to “{1}” (must-have “{2}”) was promised by {3} and is still not answered"},
            {"flag.must_have_only_claimed.title", "Must-have only claimed"},
            {"flag.must_have_only_claimed.why", "Said in a call or an email is not shown or verified. Ask for a demo of this exact point, "
                                                "a sandbox test or a contract clause."},
            {"flag.must_have_only_claimed.says",
             "Must-have “{1}” is only claimed by {2}: nothing demonstrated, no evidence that answers it"},
            {"flag.must_have_only_claimed.marked_verified",
             "Must-have “{1}” is only claimed by {2}: it is marked verified, but there is no evidence at all"},
            {"flag.question_tabled_again.title", "Question tabled again"},
            {"flag.question_tabled_again.why", "Raised two or more times without an answer. A vendor who keeps postponing a question "
                                               "usually has an answer you will not like."},
            {"flag.question_tabled_again.says", "“{1}” raised {2} {2:time|times} since {3}, no answer"},
            {"flag.promised_answer_overdue.title", "Promised answer overdue"},
            {"flag.promised_answer_overdue.why",
             "The date the answer was promised for has passed. Hold the vendor to it before anything is signed."},
            {"flag.promised_answer_overdue.says",
             "The answer to “{1}” was promised by {2}{3}; {4} {4:day|days} later it is still not answered"},
            {"flag.promised_answer_overdue.today", "The answer to “{1}” was promised by {2}{3} and is still not answered"},
            {"flag.reference_does_not_answer.title", "Reference does not answer the question"},
            {"flag.reference_does_not_answer.why",
             "A reference customer who does not use this exact feature confirms nothing about it. Ask for one who does."},
            {"flag.reference_does_not_answer.says", "The reference offered by {1} for “{2}”{3} does not answer the requirement"},
            {"flag.offer_expiring_unverified.title", "Offer expiring while must-haves are unverified"},
            {"flag.offer_expiring_unverified.why",
             "A deadline discount pushes you to sign before you know. A good vendor will hold the price for the time it takes to verify."},
            {"flag.offer_expiring_unverified.says",
             "Offer “{1}” expires {2} (in {3} {3:day|days}) while {4} {4:must-have is|must-haves are} not verified"},
            {"flag.offer_expiring_unverified.today",
             "Offer “{1}” expires {2} (today) while {3} {3:must-have is|must-haves are} not verified"},
            {"flag.vendor_contact_turnover.title", "Vendor contact turnover"},
            {"flag.vendor_contact_turnover.why",
             "Three or more people have spoken for the vendor. Promises get lost between them: get the important ones in writing."},
            {"flag.vendor_contact_turnover.says", "{1} different people have spoken for {2}: {3}"},
            {"flag.slow_first_response.title", "Slow first response"},
            {"flag.slow_first_response.why", "The vendor took longer to answer the first request than the deal expects. How they answer "
                                             "before the sale is the best case of how they will answer after."},
            {"flag.slow_first_response.says", "{1} took {2} {2:hour|hours} to reply to the first request of {3} (expected within {4})"},
            {"flag.slow_first_response.no_reply",
             "{1} has not replied to the first request of {2} in {3} {3:hour|hours} (expected within {4})"},
            {"flag.plan_too_long.title", "Plan too long"},
            {"flag.plan_too_long.why", "More than 30 open items is more than anyone follows up. Cut it to what decides the deal."},
            {"flag.plan_too_long.says", "The plan has {1} open {1:item|items} ({2} unanswered {2:question|questions}, {3} "
                                        "{3:requirement|requirements} not verified, {4} "
                                        "post-sale {4:task|tasks} not done); more than {5} is more than anyone follows up"},
            {"flag.no_no_decision_option.title", "No “no decision” option"},
            {"flag.no_no_decision_option.why", "Keeping what you have is the choice buyers most often make. Add it and compare honestly."},
            {"flag.no_no_decision_option.says",
             "No option says “no decision / keep what we have”, the choice buyers most often make; add it and compare honestly"},
            {"flag.implementation_deferred.title", "Signed with implementation deferred"},
            {"flag.implementation_deferred.why", "Implementation did not start within two weeks of the contract. Money is paid while "
                                                 "nothing is delivered: agree a start date in writing."},
            {"flag.implementation_deferred.says", "Contract signed {1}; implementation started {2} {2:day|days} later ({3})"},
            {"flag.implementation_deferred.not_started", "Contract signed {1}; {2} {2:day|days} later implementation has not started"},
    };
    return table;
}

} // namespace setright
