// workspace_store.cpp — see workspace_store.hpp.
#include "core/storage/workspace_store.hpp"

#include "core/storage/storage_codec.hpp"

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

std::string_view slot_payload(const std::string& text) {
    size_t newline = text.find('\n');
    return newline == std::string::npos ? std::string_view() : std::string_view(text).substr(newline + 1);
}

// The workspace JSON a slot holds: packed (storage_codec.hpp) or, as stored
// before packing, plain. Nullopt when the packing is damaged.
std::optional<std::string> slot_json(const std::string& text) {
    const std::string_view payload = slot_payload(text);
    if (is_packed(payload)) return unpack_from_storage(payload);
    return std::string(payload);
}

// What a slot's text holds, read as a workspace; every problem says why not.
// `json_bytes` gets the size of the JSON read.
ImportResult read_slot_text(const std::string& text, size_t& json_bytes) {
    if (slot_generation(text) == 0) return ImportResult{std::nullopt, {make_problem("", "not_a_storage_slot")}};
    std::optional<std::string> json = slot_json(text);
    if (!json) return ImportResult{std::nullopt, {make_problem("", "stored_copy_damaged")}};
    json_bytes = json->size();
    return import_workspace(*json);
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
        size_t json_bytes = 0;
        ImportResult imported = read_slot_text(candidate.text, json_bytes);
        // The first slot candidate is the newest stored one, durable copy or not.
        const bool first_slot = i == (durable_first ? 1 : 0);
        if (imported.ok()) {
            const bool newest = candidate.slot == kDurableSlot || (first_slot && candidate.slot == head.slot);
            result.status = (newest && !result.set_aside) ? LoadStatus::Loaded : LoadStatus::Recovered;
            result.workspace = std::move(*imported.workspace);
            json_bytes_ = json_bytes;
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
    const std::string json = export_workspace_compact(workspace);
    const std::string generation_line = std::to_string(generation) + "\n";
    std::string text = generation_line + pack_for_storage(json);
    result.bytes = storage_characters(text);

    // Write over the slot with the oldest copy (empty ones first), never the
    // newest and never one kept for the user.
    std::vector<int> backups;
    for (int k = 0; k < slot_count; ++k)
        if (k != head.slot && k != protected_slot_) backups.push_back(k);
    std::sort(backups.begin(), backups.end(), [&](int a, int b) { return head.slots[a].generation < head.slots[b].generation; });
    if (backups.empty()) {
        result.status = SaveStatus::Unavailable;
        return result;
    }
    const int target = backups.front();

    // Full: make room by taking out backups, oldest first, beginning with the
    // target's old content (replaced anyway if the save succeeds). Everything
    // taken out, and the target's old content, is held here and put back if
    // the save fails after all: a failed save never costs a good copy.
    std::optional<std::string> target_old = store_.read(slot_key(target));
    std::vector<std::pair<int, std::string>> taken_out;
    auto put_back = [&] {
        if (target_old) store_.write(slot_key(target), *target_old);
        for (const auto& [slot, old_text] : taken_out) store_.write(slot_key(slot), old_text);
    };
    size_t next_to_take = 0;
    int written_to = target;
    bool packed_tight = false;
    for (;;) {
        WriteStatus status = store_.write(slot_key(written_to), text);
        if (status == WriteStatus::Ok) break;
        if (status == WriteStatus::QuotaExceeded && !packed_tight) {
            // Short of room: pack harder before any backup is touched.
            text = generation_line + pack_for_storage(json, PackEffort::Tight);
            result.bytes = storage_characters(text);
            packed_tight = true;
            continue;
        }
        while (next_to_take < backups.size() && !store_.read(slot_key(backups[next_to_take]))) ++next_to_take;
        if (status == WriteStatus::QuotaExceeded && next_to_take == backups.size() && written_to == target && head.slot >= 0 &&
            head.slot != protected_slot_) {
            // Room for one copy only: the new one replaces the newest in its
            // own slot. A browser stores a value whole or not at all, so the
            // slot holds either copy, never half of one; the head names it either way.
            if (std::optional<std::string> newest = store_.read(slot_key(head.slot))) {
                taken_out.emplace_back(head.slot, std::move(*newest));
                written_to = head.slot;
                continue;
            }
        }
        if (status == WriteStatus::Unavailable || next_to_take == backups.size()) {
            put_back();
            result.status = status == WriteStatus::Unavailable ? SaveStatus::Unavailable : SaveStatus::QuotaExceeded;
            return result;
        }
        const int slot = backups[next_to_take++];
        if (slot != target) taken_out.emplace_back(slot, *store_.read(slot_key(slot)));
        store_.remove(slot_key(slot));
    }

    Head next = head;
    for (const auto& taken : taken_out) next.slots[taken.first] = SlotInfo{};
    next.slots[target] = SlotInfo{};
    next.generation = generation;
    next.slot = written_to;
    next.slots[written_to] = SlotInfo{generation, result.bytes};
    if (write_head(next) != WriteStatus::Ok) {
        // The head still names the previous copy: it gets its slot back if the
        // new copy went there, and so do the backups taken out.
        put_back();
        result.status = SaveStatus::QuotaExceeded;
        return result;
    }
    for (int k = 0; k < slot_count; ++k)
        if (k != written_to && head.slots[k].generation != 0 && k != head.slot && next.slots[k].generation == 0) ++result.backups_dropped;
    generation_ = generation;
    json_bytes_ = json.size();
    result.generation = generation;
    result.text = std::move(text);
    return result;
}

StoragePlan WorkspaceStore::plan(const Workspace& workspace, size_t json_bytes_at_most) {
    StoragePlan plan;
    const std::optional<size_t> free = store_.free_characters();
    if (!free) return plan;
    plan.known = true;
    const Head head = read_head();
    plan.room = *free;
    for (int k = 0; k < slot_count; ++k)
        if (k != protected_slot_) plan.room += head.slots[k].bytes;
    const size_t overhead = 64; // the generation line, and the key of a slot
    // Deflate never grows text by more than a few bytes per 16 KB, and 15 bits
    // a character carry 8/15 of a byte: a bound without packing anything.
    plan.copy_characters = json_bytes_at_most / 15 * 8 + json_bytes_at_most / 1000 + overhead;
    if (plan.copy_characters * slot_count > plan.room) {
        // Packed as save() packs: quickly, and tightly only where the quick
        // copy would not fit (deflate's best level is 4x slower: 175 of the
        // 590 ms a 10 MB import took to preview in the browser).
        const std::string json = export_workspace_compact(workspace);
        plan.copy_characters = storage_characters(pack_for_storage(json, PackEffort::Fast)) + overhead;
        if (plan.copy_characters * slot_count > plan.room)
            plan.copy_characters = storage_characters(pack_for_storage(json, PackEffort::Tight)) + overhead;
    }
    plan.copies = int(std::min<size_t>(slot_count, plan.room / plan.copy_characters));
    return plan;
}

StorageUsage WorkspaceStore::usage() {
    StorageUsage usage;
    const Head head = read_head();
    for (int k = 0; k < slot_count; ++k) {
        usage.bytes += head.slots[k].bytes;
        if (k != head.slot && head.slots[k].generation != 0) ++usage.backups;
    }
    if (std::optional<std::string> set_aside = store_.read(key("set-aside"))) usage.bytes += storage_characters(*set_aside);
    return usage;
}

std::vector<std::pair<int64_t, std::string>> WorkspaceStore::copies() {
    std::vector<std::pair<int64_t, std::string>> out;
    for (int k = 0; k < slot_count; ++k) {
        if (std::optional<std::string> text = store_.read(slot_key(k)))
            if (std::optional<std::string> json = slot_json(*text)) out.emplace_back(slot_generation(*text), std::move(*json));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    return out;
}

} // namespace setright
