// The day the app judges at changes at midnight (UTC, as every date Setright
// keeps): an idle app wakes then, and not before.
#include "logic/app_state.hpp"

#include <doctest/doctest.h>

using namespace setright::app;

TEST_CASE("midnight: seconds to the next day, exact to the millisecond, before 1970 too") {
    constexpr int64_t day = 86400000;
    const int64_t march_4_2031 = int64_t(22342) * day; // 2031-03-04T00:00Z
    CHECK(seconds_until_next_day(march_4_2031) == doctest::Approx(86400.0));
    CHECK(seconds_until_next_day(march_4_2031 + day - 30000) == doctest::Approx(30.0));
    CHECK(seconds_until_next_day(march_4_2031 + day - 1) == doctest::Approx(0.001));
    CHECK(seconds_until_next_day(-1) == doctest::Approx(0.001));
    CHECK(seconds_until_next_day(-day) == doctest::Approx(86400.0));
}

TEST_CASE("midnight: no wake for a date the user fixed, otherwise within a day") {
    App app;
    const double wake = seconds_until_the_date_changes(app);
    CHECK(wake > 0);
    CHECK(wake <= 86400.0);
    app.as_of = setright::make_date(2019, 12, 21);
    CHECK(seconds_until_the_date_changes(app) < 0);
}
