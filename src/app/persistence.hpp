// persistence.hpp — the workspace kept in the browser's storage: loaded at
// start, saved within a second of every change and whenever the page is
// hidden, and every way that can fail shown to the user with what to do.
//
// The rules that keep data safe live in core/workspace_store.hpp; this file
// decides when to save and what to tell the user.
#pragma once

#include "core/workspace_store.hpp"
#include "import_plan.hpp"
#include "platform/platform.hpp"

#include <memory>
#include <optional>
#include <string>

namespace setright::app {

struct App;

enum class StorageProblem {
    None,
    Unusable,         // nothing stored reads back: the recovery screen
    Recovered,        // started from a backup; the unreadable copy is kept
    QuotaExceeded,    // the newest changes are only in this tab
    ChangedElsewhere, // another tab saved since: the user chooses
    Refused,          // the workspace would not read back: not saved
    Unavailable,      // the browser refuses storage altogether
};

struct Persistence {
    std::unique_ptr<KeyValueStore> backend;
    std::unique_ptr<WorkspaceStore> store;
    uint64_t saved_changes = 0;     // App::changes at the last save
    double unsaved_since = -1;      // when the first unsaved change was seen
    double retry_after = 0;         // after a failed save, wait before trying again
    uint64_t failed_changes = 0;    // App::changes at the last failed save
    StorageProblem problem = StorageProblem::None;
    std::string problem_detail;     // what the browser or the check said
    std::string set_aside;          // the copy that did not read back, for download
    StorageUsage usage;
    std::optional<platform::StorageSpace> space; // the whole origin's quota, where there is one
    double last_save_ms = -1;       // how long the last save took (the benchmarks read it)
    // Saves are asynchronous on the web (platform::run_save_section): one at a time.
    bool save_in_flight = false;
    bool next_over_other_tab = false; // "keep mine" asked while a save was in flight
    uint64_t writing_changes = 0;     // App::changes in the copy being made durable
    uint64_t durable_changes = 0;     // App::changes at the last copy known to be durable
};

// Loads the workspace (or prepares the recovery screen) and starts watching
// the page for the moment it is hidden.
void persistence_start(App& app);
// Saves when a change is half a second old; called every frame.
void persistence_tick(App& app);
// Saves any unsaved change now, synchronously (the page is going away): the
// copy in localStorage is written before this returns; the durable copy is
// started but may not finish.
void persistence_flush(App& app);
// "saved" (durably), "saving" or "not_saved": what the status line says, for the test API.
const char* persistence_status(const App& app);
// Seconds until persistence_tick has work to do, or -1 when it has none.
double persistence_seconds_until_due(const App& app);
// Banners and the status line; the recovery screen when storage is unusable
// (returns true then: nothing else should be drawn).
bool draw_storage_recovery(App& app);
void draw_storage_banner(App& app);
void draw_storage_status(App& app);

// Whether the workspace the open import preview would make can be kept in
// this browser, and with how many backups.
StoragePlan plan_storage_for_import(App& app);

// Remembered user settings (kept apart from the workspace).
std::string remembered_language();
void remember_language(const std::string& code);

} // namespace setright::app
