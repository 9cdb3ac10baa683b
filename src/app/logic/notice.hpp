// notice.hpp — the line after the status line saying something just finished
// (a share link copied, a file saved). A brief one goes by itself after a few
// seconds; the app wakes for that even when idle.
//
// A notice is kept as its wording, not its text: worded again each time it
// is shown, so switching the language while it is up rewords it.
#pragma once

#include <functional>
#include <string>

namespace setright::app {

struct App;

constexpr double kBriefNoticeSeconds = 6.0;

// Words in the UI language of the moment they are called: tr_fill(...) inside.
using Wording = std::function<std::string()>;

// A notice that stays until another replaces it.
void show_notice(App& app, Wording words);
// A notice that goes kBriefNoticeSeconds after `now` (platform::monotonic_seconds()).
void show_brief_notice(App& app, Wording words, double now);
// What the notice says now, in the current language; "" when none.
std::string notice_text(const App& app);
// Clears a brief notice whose time is up at `now`.
void notice_tick(App& app, double now);
// Seconds from `now` until the notice shown goes (0: due), -1 when it stays.
double notice_seconds_left(const App& app, double now);

} // namespace setright::app
