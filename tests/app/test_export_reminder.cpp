// When the app reminds the user to export (export_reminder.hpp): a week
// after the first change no export holds, not again for a week once
// snoozed, never right after an export; and what it says.
#include "logic/export_reminder.hpp"
#include "logic/i18n.hpp"

#include <doctest/doctest.h>

using namespace setright::app;

namespace {
constexpr int64_t kHour = 60 * 60 * 1000;
constexpr int64_t kDay = 24 * kHour;
constexpr int64_t k2031_03_04 = 1930348800000; // 2031-03-04T00:00Z
} // namespace

TEST_CASE("export reminder: due once changes are a week unexported") {
    ExportRecord r;
    CHECK_FALSE(export_reminder_due(r, k2031_03_04));
    CHECK(note_workspace_changed(r, k2031_03_04));
    CHECK_FALSE(export_reminder_due(r, k2031_03_04 + 6 * kDay));
    // Later changes do not move the first unexported one.
    note_workspace_changed(r, k2031_03_04 + 6 * kDay);
    CHECK(export_reminder_due(r, k2031_03_04 + 7 * kDay));
    CHECK(export_reminder_due(r, k2031_03_04 + 8 * kDay));
}

TEST_CASE("export reminder: an export ends it, until the next change is a week old") {
    ExportRecord r;
    note_workspace_changed(r, k2031_03_04);
    note_workspace_exported(r, k2031_03_04 + 8 * kDay);
    CHECK_FALSE(export_reminder_due(r, k2031_03_04 + 30 * kDay));
    note_workspace_changed(r, k2031_03_04 + 30 * kDay);
    CHECK_FALSE(export_reminder_due(r, k2031_03_04 + 36 * kDay));
    CHECK(export_reminder_due(r, k2031_03_04 + 37 * kDay));
}

TEST_CASE("export reminder: snoozed, it comes back a week later if still unexported") {
    ExportRecord r;
    note_workspace_changed(r, k2031_03_04);
    note_reminder_snoozed(r, k2031_03_04 + 8 * kDay);
    CHECK_FALSE(export_reminder_due(r, k2031_03_04 + 14 * kDay));
    CHECK(export_reminder_due(r, k2031_03_04 + 15 * kDay));
}

TEST_CASE("export reminder: the change time is written on the first change, then at most once a minute") {
    ExportRecord r;
    CHECK(note_workspace_changed(r, k2031_03_04));
    CHECK_FALSE(note_workspace_changed(r, k2031_03_04 + 1000));
    CHECK(r.changed_ms == k2031_03_04);
    CHECK(note_workspace_changed(r, k2031_03_04 + kHour));
    CHECK(r.changed_ms == k2031_03_04 + kHour);
    CHECK(r.unexported_since_ms == k2031_03_04);
}

TEST_CASE("export reminder: the record survives localStorage, and a damaged one reads as empty") {
    ExportRecord r;
    note_workspace_changed(r, k2031_03_04);
    note_workspace_exported(r, k2031_03_04 + kDay);
    note_workspace_changed(r, k2031_03_04 + 2 * kDay);
    note_reminder_snoozed(r, k2031_03_04 + 3 * kDay);
    const ExportRecord back = unpack_export_record(pack_export_record(r));
    CHECK(back.exported_ms == r.exported_ms);
    CHECK(back.changed_ms == r.changed_ms);
    CHECK(back.unexported_since_ms == r.unexported_since_ms);
    CHECK(back.snoozed_ms == r.snoozed_ms);
    for (const char* damaged : {"", "{", "[]", "{\"exported\":\"yesterday\"}"}) {
        CAPTURE(damaged);
        CHECK_FALSE(unpack_export_record(damaged).exported_ms);
    }
}

TEST_CASE("export reminder: the words, with the day of the last export or never") {
    set_language(Language::En);
    ExportRecord r;
    CHECK(last_exported_line(r) == "Never exported");
    CHECK(export_reminder_text(r).rfind("Your work lives only in this browser and has never been exported.", 0) == 0);
    note_workspace_exported(r, k2031_03_04 + 23 * kHour);
    CHECK(last_exported_line(r) == "Last exported 4 Mar 2031");
    CHECK(export_reminder_text(r).rfind("Your work lives only in this browser; last exported 4 Mar 2031.", 0) == 0);
    set_language(Language::Ru);
    CHECK(last_exported_line(r) == "Последний экспорт: 04.03.2031");
    set_language(Language::En);
}
