// Moments: the calendar, the accepted input forms, and the canonical output.
#include "core/model/moment.hpp"

#include <doctest/doctest.h>

using namespace setright;

TEST_CASE("moment: days_from_civil and civil_from_days agree with known dates") {
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(days_from_civil(2000, 3, 1) == 11017);
    CHECK(days_from_civil(2019, 10, 16) == 18185);
    CHECK(days_from_civil(1969, 12, 31) == -1);
    int y = 0, m = 0, d = 0;
    civil_from_days(18185, y, m, d);
    CHECK(y == 2019);
    CHECK(m == 10);
    CHECK(d == 16);
    civil_from_days(-1, y, m, d);
    CHECK(y == 1969);
    CHECK(m == 12);
    CHECK(d == 31);
    // Every day of four centuries maps back to itself.
    for (int64_t day = days_from_civil(1900, 1, 1); day < days_from_civil(2300, 1, 1); ++day) {
        civil_from_days(day, y, m, d);
        REQUIRE(days_from_civil(y, m, d) == day);
    }
}

TEST_CASE("moment: dates parse and format canonically") {
    auto m = parse_moment("2019-10-16");
    REQUIRE(m);
    CHECK_FALSE(m->has_time);
    CHECK(m->minutes == 18185 * 1440);
    CHECK(format_moment(*m) == "2019-10-16");
    CHECK(*m == make_date(2019, 10, 16));
}

TEST_CASE("moment: times parse, offsets convert to UTC") {
    CHECK(format_moment(*parse_moment("2019-10-16T14:30Z")) == "2019-10-16T14:30Z");
    CHECK(format_moment(*parse_moment("2019-10-16T14:30")) == "2019-10-16T14:30Z");
    CHECK(format_moment(*parse_moment("2019-10-16T14:30:59Z")) == "2019-10-16T14:30Z");
    CHECK(format_moment(*parse_moment("2019-10-16T14:30:05.123Z")) == "2019-10-16T14:30Z");
    CHECK(format_moment(*parse_moment("2019-10-16T14:30+03:00")) == "2019-10-16T11:30Z");
    CHECK(format_moment(*parse_moment("2019-10-16T01:00+03:00")) == "2019-10-15T22:00Z");
    CHECK(format_moment(*parse_moment("2019-12-31T23:30-01:00")) == "2020-01-01T00:30Z");
    CHECK(format_moment(*parse_moment("1969-12-31T23:59Z")) == "1969-12-31T23:59Z");
    auto m = parse_moment("2019-10-16T14:30Z");
    CHECK(m->has_time);
    CHECK(m->minutes == 18185 * 1440 + 14 * 60 + 30);
}

TEST_CASE("moment: nonexistent dates and malformed text are refused") {
    for (const char* bad : {"2019-02-29",
                            "2019-02-30",
                            "2019-13-01",
                            "2019-00-10",
                            "2019-04-31",
                            "2019-10-00",
                            "2019-10-16T24:00Z",
                            "2019-10-16T23:60Z",
                            "2019-10-16T23:59:60Z",
                            "2019-10-16T12:00+24:00",
                            "2019-10-16T12:00+0300",
                            "2019-10-16T12:00:00.Z",
                            "2019-10-16 12:00",
                            "2019-10-16T12Z",
                            "19-10-16",
                            "2019-1-16",
                            "2019-10-16Z",
                            "2019-10-16T12:00Zx",
                            "",
                            "yesterday",
                            "2019-10-16T12:00z",
                            " 2019-10-16"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_moment(bad).has_value());
    }
}

TEST_CASE("moment: leap years follow the Gregorian rule") {
    CHECK(parse_moment("2020-02-29"));
    CHECK(parse_moment("2000-02-29"));
    CHECK_FALSE(parse_moment("1900-02-29"));
    CHECK_FALSE(parse_moment("2100-02-29"));
    CHECK(parse_moment("2400-02-29"));
}

TEST_CASE("moment: arithmetic") {
    auto a = *parse_moment("2019-10-16T14:30Z");
    auto b = *parse_moment("2019-10-17T16:00Z");
    CHECK(hours_between(a, b) == doctest::Approx(25.5));
    CHECK(hours_between(b, a) == doctest::Approx(-25.5));
    CHECK(days_between(a, b) == 1);
    CHECK(days_between(make_date(2019, 12, 25), make_date(2020, 1, 1)) == 7);
    CHECK(days_between(*parse_moment("2019-10-16T23:59Z"), *parse_moment("2019-10-17T00:01Z")) == 1);
    CHECK(deadline_minutes(make_date(2019, 10, 16)) == 18185 * 1440 + 1439);
    CHECK(deadline_minutes(a) == a.minutes);
    CHECK(make_date(2019, 10, 16) < a);
    CHECK(make_date(2019, 10, 16) != *parse_moment("2019-10-16T00:00Z"));
}
