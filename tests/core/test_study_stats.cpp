// Lead-response study figures: the web-agency study of DOMAIN.md, section 3.
#include "core/studies/study_stats.hpp"

#include "sms_case_fixture.hpp"
#include "study_fixture.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace setright;
using setright::test::web_agency_study;
using setright::test::when;

TEST_CASE("study stats: the web-agency study's shares, prices and response times") {
    const StudyStats s = compute_study_stats(web_agency_study());
    CHECK(s.requests == 28);
    CHECK(s.share_email == 16.0 / 28);
    CHECK(s.share_phone == 3.0 / 28);
    CHECK(s.share_other == 0);
    CHECK(s.share_never == 9.0 / 28);
    CHECK(std::round(s.share_email * 1000) == 571); // 57.1%
    CHECK(std::round(s.share_phone * 1000) == 107); // 10.7%
    CHECK(std::round(s.share_never * 1000) == 321); // 32.1%
    CHECK(s.prices == 15);
    CHECK(s.price_median.value() == 400000);
    CHECK(s.price_mean.value() == 500000);
    CHECK(s.response_hours_median.value() == 30);
    CHECK(s.response_hours_mean.value() == 48);
    CHECK(s.share_followed_up == 3.0 / 28);
    CHECK(s.materials_counts == std::array<int, 5>{10, 8, 4, 12, 15});
}

TEST_CASE("study stats: replies by weekday and hour, Monday first, UTC") {
    const StudyStats s = compute_study_stats(web_agency_study());
    int total = 0;
    for (const auto& day : s.replies_by_weekday_hour)
        for (int n : day) total += n;
    CHECK(total == 19);
    // Sent Monday 09:00: +1 h Monday 10:00; +24 h Tuesday 09:00; +26 and +122 h at 11:00 (Tuesday, Saturday).
    CHECK(s.replies_by_weekday_hour[0][10] == 1);
    CHECK(s.replies_by_weekday_hour[1][9] == 1);
    CHECK(s.replies_by_weekday_hour[1][11] == 1);
    CHECK(s.replies_by_weekday_hour[5][11] == 1);
    CHECK(s.replies_by_weekday_hour[0][9] == 0);
    CHECK(weekday_monday_first(when("2020-02-03")) == 0); // a Monday
    CHECK(weekday_monday_first(when("2020-02-09T23:59Z")) == 6);
    CHECK(weekday_monday_first(when("1970-01-01")) == 3); // a Thursday
    CHECK(weekday_monday_first(when("1969-12-29")) == 0); // before the epoch, still a Monday
}

TEST_CASE("study stats: other channels, date-only replies, replies before the request") {
    Study study;
    StudyRequest a, b, c;
    a.sent_at = when("2020-02-03T09:00Z");
    a.first_reply_at = when("2020-02-04"); // date only: counted, but no hour for the heatmap
    a.reply_channel = Channel::Meeting;
    b.sent_at = when("2020-02-03T09:00Z");
    b.first_reply_at = when("2020-02-03T08:00Z"); // before it was sent: a data error, no response time
    c.first_reply_at = when("2020-02-05T10:00Z"); // no sent_at, no channel
    c.quoted_price = NAN;
    study.requests = {a, b, c};
    const StudyStats s = compute_study_stats(study);
    CHECK(s.share_other == 1);
    CHECK(s.share_never == 0);
    CHECK(s.response_hours_median.value() == 15); // a only: 09:00 to the next midnight
    CHECK(s.prices == 0);
    CHECK_FALSE(s.price_mean.has_value());
    CHECK(s.replies_by_weekday_hour[0][8] == 1);  // b
    CHECK(s.replies_by_weekday_hour[2][10] == 1); // c
}

TEST_CASE("study stats: an empty study gives zeros and no values, never NaN") {
    const StudyStats s = compute_study_stats(Study{});
    CHECK(s.requests == 0);
    CHECK(s.share_email == 0);
    CHECK(s.share_never == 0);
    CHECK(s.share_followed_up == 0);
    CHECK_FALSE(s.response_hours_median.has_value());
    CHECK_FALSE(s.response_hours_mean.has_value());
    CHECK_FALSE(s.price_median.has_value());
    CHECK_FALSE(s.price_mean.has_value());
    CHECK(s.prices == 0);
    CHECK(s.materials_counts == std::array<int, 5>{0, 0, 0, 0, 0});
}
