// export_reminder.hpp — when to remind the user that their work lives only in
// this browser.
//
// A browser can drop its storage (a cleared history, a new laptop, a private
// window), so the only copy that is surely the user's is an exported file.
// The app remembers when the whole workspace was last exported and since
// when it has changes no export holds; once those changes are a week old it
// offers a one-click export (storage banner), until the user exports or
// snoozes it for another week. Pure: times are given in milliseconds since
// 1970 UTC; export_tracking.hpp reads the clock and keeps the record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace setright::app {

constexpr int64_t kExportReminderAfterMs = 7LL * 24 * 60 * 60 * 1000; // a week

struct ExportRecord {
    std::optional<int64_t> exported_ms;         // the whole workspace last exported
    std::optional<int64_t> changed_ms;          // the workspace last changed
    std::optional<int64_t> unexported_since_ms; // the first change no export holds; empty: all exported
    std::optional<int64_t> snoozed_ms;          // the reminder last dismissed
};

// The record as kept in localStorage (a line of JSON), and back; a record
// that does not read is an empty one (nothing is lost: the reminder comes early).
std::string pack_export_record(const ExportRecord& record);
ExportRecord unpack_export_record(const std::string& text);

// The workspace changed at `now`. Returns whether the record should be
// written: when the change is the first unexported one, or the last written
// change time is more than a minute old (not once per keystroke).
bool note_workspace_changed(ExportRecord& record, int64_t now);
// The whole workspace was exported at `now`: nothing unexported, no snooze.
void note_workspace_exported(ExportRecord& record, int64_t now);
// The user dismissed the reminder at `now`: it comes back a week later.
void note_reminder_snoozed(ExportRecord& record, int64_t now);

// Whether to show the reminder at `now`: changes unexported for at least
// `after` and not snoozed within `after`.
bool export_reminder_due(const ExportRecord& record, int64_t now, int64_t after = kExportReminderAfterMs);

// In the UI's language: the File menu's "Last exported 20 Nov 2026" (or
// "Never exported"), and what the reminder says.
std::string last_exported_line(const ExportRecord& record);
std::string export_reminder_text(const ExportRecord& record);

} // namespace setright::app
