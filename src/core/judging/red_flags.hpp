// red_flags.hpp — the warning signs the SMS vendor case teaches.
//
// Each flag has a stable code, a fixed severity per code, the item concerned
// (typed: ids are unique only within their list) and its sentence with the
// item's text and the numbers (words.hpp says it in the reader's language). Only what happened up to `at` counts:
// touches, question events, dated evidence and questions asked after `at` are
// ignored; a date-only `at` means the end of that day. Claim statuses are
// taken as they are now. Rules and thresholds: docs/formulas.md.
#pragma once

#include "core/model/model.hpp"
#include "core/model/subject.hpp"
#include "core/words/words.hpp"

#include <string>
#include <vector>

namespace setright {

struct RedFlag {
    std::string code;
    Severity severity = Severity::Warning;
    Subject subject; // the requirement, question, touch or vendor concerned, or the deal
    Sentence says;   // "flag.<code>.says" or a variant of it, with its facts
};

// The thresholds the rules use.
constexpr int kOfferPressureDays = 30;    // offers expiring within this many days push signing
constexpr int kContactTurnoverPeople = 3; // distinct vendor-side people that count as turnover
constexpr double kDefaultExpectedResponseHours = 24;
constexpr int kPlanTooLongItems = 30;         // more open items than this is too long
constexpr int kImplementationWindowDays = 14; // implementation should start within this after the contract

// On how many different days (UTC) up to `at` a question was asked, raised
// again or tabled: what "tabled again" counts. `first` gets the earliest.
int times_raised(const Question& question, const Moment& at, std::optional<Moment>* first = nullptr);

// In a fixed order: by code (the order of red_flag_codes()), then by item order in the deal.
std::vector<RedFlag> find_red_flags(const Deal& deal, const Moment& at);

// Every code find_red_flags can return, in the order it reports them.
const std::vector<std::string>& red_flag_codes();
Severity red_flag_severity(const std::string& code); // Info for an unknown code

} // namespace setright
