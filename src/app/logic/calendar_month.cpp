// calendar_month.cpp — see calendar_month.hpp.
#include "logic/calendar_month.hpp"

#include "core/model/moment.hpp"

namespace setright::app {

int first_weekday_of_week(Language language) {
    switch (language) {
    case Language::Nb:
    case Language::Ru: return 0;
    default: return 6;
    }
}

CalendarMonth calendar_month(int year, int month, Language language) {
    CalendarMonth shown;
    shown.year = year;
    shown.month = month;
    shown.first_weekday = first_weekday_of_week(language);
    const int64_t first = days_from_civil(year, month, 1);
    const int weekday = int(((first % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday (3)
    shown.first_cell = first - (weekday - shown.first_weekday + 7) % 7;
    return shown;
}

CalendarMonth step_month(const CalendarMonth& shown, int step, Language language) {
    const int index = shown.year * 12 + (shown.month - 1) + step;
    return calendar_month(index / 12, index % 12 + 1, language);
}

bool in_month(const CalendarMonth& shown, int64_t days) {
    int year = 0, month = 0, day = 0;
    civil_from_days(days, year, month, day);
    return year == shown.year && month == shown.month;
}

} // namespace setright::app
