// calendar_month.hpp — the month a date picker shows: six weeks of days,
// starting on the weekday each language's calendars start on (Monday in
// Norway and Russia, Sunday in Korea and the United States).
#pragma once

#include "logic/i18n.hpp"

#include <cstdint>

namespace setright::app {

struct CalendarMonth {
    int year = 1970;
    int month = 1;                    // 1..12
    int64_t first_cell = 0;           // days since 1970-01-01 of the top-left cell (may be in the month before)
    int first_weekday = 0;            // the weekday of the first column, 0 = Monday
    static constexpr int kCells = 42; // six weeks: every month fits, and the picker never changes height
};

// 0 = Monday … 6 = Sunday.
int first_weekday_of_week(Language language);
CalendarMonth calendar_month(int year, int month, Language language);
// The month before or after (`step` -1 or +1), across years.
CalendarMonth step_month(const CalendarMonth& shown, int step, Language language);
// Whether the day `days` (since 1970-01-01) lies in the month shown.
bool in_month(const CalendarMonth& shown, int64_t days);

} // namespace setright::app
