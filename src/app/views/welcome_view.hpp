// welcome_view.hpp — what a first visit sees: what Setright is for, in the
// user's language, and a one-tap start as a buyer, a rep or a trainer.
#pragma once

namespace setright::app {
struct App;
// Drawn where the deal goes while the workspace has no deal.
void draw_welcome_view(App& app);
} // namespace setright::app
