// export_tracking.cpp — see export_tracking.hpp.
#include "logic/export_tracking.hpp"

#include "logic/app_state.hpp"
#include "logic/export_reminder.hpp"
#include "platform/platform.hpp"

#include <chrono>

namespace setright::app {

namespace {

const char* const kExportRecordKey = "setright.export_record";

int64_t now_unix_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// Best effort: a record that could not be written costs only an early or a late reminder.
void keep(const App& app) { platform::storage_write(kExportRecordKey, pack_export_record(app.export_record)); }

} // namespace

void export_tracking_start(App& app) {
    app.export_record = unpack_export_record(platform::storage_read(kExportRecordKey).value_or(""));
    app.export_seen_changes = app.changes;
    const ExportRecord& r = app.export_record;
    if (!r.exported_ms && !r.unexported_since_ms && !app.workspace.deals.empty()) {
        note_workspace_changed(app.export_record, now_unix_ms());
        keep(app);
    }
}

void export_tracking_tick(App& app) {
    if (app.changes == app.export_seen_changes) return;
    app.export_seen_changes = app.changes;
    if (note_workspace_changed(app.export_record, now_unix_ms())) keep(app);
}

void note_exported(App& app) {
    export_tracking_tick(app); // changes made this frame are in the file
    note_workspace_exported(app.export_record, now_unix_ms());
    keep(app);
}

void snooze_export_reminder(App& app) {
    note_reminder_snoozed(app.export_record, now_unix_ms());
    keep(app);
}

bool export_reminder_shown(const App& app) { return export_reminder_due(app.export_record, now_unix_ms()); }

} // namespace setright::app
