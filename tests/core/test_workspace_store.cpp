// Keeping the workspace in browser storage: nothing a save, a crash, a full
// quota, garbage or a second tab does may lose the newest good copy.
#include "core/format/json_format.hpp"
#include "core/format/template_catalog.hpp"
#include "core/storage/storage_codec.hpp"
#include "core/storage/workspace_store.hpp"

#include <doctest/doctest.h>

#include <map>

using namespace setright;

namespace {

// localStorage as the tests need it: a quota in UTF-16 characters (what the
// browser counts), and failures on demand.
struct MemoryStore : KeyValueStore {
    std::map<std::string, std::string> values;
    size_t quota = SIZE_MAX;
    int fail_writes_of_head = 0; // the next N head writes fail as if the tab closed

    size_t used_without(const std::string& key) const {
        size_t used = 0;
        for (const auto& [k, v] : values)
            if (k != key) used += storage_characters(k) + storage_characters(v);
        return used;
    }
    std::optional<std::string> read(const std::string& key) override {
        auto it = values.find(key);
        if (it == values.end()) return std::nullopt;
        return it->second;
    }
    WriteStatus write(const std::string& key, const std::string& value) override {
        if (key.size() > 5 && key.compare(key.size() - 5, 5, ".head") == 0 && fail_writes_of_head > 0) {
            --fail_writes_of_head;
            return WriteStatus::Unavailable;
        }
        if (used_without(key) + storage_characters(key) + storage_characters(value) > quota) return WriteStatus::QuotaExceeded;
        values[key] = value;
        return WriteStatus::Ok;
    }
    void remove(const std::string& key) override { values.erase(key); }
    std::optional<size_t> free_characters() override {
        if (quota == SIZE_MAX) return std::nullopt;
        const size_t used = used_without("");
        return used < quota ? quota - used : 0;
    }
};

Workspace workspace_with(const std::string& title, size_t notes_size = 0) {
    Workspace ws;
    Deal deal;
    deal.id = "d1";
    deal.title = title;
    // Letters at random: text that packs about as badly as real prose.
    uint32_t seed = uint32_t(notes_size) * 2654435761u + uint32_t(title.size());
    for (size_t i = 0; i < notes_size; ++i) {
        seed = seed * 1664525u + 1013904223u;
        deal.notes += char('a' + (seed >> 24) % 26);
    }
    ws.deals.push_back(deal);
    return ws;
}

std::string title_of_first(const LoadResult& loaded) {
    REQUIRE_FALSE(loaded.workspace.deals.empty());
    return loaded.workspace.deals[0].title;
}

std::string title_of(const LoadResult& loaded) {
    REQUIRE(loaded.workspace.deals.size() == 1);
    return loaded.workspace.deals[0].title;
}

} // namespace

TEST_CASE("store: an empty store loads as empty") {
    MemoryStore memory;
    WorkspaceStore store(memory);
    CHECK(store.load().status == LoadStatus::Empty);
}

TEST_CASE("store: a saved workspace loads back exactly, in a later session") {
    MemoryStore memory;
    const Workspace ws = workspace_with("Первая сделка — 첫 거래");
    {
        WorkspaceStore store(memory);
        store.load();
        SaveResult saved = store.save(ws);
        CHECK(saved.status == SaveStatus::Saved);
        CHECK(saved.generation == 1);
    }
    WorkspaceStore later(memory);
    LoadResult loaded = later.load();
    CHECK(loaded.status == LoadStatus::Loaded);
    CHECK(loaded.generation == 1);
    CHECK(export_workspace(loaded.workspace) == export_workspace(ws));
}

TEST_CASE("store: every save keeps the previous copies as backups, three at most") {
    MemoryStore memory;
    WorkspaceStore store(memory);
    store.load();
    for (int i = 1; i <= 6; ++i) REQUIRE(store.save(workspace_with("v" + std::to_string(i))).status == SaveStatus::Saved);
    CHECK(store.usage().backups == 3);
    auto copies = store.copies();
    REQUIRE(copies.size() == 4);
    CHECK(copies[0].first == 6);
    CHECK(copies[3].first == 3);
    CHECK(copies[1].second.find("\"v5\"") != std::string::npos);
}

TEST_CASE("store: a save interrupted before the switch leaves the previous copy newest") {
    MemoryStore memory;
    WorkspaceStore store(memory);
    store.load();
    REQUIRE(store.save(workspace_with("before")).status == SaveStatus::Saved);
    memory.fail_writes_of_head = 1; // the tab closes between writing the copy and the head
    CHECK(store.save(workspace_with("during")).status != SaveStatus::Saved);

    WorkspaceStore next_session(memory);
    LoadResult loaded = next_session.load();
    CHECK(loaded.status == LoadStatus::Loaded);
    CHECK(title_of(loaded) == "before");
}

TEST_CASE("store: a garbled newest copy is set aside, never overwritten, and the last good backup is used") {
    MemoryStore memory;
    {
        WorkspaceStore store(memory);
        store.load();
        store.save(workspace_with("good"));
        store.save(workspace_with("newest"));
    }
    // Something scribbled over the newest copy.
    const std::string head = memory.values["setright.v1.head"];
    const int newest_slot = Json::parse(head)["slot"].get<int>();
    const std::string newest_key = "setright.v1.slot." + std::to_string(newest_slot);
    memory.values[newest_key] = "2\n{\"format\": \"setright\", \"version\": 1, \"deals\": [ {\"id\": ";

    WorkspaceStore store(memory);
    LoadResult loaded = store.load();
    CHECK(loaded.status == LoadStatus::Recovered);
    CHECK(title_of(loaded) == "good");
    REQUIRE(loaded.set_aside.has_value());
    CHECK(*loaded.set_aside == memory.values[newest_key]);
    CHECK(memory.values["setright.v1.set-aside"] == *loaded.set_aside);
    REQUIRE_FALSE(loaded.problems.empty());
    CHECK(loaded.problems[0].line == 1);

    // Saving on does not touch the garbled copy.
    const std::string garbled = memory.values[newest_key];
    for (int i = 0; i < 5; ++i) REQUIRE(store.save(workspace_with("on " + std::to_string(i))).status == SaveStatus::Saved);
    CHECK(memory.values[newest_key] == garbled);
}

TEST_CASE("store: when nothing reads back the store says so and keeps the text") {
    MemoryStore memory;
    memory.values["setright.v1.head"] = "{\"generation\": 1, \"slot\": 0}";
    memory.values["setright.v1.slot.0"] = "1\nnot json at all";
    WorkspaceStore store(memory);
    LoadResult loaded = store.load();
    CHECK(loaded.status == LoadStatus::Unusable);
    CHECK(loaded.set_aside == std::optional<std::string>("1\nnot json at all"));
}

TEST_CASE("store: a copy written by a newer Setright is set aside with that reason, not overwritten") {
    MemoryStore memory;
    memory.values["setright.v1.head"] = "{\"generation\": 7, \"slot\": 2}";
    memory.values["setright.v1.slot.2"] = "7\n{\"format\": \"setright\", \"version\": 2, \"deals\": []}";
    WorkspaceStore store(memory);
    LoadResult loaded = store.load();
    CHECK(loaded.status == LoadStatus::Unusable);
    REQUIRE_FALSE(loaded.problems.empty());
    CHECK(loaded.problems[0].message.find("newer Setright") != std::string::npos);
    REQUIRE(store.save(workspace_with("older app")).status == SaveStatus::Saved);
    CHECK(memory.values["setright.v1.slot.2"].find("\"version\": 2") != std::string::npos);
}

TEST_CASE("store: a full store drops the oldest backups first and never the newest copy") {
    MemoryStore memory;
    WorkspaceStore store(memory);
    store.load();
    for (int i = 0; i < 4; ++i) REQUIRE(store.save(workspace_with("fill " + std::to_string(i), 1000)).status == SaveStatus::Saved);
    REQUIRE(store.usage().backups == 3);

    memory.quota = memory.used_without(""); // exactly full
    SaveResult saved = store.save(workspace_with("bigger", 1500));
    CHECK(saved.status == SaveStatus::Saved);
    CHECK(saved.backups_dropped >= 1);

    // A copy too large for the whole store is refused and the newest stays.
    SaveResult too_big = store.save(workspace_with("huge", 100000));
    CHECK(too_big.status == SaveStatus::QuotaExceeded);
    WorkspaceStore next_session(memory);
    LoadResult loaded = next_session.load();
    CHECK(loaded.status == LoadStatus::Loaded);
    CHECK(title_of(loaded) == "bigger");
}

TEST_CASE("store: a second tab's save is never silently overwritten") {
    MemoryStore memory;
    WorkspaceStore first_tab(memory);
    WorkspaceStore second_tab(memory);
    first_tab.load();
    second_tab.load();
    REQUIRE(first_tab.save(workspace_with("first")).status == SaveStatus::Saved);

    CHECK(second_tab.changed_elsewhere());
    SaveResult refused = second_tab.save(workspace_with("second"));
    CHECK(refused.status == SaveStatus::ChangedElsewhere);
    CHECK(title_of(WorkspaceStore(memory).load()) == "first");

    // The user of the second tab chose to keep theirs.
    CHECK(second_tab.save_over_other_tab(workspace_with("second")).status == SaveStatus::Saved);
    CHECK(first_tab.save(workspace_with("first again")).status == SaveStatus::ChangedElsewhere);
    CHECK(title_of(WorkspaceStore(memory).load()) == "second");
}

TEST_CASE("store: a workspace that would not read back is refused, and nothing is written") {
    MemoryStore memory;
    WorkspaceStore store(memory);
    store.load();
    Workspace bad = workspace_with("dup");
    bad.deals.push_back(bad.deals[0]); // two deals "d1"
    SaveResult saved = store.save(bad);
    CHECK(saved.status == SaveStatus::Refused);
    CHECK_FALSE(saved.problems.empty());
    CHECK(memory.values.empty());
}

TEST_CASE("store: a save that does not fit even without backups puts every backup back") {
    MemoryStore memory;
    WorkspaceStore store(memory);
    store.load();
    for (int i = 0; i < 4; ++i) REQUIRE(store.save(workspace_with("fill " + std::to_string(i), 2000)).status == SaveStatus::Saved);
    REQUIRE(store.usage().backups == 3);
    memory.quota = memory.used_without("") + 100;
    const std::map<std::string, std::string> before = memory.values;

    SaveResult too_big = store.save(workspace_with("too big", 50000));
    CHECK(too_big.status == SaveStatus::QuotaExceeded);
    CHECK(too_big.backups_dropped == 0);
    CHECK(memory.values == before); // every slot and the head exactly as they were
    CHECK(store.usage().backups == 3);
    CHECK(store.copies().size() == 4);
}

TEST_CASE("store: copies are packed, and copies stored plain by an earlier Setright still read") {
    MemoryStore memory;
    const Workspace ws = workspace_with("Первая сделка — 첫 거래 — Første", 3000);
    {
        WorkspaceStore store(memory);
        store.load();
        REQUIRE(store.save(ws).status == SaveStatus::Saved);
    }
    const std::string& slot = memory.values["setright.v1.slot.0"];
    CHECK(slot.rfind("1\nz", 0) == 0);
    CHECK(storage_characters(slot) * 2 < export_workspace_compact(ws).size());

    MemoryStore earlier; // as Setright stored copies before packing
    earlier.values["setright.v1.head"] = "{\"generation\": 3, \"slot\": 1}";
    earlier.values["setright.v1.slot.1"] = "3\n" + export_workspace_compact(ws);
    WorkspaceStore store(earlier);
    LoadResult loaded = store.load();
    CHECK(loaded.status == LoadStatus::Loaded);
    CHECK(export_workspace(loaded.workspace) == export_workspace(ws));
}

TEST_CASE("store: a damaged packed copy is set aside and the backup before it is used") {
    MemoryStore memory;
    {
        WorkspaceStore store(memory);
        store.load();
        store.save(workspace_with("good", 500));
        store.save(workspace_with("newest", 500));
    }
    std::string& newest = memory.values["setright.v1.slot.1"];
    REQUIRE(newest.rfind("2\nz", 0) == 0);
    newest[newest.size() / 2 + 1] ^= 0x01; // one bit flipped in the middle
    WorkspaceStore store(memory);
    LoadResult loaded = store.load();
    CHECK(loaded.status == LoadStatus::Recovered);
    CHECK(title_of(loaded) == "good");
    CHECK(loaded.set_aside.has_value());
}

TEST_CASE("storage codec: round trips, refuses damage, counts what the browser counts") {
    const std::string text = "{\"title\": \"계약 要件 Договор æøå 👍\"}" + std::string(10000, ' ');
    const std::string packed = pack_for_storage(text);
    CHECK(is_packed(packed));
    CHECK(unpack_from_storage(packed) == std::optional<std::string>(text));
    CHECK(unpack_from_storage(pack_for_storage("")) == std::optional<std::string>(""));
    CHECK_FALSE(unpack_from_storage(packed.substr(0, packed.size() - 3)).has_value()); // cut short
    CHECK_FALSE(unpack_from_storage(packed.substr(0, packed.size() - 1)).has_value()); // half a character
    CHECK_FALSE(unpack_from_storage("z" + std::string("abc")).has_value());            // not packed characters
    CHECK_FALSE(unpack_from_storage(packed, 100).has_value());                         // larger than allowed
    CHECK(storage_characters("a계👍") == 4);                                            // 1 + 1 + a surrogate pair
}

// Every built-in template in all four languages: real prose, Korean and Russian included.
Workspace templates_workspace() {
    Workspace ws;
    for (const TemplateEntry& entry : template_catalog())
        for (const TemplateFile& file : entry.files) {
            ImportResult imported = import_workspace(file.bytes);
            REQUIRE(imported.ok());
            for (Deal& deal : imported.workspace->deals) {
                deal.id = entry.name + "-" + file.language + "-" + deal.id;
                ws.deals.push_back(std::move(deal));
            }
        }
    return ws;
}

// README "Storage" quotes these figures.
TEST_CASE("store: a workspace 8 times larger than plain copies allowed is kept and edited with three backups") {
    Workspace ws = templates_workspace();
    const std::string json = export_workspace_compact(ws);
    const size_t plain = storage_characters(json);
    const size_t fast = storage_characters(pack_for_storage(json, PackEffort::Fast));
    const size_t tight = storage_characters(pack_for_storage(json, PackEffort::Tight));
    MESSAGE("templates workspace: " << plain << " characters plain; packed fast " << fast << " (" << double(plain) / fast
                                    << " times), tight " << tight << " (" << double(plain) / tight << " times)");

    // Room for four plain copies of a workspace an eighth of this one (what
    // the browser's 5 M characters were to a 1.3 M workspace).
    MemoryStore memory;
    memory.quota = 4 * (plain / 8) + 400; // the head and the keys
    WorkspaceStore store(memory);
    store.load();
    // The first copies are packed fast, while there is room; once room is
    // short each new copy is packed tight, and the fast backups give way to
    // tight ones, one a save.
    for (int edit = 0; edit < 8; ++edit) {
        ws.deals[0].title = "edit " + std::to_string(edit);
        REQUIRE(store.save(ws).status == SaveStatus::Saved);
    }
    CHECK(store.usage().backups == 3);
    CHECK(title_of_first(WorkspaceStore(memory).load()) == "edit 7");
}

TEST_CASE("store: the plan says how many copies a workspace would keep, before it is saved") {
    MemoryStore memory;
    WorkspaceStore store(memory);
    store.load();
    REQUIRE(store.save(workspace_with("small", 100)).status == SaveStatus::Saved);
    CHECK_FALSE(store.plan(workspace_with("any", 100), 10000).known); // no quota: cannot tell

    const Workspace big = workspace_with("big", 100000);
    const size_t copy = storage_characters(pack_for_storage(export_workspace_compact(big), PackEffort::Tight));
    memory.quota = memory.used_without("") + copy * 3 / 2; // room for one copy of `big`, not two
    StoragePlan small = store.plan(workspace_with("small", 100), store.json_bytes());
    CHECK(small.known);
    CHECK(small.copies == WorkspaceStore::slot_count);

    StoragePlan one = store.plan(big, store.json_bytes() + 120000);
    CHECK(one.copies == 1);
    CHECK(one.copy_characters < one.room);
    // What the plan said is what saves do: kept, and every later change too,
    // with no backup left (the one copy is replaced in its slot).
    REQUIRE(store.save(big).status == SaveStatus::Saved);
    for (int edit = 0; edit < 3; ++edit) {
        Workspace edited = big;
        edited.deals[0].title = "big, edit " + std::to_string(edit);
        REQUIRE(store.save(edited).status == SaveStatus::Saved);
        CHECK(store.usage().backups == 0);
        CHECK(title_of(WorkspaceStore(memory).load()) == edited.deals[0].title);
    }

    StoragePlan none = store.plan(workspace_with("bigger", 300000), 400000);
    CHECK(none.copies == 0);
    CHECK(store.save(workspace_with("bigger", 300000)).status == SaveStatus::QuotaExceeded);
}

// The durable copy (IndexedDB in the browser) is the exact slot text a save
// wrote; load() takes it when localStorage lost the last writes in a crash.
TEST_CASE("store: a save hands back the exact slot text it wrote, for the durable copy") {
    MemoryStore memory;
    WorkspaceStore store(memory);
    store.load();
    const SaveResult saved = store.save(workspace_with("kept"));
    REQUIRE(saved.status == SaveStatus::Saved);
    const int slot = Json::parse(memory.values["setright.v1.head"])["slot"].get<int>();
    CHECK(saved.text == memory.values["setright.v1.slot." + std::to_string(slot)]);
}

TEST_CASE("store: a durable copy newer than every slot wins, and saving goes on past it") {
    MemoryStore memory;
    WorkspaceStore store(memory);
    store.load();
    REQUIRE(store.save(workspace_with("on disk")).status == SaveStatus::Saved);
    const MemoryStore before_crash = memory; // localStorage as the crash left it
    const SaveResult last = store.save(workspace_with("last edit"));
    REQUIRE(last.status == SaveStatus::Saved);

    MemoryStore after_crash = before_crash;
    WorkspaceStore relaunched(after_crash);
    LoadResult loaded = relaunched.load(last.text);
    CHECK(loaded.status == LoadStatus::Loaded);
    CHECK(title_of(loaded) == "last edit");
    CHECK(loaded.generation == last.generation);
    CHECK_FALSE(loaded.set_aside);
    // The head lost writes; that is no other tab: the next save goes through, past the durable copy.
    const SaveResult next = relaunched.save(workspace_with("after"));
    REQUIRE(next.status == SaveStatus::Saved);
    CHECK(next.generation > last.generation);
    CHECK(title_of(WorkspaceStore(after_crash).load()) == "after");
}

TEST_CASE("store: a durable copy older than the slots does not win") {
    MemoryStore memory;
    WorkspaceStore store(memory);
    store.load();
    const SaveResult older = store.save(workspace_with("older"));
    REQUIRE(store.save(workspace_with("newer")).status == SaveStatus::Saved);
    LoadResult loaded = WorkspaceStore(memory).load(older.text);
    CHECK(loaded.status == LoadStatus::Loaded);
    CHECK(title_of(loaded) == "newer");
}

TEST_CASE("store: an unreadable durable copy is ignored, never set aside over a good copy") {
    MemoryStore memory;
    WorkspaceStore store(memory);
    store.load();
    REQUIRE(store.save(workspace_with("good")).status == SaveStatus::Saved);
    for (const std::string garbage : {"99\n{\"format\": \"setright\", \"deals\": [ {\"id\": ", "not a slot at all", ""}) {
        CAPTURE(garbage);
        MemoryStore session = memory;
        WorkspaceStore next(session);
        LoadResult loaded = next.load(garbage);
        CHECK(loaded.status == LoadStatus::Loaded);
        CHECK(title_of(loaded) == "good");
        CHECK_FALSE(loaded.set_aside);
        CHECK(session.values.count("setright.v1.set-aside") == 0);
        CHECK(next.save(workspace_with("on")).status == SaveStatus::Saved);
    }
}

TEST_CASE("store: a newer durable copy refuses a save even when this tab's view of the head lags") {
    MemoryStore shared;
    WorkspaceStore first_tab(shared);
    first_tab.load();
    REQUIRE(first_tab.save(workspace_with("start")).status == SaveStatus::Saved);
    MemoryStore stale_view = shared; // the second tab's localStorage, one IPC hop behind
    WorkspaceStore second_tab(stale_view);
    second_tab.load();
    const SaveResult theirs = first_tab.save(workspace_with("first"));
    REQUIRE(theirs.status == SaveStatus::Saved);

    CHECK_FALSE(second_tab.changed_elsewhere()); // its localStorage does not show it yet
    const SaveResult refused = second_tab.save(workspace_with("second"), theirs.generation);
    CHECK(refused.status == SaveStatus::ChangedElsewhere);
    CHECK(refused.generation == theirs.generation);
    CHECK(second_tab.save(workspace_with("second"), second_tab.generation()).status == SaveStatus::Saved);
}
