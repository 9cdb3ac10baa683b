// storage_banners.hpp — what the user is told about the browser's storage
// (persistence.hpp): the recovery screen when nothing stored reads back, a
// banner for every other problem with what to do, and the status line.
#pragma once

namespace setright::app {

struct App;

// The recovery screen when storage is unusable (returns true then: nothing
// else should be drawn).
bool draw_storage_recovery(App& app);
void draw_storage_banner(App& app);
void draw_storage_status(App& app);
// The words of the banner for the storage problem of the moment, in the UI
// language; nullptr when there is none (said to screen readers at once).
const char* storage_problem_words(const App& app);

} // namespace setright::app
