// format.hpp — dates and numbers as each language writes them.
//   en  21 Dec 2019   1,234.5    ko  2019. 12. 21.   1,234.5
//   nb  21.12.2019    1 234,5    ru  21.12.2019      1 234,5
// Groups are separated by a no-break space (U+00A0) in nb and ru, which the
// loaded fonts have.
#pragma once

#include "logic/i18n.hpp"

#include "core/model/moment.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace setright::app {

std::string format_date(const Moment& m, Language language);
std::string format_date(const Moment& m); // current language
// Date and, when the moment has one, the time of day (UTC).
std::string format_moment_local(const Moment& m, Language language);
std::string format_number(double value, int decimals, Language language);
std::string format_number(double value, int decimals = 0);
std::string format_percent(double share, int decimals = 0); // 0.571 -> "57%" / "57 %"
// A wait in hours as people read it: "36 h" under two days, "25.0 d" from
// there, with the decimals asked for each.
std::string format_wait(double hours, int hour_decimals, int day_decimals);
// Whether `text` holds `needle`, ignoring the case of ASCII letters (other
// scripts match exactly): the tables' filters.
bool contains_ignoring_case(const std::string& text, const std::string& needle);
std::string format_money(double value, const std::string& currency, int decimals = 0);
// A size in bytes as people read it, in units of 1024: "64 MB", "1.2 GB",
// "830 bytes"; with `exact`, the byte count follows: "1.2 GB (1,288,490,189 bytes)".
std::string format_size(uint64_t bytes, bool exact, Language language);
std::string format_size(uint64_t bytes, bool exact); // current language

} // namespace setright::app
