// page_sync.hpp — keeps the page around the canvas in step with the app:
// the accessibility tree (one element per item drawn), the page's language
// and title, and what a screen reader is told when a notice or a storage
// problem appears. Called once a frame is complete; does nothing to the page
// when nothing changed.
#pragma once

namespace setright::app {

struct App;

void sync_page(App& app);

} // namespace setright::app
