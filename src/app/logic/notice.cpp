// notice.cpp — see notice.hpp.
#include "logic/notice.hpp"

#include "logic/app_state.hpp"

#include <utility>

namespace setright::app {

void show_notice(App& app, Wording words) {
    app.notice = std::move(words);
    app.notice_until = -1.0;
    app.redraw = true;
}

void show_brief_notice(App& app, Wording words, double now) {
    show_notice(app, std::move(words));
    app.notice_until = now + kBriefNoticeSeconds;
}

std::string notice_text(const App& app) { return app.notice ? app.notice() : std::string(); }

void notice_tick(App& app, double now) {
    if (app.notice_until < 0.0 || now < app.notice_until) return;
    app.notice = nullptr;
    app.notice_until = -1.0;
    app.redraw = true;
}

double notice_seconds_left(const App& app, double now) {
    if (app.notice_until < 0.0) return -1.0;
    return app.notice_until > now ? app.notice_until - now : 0.0;
}

} // namespace setright::app
