// The status line's notice: a brief one goes by itself, a lasting one stays.
#include "logic/app_state.hpp"
#include "logic/notice.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

TEST_CASE("notice: a brief notice goes after a few seconds, and the app knows when to wake for it") {
    App app;
    show_brief_notice(app, "Saved", 100.0);
    CHECK(app.notice == "Saved");
    CHECK(notice_seconds_left(app, 101.0) == doctest::Approx(kBriefNoticeSeconds - 1.0));
    notice_tick(app, 101.0);
    CHECK(app.notice == "Saved");
    notice_tick(app, 100.0 + kBriefNoticeSeconds);
    CHECK(app.notice.empty());
    CHECK(notice_seconds_left(app, 200.0) == -1.0);
}

TEST_CASE("notice: a lasting notice replacing a brief one stays") {
    App app;
    show_brief_notice(app, "Saved", 100.0);
    show_notice(app, "Link copied");
    CHECK(notice_seconds_left(app, 101.0) == -1.0);
    notice_tick(app, 1000.0);
    CHECK(app.notice == "Link copied");
}
