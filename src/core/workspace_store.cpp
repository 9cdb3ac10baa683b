// workspace_store.cpp — see workspace_store.hpp.
#include "workspace_store.hpp"

#include <algorithm>

namespace setright {
namespace {

// "<generation>\n<json>" -> the generation, or 0 when the text is not a slot.
int64_t slot_generation(const std::string& text) {
    size_t newline = text.find('\n');
    if (newline == std::string::npos || newline == 0 || newline > 19) return 0;
    int64_t generation = 0;
    for (size_t i = 0; i < newline; ++i) {
        if (text[i] < '0' || text[i] > '9') return 0;
        generation = generation * 10 + (text[i] - '0');
    }
    return generation;
}

std::string_view slot_json(const std::string& text) {
    size_t newline = text.find('\n');
    return newline == std::string::npos ? std::string_view() : std::string_view(text).substr(newline + 1);
}

} // namespace

WorkspaceStore::WorkspaceStore(KeyValueStore& store, std::string prefix) : store_(store), prefix_(std::move(prefix)) {}

std::string WorkspaceStore::key(const std::string& name) const { return prefix_ + "." + name; }
std::string WorkspaceStore::slot_key(int slot) const { return key("slot." + std::to_string(slot)); }

WorkspaceStore::Head WorkspaceStore::read_head() {
    Head head;
    std::optional<std::string> text = store_.read(key("head"));
    if (!text) return head;
    Json json = Json::parse(*text, nullptr, false);
    if (!json.is_object()) return head;
    head.generation = json.value("generation", int64_t(0));
    head.slot = json.value("slot", -1);
    const Json& slots = json.contains("slots") ? json["slots"] : Json();
    for (int k = 0; k < slot_count && slots.is_array() && k < int(slots.size()); ++k) {
        if (!slots[k].is_object()) continue;
        head.slots[k].generation = slots[k].value("generation", int64_t(0));
        head.slots[k].bytes = slots[k].value("bytes", size_t(0));
    }
    if (head.slot < 0 || head.slot >= slot_count) head.slot = -1;
    return head;
}

WriteStatus WorkspaceStore::write_head(const Head& head) {
    Json slots = Json::array();
    for (const SlotInfo& info : head.slots) slots.push_back({{"generation", info.generation}, {"bytes", info.bytes}});
    const Json json = {{"generation", head.generation}, {"slot", head.slot}, {"slots", slots}};
    return store_.write(key("head"), json.dump());
}

LoadResult WorkspaceStore::load(const std::optional<std::string>& durable_copy) {
    LoadResult result;
    const Head head = read_head();

    // Every slot that holds something, newest first; the head's slot leads.
    std::vector<Candidate> candidates;
    for (int k = 0; k < slot_count; ++k) {
        std::optional<std::string> text = store_.read(slot_key(k));
        if (text) candidates.push_back({k, slot_generation(*text), std::move(*text)});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
        if ((a.slot == head.slot) != (b.slot == head.slot)) return a.slot == head.slot;
        return a.generation > b.generation;
    });
    const bool durable_first = offer_durable_copy(candidates, head, durable_copy);
    if (candidates.empty()) {
        generation_ = head.generation;
        return result;
    }

    for (size_t i = 0; i < candidates.size(); ++i) {
        const Candidate& candidate = candidates[i];
        ImportResult imported = candidate.generation > 0
            ? import_workspace(slot_json(candidate.text))
            : ImportResult{std::nullopt, {{"", "not a Setright storage slot", 0, 0}}};
        // The first slot candidate is the newest stored one, durable copy or not.
        const bool first_slot = i == (durable_first ? 1 : 0);
        if (imported.ok()) {
            const bool newest = candidate.slot == kDurableSlot || (first_slot && candidate.slot == head.slot);
            result.status = (newest && !result.set_aside) ? LoadStatus::Loaded : LoadStatus::Recovered;
            result.workspace = std::move(*imported.workspace);
            result.generation = candidate.generation;
            break;
        }
        if (candidate.slot == kDurableSlot) continue; // unreadable: ignored, the slots decide
        if (first_slot) {
            // The newest copy does not read back: keep it for the user, untouched.
            result.set_aside = candidate.text;
            result.problems = std::move(imported.problems);
            protected_slot_ = candidate.slot;
            store_.write(key("set-aside"), candidate.text);
        }
    }
    if (result.status == LoadStatus::Empty) result.status = LoadStatus::Unusable;
    // The durable copy may be ahead of a head that lost writes: the next save goes past both.
    generation_ = std::max(head.generation, result.generation);
    return result;
}

bool WorkspaceStore::offer_durable_copy(std::vector<Candidate>& candidates, const Head& head,
                                        const std::optional<std::string>& durable_copy) {
    if (!durable_copy) return false;
    const int64_t generation = slot_generation(*durable_copy);
    int64_t newest = head.generation;
    for (const Candidate& candidate : candidates) newest = std::max(newest, candidate.generation);
    if (generation <= newest) return false; // the slots hold it already, or something newer
    candidates.insert(candidates.begin(), Candidate{kDurableSlot, generation, *durable_copy});
    return true;
}

bool WorkspaceStore::changed_elsewhere(int64_t durable_generation) {
    return std::max(read_head().generation, durable_generation) > generation_;
}

SaveResult WorkspaceStore::save(const Workspace& workspace, int64_t durable_generation) {
    if (changed_elsewhere(durable_generation)) {
        SaveResult refused;
        refused.status = SaveStatus::ChangedElsewhere;
        refused.generation = std::max(read_head().generation, durable_generation);
        return refused;
    }
    return write_copy(workspace);
}

SaveResult WorkspaceStore::save_over_other_tab(const Workspace& workspace) { return write_copy(workspace); }

SaveResult WorkspaceStore::write_copy(const Workspace& workspace) {
    SaveResult result;
    result.problems = workspace_problems(workspace);
    if (!result.problems.empty()) {
        result.status = SaveStatus::Refused; // it would not read back: never store it
        return result;
    }

    Head head = read_head();
    const int64_t generation = std::max(head.generation, generation_) + 1;
    std::string text = std::to_string(generation) + "\n" + export_workspace_compact(workspace);
    result.bytes = text.size();

    // Write over the slot with the oldest copy (empty ones first), never the
    // newest and never one kept for the user.
    std::vector<int> backups;
    for (int k = 0; k < slot_count; ++k)
        if (k != head.slot && k != protected_slot_) backups.push_back(k);
    std::sort(backups.begin(), backups.end(),
              [&](int a, int b) { return head.slots[a].generation < head.slots[b].generation; });
    if (backups.empty()) {
        result.status = SaveStatus::Unavailable;
        return result;
    }
    const int target = backups.front();

    // Full: make room by dropping copies, oldest first, beginning with the
    // target's old content (it is being replaced anyway). A failed write
    // leaves the old value in place, so nothing is lost until removed here.
    size_t next_to_drop = 0;
    for (;;) {
        const WriteStatus status = store_.write(slot_key(target), text);
        if (status == WriteStatus::Ok) break;
        if (status == WriteStatus::Unavailable) {
            result.status = SaveStatus::Unavailable;
            return result;
        }
        while (next_to_drop < backups.size() && backups[next_to_drop] != target &&
               head.slots[backups[next_to_drop]].generation == 0)
            ++next_to_drop;
        if (next_to_drop == backups.size()) {
            write_head(head); // record the copies dropped on the way
            result.status = SaveStatus::QuotaExceeded;
            return result;
        }
        const int drop = backups[next_to_drop++];
        store_.remove(slot_key(drop));
        if (drop != target) ++result.backups_dropped;
        head.slots[drop] = SlotInfo{};
    }

    Head next = head;
    next.generation = generation;
    next.slot = target;
    next.slots[target] = SlotInfo{generation, text.size()};
    if (write_head(next) != WriteStatus::Ok) {
        // The new copy is stored but the head still names the previous one,
        // which is intact: the store is consistent, only this save is lost.
        result.status = SaveStatus::QuotaExceeded;
        return result;
    }
    generation_ = generation;
    result.generation = generation;
    result.text = std::move(text);
    return result;
}

StorageUsage WorkspaceStore::usage() {
    StorageUsage usage;
    const Head head = read_head();
    for (int k = 0; k < slot_count; ++k) {
        usage.bytes += head.slots[k].bytes;
        if (k != head.slot && head.slots[k].generation != 0) ++usage.backups;
    }
    if (std::optional<std::string> set_aside = store_.read(key("set-aside"))) usage.bytes += set_aside->size();
    return usage;
}

std::vector<std::pair<int64_t, std::string>> WorkspaceStore::copies() {
    std::vector<std::pair<int64_t, std::string>> out;
    for (int k = 0; k < slot_count; ++k) {
        if (std::optional<std::string> text = store_.read(slot_key(k))) out.emplace_back(slot_generation(*text), std::string(slot_json(*text)));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    return out;
}

} // namespace setright
