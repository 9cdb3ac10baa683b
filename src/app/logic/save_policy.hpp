// save_policy.hpp — when the workspace is saved, and what a save's outcome
// means for the user: the state persistence.cpp keeps and the decisions it
// takes, apart from the browser calls and the banners, so that they are
// unit-tested natively (tests/app/test_save_policy.cpp).
//
// A change is saved half a second after it is seen; a failed save is tried
// again every ten seconds, or half a second after a new change (a deal deleted
// to make room); nothing is written while the user decides what happens to the
// stored copy (unreadable, or changed in another tab).
#pragma once

#include "core/storage/workspace_store.hpp"
#include "platform/platform.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace setright::app {

constexpr double kSaveDelaySeconds = 0.5; // a change is saved within a second
constexpr double kRetrySeconds = 10.0;    // after a full quota or a refusal

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
    uint64_t saved_changes = 0;  // App::changes at the last save
    double unsaved_since = -1;   // when the first unsaved change was seen
    double retry_after = 0;      // after a failed save, wait before trying again
    uint64_t failed_changes = 0; // App::changes at the last failed save
    StorageProblem problem = StorageProblem::None;
    std::string problem_detail; // what the browser or the check said
    std::string set_aside;      // the copy that did not read back, for download
    StorageUsage usage;
    std::optional<platform::StorageSpace> space; // the whole origin's quota, where there is one
    double last_save_ms = -1;                    // how long the last save took (the benchmarks read it)
    // Saves are asynchronous on the web (platform::run_save_section): one at a time.
    bool save_in_flight = false;
    bool next_over_other_tab = false; // "keep mine" asked while a save was in flight
    uint64_t writing_changes = 0;     // App::changes in the copy being made durable
    uint64_t durable_changes = 0;     // App::changes at the last copy known to be durable
};

// Is saving held until the user decides (unreadable storage, another tab's copy)?
bool saving_paused(const Persistence& p);
// Should a save start at `now` with the workspace at `changes`? Notes when an
// unsaved change was first seen.
bool save_due(Persistence& p, uint64_t changes, double now);
// Seconds from `now` until save_due can say yes, or -1 when nothing is waiting.
double seconds_until_save(const Persistence& p, uint64_t changes, double now);
// Records a save of the workspace at `changes` that finished at `now`: what is
// saved, the problem to show, when to try again. `problem_detail` is what a
// refusal said.
void record_save(Persistence& p, SaveStatus status, uint64_t changes, double now, std::string problem_detail = {});
// "saved" (durably), "saving" or "not_saved": what the status line says, for the test API.
const char* save_status(const Persistence& p, uint64_t changes);

} // namespace setright::app
