// export_reminder_banner.hpp — the banner that offers to export everything
// once changes have gone unexported for a week (export_reminder.hpp).
#pragma once

namespace setright::app {

struct App;

// The whole workspace as a file, as File → Export workspace does, noted as exported.
void export_everything(App& app);
void draw_export_reminder_banner(App& app);

} // namespace setright::app
