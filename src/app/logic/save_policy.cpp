// save_policy.cpp — see save_policy.hpp.
#include "logic/save_policy.hpp"

#include <algorithm>

namespace setright::app {
namespace {

// After a failed save, a new change is tried half a second after the
// failure; with nothing new, every kRetrySeconds.
double next_attempt(const Persistence& p, uint64_t changes) {
    return changes != p.failed_changes ? p.retry_after - kRetrySeconds + kSaveDelaySeconds : p.retry_after;
}

} // namespace

bool saving_paused(const Persistence& p) { return p.problem == StorageProblem::Unusable || p.problem == StorageProblem::ChangedElsewhere; }

bool save_due(Persistence& p, uint64_t changes, double now) {
    if (!p.store || changes == p.saved_changes || saving_paused(p)) return false;
    if (p.unsaved_since < 0) p.unsaved_since = now;
    return !p.save_in_flight && now - p.unsaved_since >= kSaveDelaySeconds && now >= next_attempt(p, changes);
}

double seconds_until_save(const Persistence& p, uint64_t changes, double now) {
    if (!p.store || changes == p.saved_changes || p.save_in_flight || saving_paused(p)) return -1;
    // Not seen yet (unsaved_since < 0): due now, so the next tick notes it.
    const double due = std::max(p.unsaved_since < 0 ? now : p.unsaved_since + kSaveDelaySeconds, next_attempt(p, changes));
    return std::max(0.0, due - now);
}

void record_save(Persistence& p, SaveStatus status, uint64_t changes, double now, std::string problem_detail) {
    switch (status) {
    case SaveStatus::Saved:
        p.saved_changes = changes;
        p.unsaved_since = -1;
        if (p.problem != StorageProblem::Recovered) p.problem = StorageProblem::None;
        return;
    case SaveStatus::QuotaExceeded: p.problem = StorageProblem::QuotaExceeded; break;
    case SaveStatus::ChangedElsewhere: p.problem = StorageProblem::ChangedElsewhere; break;
    case SaveStatus::Refused:
        p.problem = StorageProblem::Refused;
        p.problem_detail = std::move(problem_detail);
        break;
    case SaveStatus::Unavailable: p.problem = StorageProblem::Unavailable; break;
    }
    p.retry_after = now + kRetrySeconds;
    p.failed_changes = changes;
}

const char* save_status(const Persistence& p, uint64_t changes) {
    if (changes == p.saved_changes && p.durable_changes == p.saved_changes) return "saved";
    const bool failing = p.problem != StorageProblem::None && p.problem != StorageProblem::Recovered;
    return failing ? "not_saved" : "saving";
}

} // namespace setright::app
