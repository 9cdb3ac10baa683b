// workshop_storage.hpp — the workshop's answers and rooms kept in the
// browser's storage under their own key, saved at the end of the frame that
// changed them (they are small: a few sheets of checkboxes and sentences).
#pragma once

namespace setright::app {

struct App;

// Loads what was saved; an unreadable copy is set aside, never overwritten.
void workshop_start(App& app);
// Saves if anything changed this frame.
void workshop_tick(App& app);

} // namespace setright::app
