// notice.hpp — the line after the status line saying something just finished
// (a share link copied, a file saved). A brief one goes by itself after a few
// seconds; the app wakes for that even when idle.
#pragma once

#include <string>

namespace setright::app {

struct App;

constexpr double kBriefNoticeSeconds = 6.0;

// A notice that stays until another replaces it.
void show_notice(App& app, std::string text);
// A notice that goes kBriefNoticeSeconds after `now` (platform::monotonic_seconds()).
void show_brief_notice(App& app, std::string text, double now);
// Clears a brief notice whose time is up at `now`.
void notice_tick(App& app, double now);
// Seconds from `now` until the notice shown goes (0: due), -1 when it stays.
double notice_seconds_left(const App& app, double now);

} // namespace setright::app
