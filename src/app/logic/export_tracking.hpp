// export_tracking.hpp — the export record (export_reminder.hpp) kept in
// localStorage, beside the workspace, and brought up to date as the user
// changes and exports the workspace.
#pragma once

namespace setright::app {

struct App;

// Reads the record; after persistence_start. A workspace with deals and no
// record (kept before Setright tracked exports) counts as unexported from now.
void export_tracking_start(App& app);
// Every frame: notes changes made since the last call.
void export_tracking_tick(App& app);
// The whole workspace was handed to the user as a file.
void note_exported(App& app);
// "Remind me later": the reminder goes for a week.
void snooze_export_reminder(App& app);
bool export_reminder_shown(const App& app);

} // namespace setright::app
