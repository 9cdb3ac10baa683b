// workspace_store.hpp — keeping the workspace in a key-value store (the
// browser's localStorage) so that no save can lose it.
//
// Layout under a prefix (default "setright.v1"):
//   <prefix>.head      {"generation": g, "slot": k, "slots": [{"generation", "bytes"}, ...]}:
//                      which slot holds the newest copy, and what every slot holds
//   <prefix>.slot.<k>  "<generation>\n<workspace JSON>", k in 0..slot_count-1
//   <prefix>.set-aside a stored copy that did not read back, kept for the user
//
// A save writes the new copy into a slot other than the newest, then switches
// the head to it: if the browser stops half-way, the head still names a good
// copy. The other slots are the backups, newest first. When the store is full,
// the oldest backups are taken out one at a time to make room; if the save
// still does not fit, every one is put back: a failed save costs no copy.
// Copies are packed (storage_codec.hpp): the quota counts characters.
//
// Two tabs: every save first checks that no copy newer than the one this store
// last read or wrote has been stored, here or in the durable copy (below). If
// another tab saved in between, the save is refused
// (SaveStatus::ChangedElsewhere) rather than overwriting that tab's work. The
// caller makes the check and the write one atomic step across tabs
// (platform::run_save_section).
//
// The durable copy: the browser writes localStorage to disk lazily, so every
// saved slot text is also kept where a crash cannot take it (IndexedDB,
// SaveResult::text). load() takes that copy as one more candidate: it wins
// when it is newer than every slot (localStorage lost the last write).
#pragma once

#include "core/format/json_format.hpp"
#include "core/model/model.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace setright {

enum class WriteStatus { Ok, QuotaExceeded, Unavailable };

// What the platform gives: localStorage on the web, memory in the tests.
class KeyValueStore {
public:
    virtual ~KeyValueStore() = default;
    virtual std::optional<std::string> read(const std::string& key) = 0;
    virtual WriteStatus write(const std::string& key, const std::string& value) = 0;
    virtual void remove(const std::string& key) = 0;
    // Characters the store could still take, or nullopt when it cannot tell.
    virtual std::optional<size_t> free_characters() { return std::nullopt; }
};

enum class LoadStatus {
    Empty,     // nothing stored yet
    Loaded,    // the newest copy read back
    Recovered, // the newest copy was unusable or missing; an older backup was used
    Unusable,  // something is stored but no copy reads back: see LoadResult::set_aside
};

struct LoadResult {
    LoadStatus status = LoadStatus::Empty;
    Workspace workspace;
    int64_t generation = 0;
    // The copy that did not read back (raw text, never changed) and why.
    std::optional<std::string> set_aside;
    std::vector<ImportProblem> problems;
};

enum class SaveStatus { Saved, QuotaExceeded, Unavailable, ChangedElsewhere, Refused };

struct SaveResult {
    SaveStatus status = SaveStatus::Saved;
    int64_t generation = 0;              // of the copy now newest in the store
    size_t bytes = 0;                    // size of the copy written
    std::string text;                    // the slot text written, exactly: what the durable copy keeps
    int backups_dropped = 0;             // to make room
    std::vector<ImportProblem> problems; // with Refused: why the workspace would not read back
};

struct StorageUsage {
    size_t bytes = 0; // characters stored under the prefix (what the quota counts)
    int backups = 0;  // copies besides the newest
};

// Whether a workspace would be kept, worked out before it replaces the
// current one (the import preview says so).
struct StoragePlan {
    bool known = false;         // the store told its free room
    size_t copy_characters = 0; // one copy, packed (an upper bound when copies == slot_count)
    size_t room = 0;            // characters the copies may take: free plus what the copies take now
    int copies = 0;             // how many copies would fit: 0 none, 1 no backups, ... slot_count
};

class WorkspaceStore {
public:
    static constexpr int slot_count = 4; // the newest copy and up to three backups

    explicit WorkspaceStore(KeyValueStore& store, std::string prefix = "setright.v1");

    // Reads the newest copy that reads back. An unusable newest copy is
    // returned in LoadResult::set_aside, copied to <prefix>.set-aside when
    // there is room, and its slot is never written by this store.
    // `durable_copy` (a slot text kept elsewhere, see the file comment) is
    // used when it is newer than every slot and reads back; an unreadable one
    // is ignored, never set aside.
    LoadResult load(const std::optional<std::string>& durable_copy = std::nullopt);

    // Saves `workspace` as the new newest copy (see the file comment).
    // `durable_generation`: the generation of the newest durable copy, which
    // another tab may have written since this tab's localStorage view was updated.
    SaveResult save(const Workspace& workspace, int64_t durable_generation = 0);
    // Saves even if another tab saved since: the user chose this tab's copy.
    SaveResult save_over_other_tab(const Workspace& workspace);

    // True when another writer stored a newer copy (in the head, or with
    // `durable_generation`) since this store last read or wrote one. A head
    // that went back (localStorage lost writes in a crash) is not another writer.
    bool changed_elsewhere(int64_t durable_generation = 0);
    int64_t generation() const { return generation_; }
    StorageUsage usage();

    // How many copies of `workspace` the store would keep. `json_bytes_at_most`
    // bounds its JSON (the current copy plus the files being imported): when
    // that bound fits every copy, nothing is packed to find out.
    StoragePlan plan(const Workspace& workspace, size_t json_bytes_at_most);
    // Size of the newest copy's JSON, unpacked (0 before a load or save).
    size_t json_bytes() const { return json_bytes_; }

    // Every stored copy, newest first, as text (for "download a backup").
    std::vector<std::pair<int64_t, std::string>> copies();

private:
    struct SlotInfo {
        int64_t generation = 0; // 0: empty
        size_t bytes = 0;
    };
    struct Head {
        int64_t generation = 0;
        int slot = -1;
        SlotInfo slots[slot_count];
    };
    // A stored copy load() may use: a slot, or the durable copy (kDurableSlot).
    struct Candidate {
        int slot;
        int64_t generation;
        std::string text;
    };
    static constexpr int kDurableSlot = -2;
    // Puts the durable copy first when it is newer than every slot; true if it did.
    bool offer_durable_copy(std::vector<Candidate>& candidates, const Head& head, const std::optional<std::string>& durable_copy);
    Head read_head();
    WriteStatus write_head(const Head& head);
    std::string key(const std::string& name) const;
    std::string slot_key(int slot) const;
    SaveResult write_copy(const Workspace& workspace);

    KeyValueStore& store_;
    std::string prefix_;
    int64_t generation_ = 0;  // the head this store last read or wrote
    int protected_slot_ = -1; // an unusable copy kept until the user decides
    size_t json_bytes_ = 0;   // of the newest copy
};

} // namespace setright
