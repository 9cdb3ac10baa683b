// The status line's notice: a brief one goes by itself, a lasting one stays.
#include "logic/app_state.hpp"
#include "logic/i18n.hpp"
#include "logic/notice.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

TEST_CASE("notice: a brief notice goes after a few seconds, and the app knows when to wake for it") {
    App app;
    show_brief_notice(
            app, [] { return std::string("Saved"); }, 100.0);
    CHECK(notice_text(app) == "Saved");
    CHECK(notice_seconds_left(app, 101.0) == doctest::Approx(kBriefNoticeSeconds - 1.0));
    notice_tick(app, 101.0);
    CHECK(notice_text(app) == "Saved");
    notice_tick(app, 100.0 + kBriefNoticeSeconds);
    CHECK(notice_text(app).empty());
    CHECK(notice_seconds_left(app, 200.0) == -1.0);
}

TEST_CASE("notice: a lasting notice replacing a brief one stays") {
    App app;
    show_brief_notice(
            app, [] { return std::string("Saved"); }, 100.0);
    show_notice(app, [] { return std::string("Link copied"); });
    CHECK(notice_seconds_left(app, 101.0) == -1.0);
    notice_tick(app, 1000.0);
    CHECK(notice_text(app) == "Link copied");
}

TEST_CASE("notice: switching the language while a notice is up rewords it") {
    App app;
    set_language(Language::Ko);
    show_brief_notice(
            app, [] { return tr_fill("file.saved", {"deal.json"}); }, 100.0);
    const std::string korean = notice_text(app);
    set_language(Language::Nb);
    const std::string norwegian = notice_text(app);
    set_language(Language::En);
    CHECK(korean != norwegian);
    CHECK(korean.find("deal.json") != std::string::npos);
    CHECK(norwegian.find("deal.json") != std::string::npos);
    CHECK(notice_text(app) == tr_fill("file.saved", {"deal.json"}));
}
