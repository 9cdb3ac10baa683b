// workshop_storage.hpp — the workshop's answers and rooms kept in the
// browser's storage under their own key, saved at the end of the frame that
// changed them (they are small: a few sheets of checkboxes and sentences).
//
// As the workspace (persistence.hpp): each save runs in a section no other
// tab's save interleaves with, stores a generation (under
// kWorkshopStorageKey + ".generation", and with the durable copy), and is
// refused when another tab stored a newer one: a banner lets the user choose.
#pragma once

namespace setright::app {

struct App;

// Loads what was saved (the durable copy when localStorage lost it); an
// unreadable copy is set aside, never overwritten.
void workshop_start(App& app);
// Saves if anything changed this frame.
void workshop_tick(App& app);
// Saves now, synchronously: the page is going away.
void workshop_flush(App& app);
// "Another tab changed the workshop answers": use theirs or keep mine.
void draw_workshop_storage_banner(App& app);

} // namespace setright::app
