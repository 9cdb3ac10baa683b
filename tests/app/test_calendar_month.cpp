// test_calendar_month.cpp — the date picker's month grid.
#include "logic/calendar_month.hpp"

#include "core/model/moment.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

TEST_CASE("calendar: weeks start on Monday in nb and ru, on Sunday in en and ko") {
    // December 2026 begins on a Tuesday.
    const CalendarMonth nb = calendar_month(2026, 12, Language::Nb);
    CHECK(nb.first_cell == days_from_civil(2026, 11, 30)); // Monday before
    CHECK(calendar_month(2026, 12, Language::Ru).first_cell == nb.first_cell);
    const CalendarMonth en = calendar_month(2026, 12, Language::En);
    CHECK(en.first_cell == days_from_civil(2026, 11, 29)); // Sunday before
    CHECK(calendar_month(2026, 12, Language::Ko).first_cell == en.first_cell);
}

TEST_CASE("calendar: a month starting on the first weekday starts in its first cell") {
    // February 2026 begins on a Sunday; June 2026 on a Monday.
    CHECK(calendar_month(2026, 2, Language::En).first_cell == days_from_civil(2026, 2, 1));
    CHECK(calendar_month(2026, 6, Language::Nb).first_cell == days_from_civil(2026, 6, 1));
}

TEST_CASE("calendar: six weeks hold every month, the last day included") {
    for (int month = 1; month <= 12; ++month)
        for (Language language : {Language::En, Language::Nb}) {
            const CalendarMonth shown = calendar_month(2027, month, language);
            const int64_t last = days_from_civil(month == 12 ? 2028 : 2027, month == 12 ? 1 : month + 1, 1) - 1;
            CHECK(in_month(shown, shown.first_cell + 6)); // the first week holds the 1st
            CHECK(last < shown.first_cell + CalendarMonth::kCells);
        }
}

TEST_CASE("calendar: stepping months crosses years") {
    const CalendarMonth december = calendar_month(2026, 12, Language::En);
    const CalendarMonth january = step_month(december, 1, Language::En);
    CHECK(january.year == 2027);
    CHECK(january.month == 1);
    const CalendarMonth back = step_month(january, -1, Language::En);
    CHECK(back.year == 2026);
    CHECK(back.month == 12);
    CHECK(!in_month(january, days_from_civil(2026, 12, 31)));
    CHECK(in_month(january, days_from_civil(2027, 1, 31)));
}
