// red_flags.hpp — the warning signs the SMS vendor case teaches.
//
// Each flag has a stable code (the app translates by code), a fixed severity
// per code, the id of the item concerned and a plain-English explanation with
// the item's text and the numbers. Only what happened up to `at` counts:
// touches, question events, dated evidence and questions asked after `at` are
// ignored; a date-only `at` means the end of that day. Claim statuses are
// taken as they are now. Rules and thresholds: docs/formulas.md.
#pragma once

#include "model.hpp"

#include <string>
#include <vector>

namespace setright {

struct RedFlag {
    std::string code;
    Severity severity = Severity::Warning;
    std::string subject;     // id of the requirement/question/touch/vendor concerned, or empty
    std::string explanation; // plain English
};

// The thresholds the rules use.
constexpr int kOfferPressureDays = 30;            // offers expiring within this many days push signing
constexpr int kContactTurnoverPeople = 3;         // distinct vendor-side people that count as turnover
constexpr double kDefaultExpectedResponseHours = 24;
constexpr int kPlanTooLongItems = 30;             // more open items than this is too long
constexpr int kImplementationWindowDays = 14;     // implementation should start within this after the contract

// On how many different days (UTC) up to `at` a question was asked, raised
// again or tabled: what "tabled again" counts. `first` gets the earliest.
int times_raised(const Question& question, const Moment& at, std::optional<Moment>* first = nullptr);

// In a fixed order: by code (the order of red_flag_codes()), then by item order in the deal.
std::vector<RedFlag> find_red_flags(const Deal& deal, const Moment& at);

// Every code find_red_flags can return, in the order it reports them.
const std::vector<std::string>& red_flag_codes();
Severity red_flag_severity(const std::string& code); // Info for an unknown code

} // namespace setright
