// history.cpp — see history.hpp.
#include "logic/history.hpp"

namespace setright::app {
namespace {

// A rough size of a workspace in memory: enough to bound the history.
size_t estimated_bytes(const Workspace& ws) {
    size_t bytes = 1024;
    for (const Deal& deal : ws.deals) {
        bytes += 2048 + deal.notes.size();
        bytes += 320 * (deal.requirements.size() + deal.questions.size() + deal.timeline.size() + deal.people.size() + deal.options.size() +
                        deal.not_a_fit.size() + deal.post_sale.size());
        for (const Requirement& r : deal.requirements) bytes += r.text.size() + 160 * r.claims.size();
        for (const Question& q : deal.questions) bytes += q.text.size() + q.answer.size() + 96 * q.history.size();
        for (const Touch& t : deal.timeline) bytes += t.summary.size();
        if (deal.study) bytes += 320 * deal.study->requests.size();
    }
    return bytes;
}

} // namespace

void History::record(const Workspace& before, std::string what) {
    const size_t bytes = estimated_bytes(before);
    undo_.push_back({before, std::move(what), bytes});
    bytes_ += bytes;
    for (const Step& step : redo_) bytes_ -= step.bytes;
    redo_.clear();
    trim();
}

void History::trim() {
    // Always keep the latest step, so even a huge workspace can undo once.
    while (undo_.size() > 1 && (undo_.size() > max_steps || bytes_ > max_bytes)) {
        bytes_ -= undo_.front().bytes;
        undo_.pop_front();
    }
}

bool History::undo(Workspace& current) {
    if (undo_.empty()) return false;
    Step step = std::move(undo_.back());
    undo_.pop_back();
    bytes_ -= step.bytes;
    const size_t current_bytes = estimated_bytes(current);
    redo_.push_back({std::move(current), step.what, current_bytes});
    bytes_ += current_bytes;
    current = std::move(step.workspace);
    return true;
}

bool History::redo(Workspace& current) {
    if (redo_.empty()) return false;
    Step step = std::move(redo_.back());
    redo_.pop_back();
    bytes_ -= step.bytes;
    const size_t current_bytes = estimated_bytes(current);
    undo_.push_back({std::move(current), step.what, current_bytes});
    bytes_ += current_bytes;
    current = std::move(step.workspace);
    return true;
}

void History::clear() {
    undo_.clear();
    redo_.clear();
    bytes_ = 0;
}

} // namespace setright::app
