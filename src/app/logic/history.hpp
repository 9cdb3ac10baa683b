// history.hpp — undo and redo for every edit (Ctrl+Z, Ctrl+Shift+Z).
//
// Whole-workspace snapshots: an edit is a human action, at most a few a
// second, and copying even a deal of thousands of items takes a millisecond
// or two, while per-field undo records would have to be written for every
// kind of edit and could drift from what the edit really did. Memory is
// bounded by an estimate of each snapshot's size: a huge workspace keeps
// fewer steps, never gigabytes.
#pragma once

#include "core/model/model.hpp"

#include <cstddef>
#include <deque>
#include <string>

namespace setright::app {

class History {
public:
    static constexpr size_t max_steps = 200;
    static constexpr size_t max_bytes = size_t(64) << 20;

    // Call with the workspace as it is *before* a change.
    void record(const Workspace& before, std::string what);
    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    const std::string& undo_label() const { return undo_.back().what; }
    const std::string& redo_label() const { return redo_.back().what; }
    // Swap `current` with the previous (next) state; false if there is none.
    bool undo(Workspace& current);
    bool redo(Workspace& current);
    void clear();

private:
    struct Step {
        Workspace workspace;
        std::string what;
        size_t bytes = 0;
    };
    void trim();
    std::deque<Step> undo_;
    std::deque<Step> redo_;
    size_t bytes_ = 0;
};

} // namespace setright::app
