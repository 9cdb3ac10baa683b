// moment.hpp — points in time as Setright stores them.
//
// A Moment is either a calendar date ("2019-10-16") or a date with a time of
// day in UTC ("2019-10-16T14:30Z"). Offsets such as "+03:00" are accepted on
// input and converted to UTC; output is always one of the two canonical forms,
// so exporting the same workspace twice gives the same bytes.
// Dates that do not exist (2019-02-30) are refused, never normalised.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace setright {

struct Moment {
    int64_t minutes = 0;   // minutes since 1970-01-01T00:00Z
    bool has_time = false; // false: a whole day (minutes is that day's 00:00Z)

    friend bool operator==(const Moment& a, const Moment& b) { return a.minutes == b.minutes && a.has_time == b.has_time; }
    friend bool operator!=(const Moment& a, const Moment& b) { return !(a == b); }
    // Ordering compares the instant only; a date sorts at its midnight.
    friend bool operator<(const Moment& a, const Moment& b) { return a.minutes < b.minutes; }
};

// Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM", "YYYY-MM-DDTHH:MM:SS" with an
// optional fractional part and "Z" or "±HH:MM". Returns nullopt on anything else.
std::optional<Moment> parse_moment(std::string_view text);
std::string format_moment(const Moment& m);

Moment make_date(int year, int month, int day);
int64_t days_from_civil(int year, int month, int day);
void civil_from_days(int64_t days, int& year, int& month, int& day);

// Hours between two moments (b - a), as a real number.
double hours_between(const Moment& a, const Moment& b);
// Whole days between the dates of two moments (b - a).
int64_t days_between(const Moment& a, const Moment& b);
// End of the day a moment names: a date-only deadline is met until 23:59 that day.
int64_t deadline_minutes(const Moment& m);

} // namespace setright
