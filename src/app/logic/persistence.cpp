// persistence.cpp — see persistence.hpp.
#include "logic/persistence.hpp"

#include "logic/app_state.hpp"
#include "logic/format.hpp"
#include "logic/hidden_notes.hpp"
#include "logic/i18n.hpp"
#include "logic/local_words.hpp"

#include "core/format/json_format.hpp"
#include "platform/platform.hpp"

#include <algorithm>
#include <cstdio>

namespace setright::app {
namespace {

const char* const kLanguageKey = "setright.language";
const char* const kThemeKey = "setright.theme";
const char* const kHiddenNotesKey = "setright.notes_hidden";

// localStorage through the platform layer.
class BrowserStore : public KeyValueStore {
public:
    std::optional<std::string> read(const std::string& key) override { return platform::storage_read(key); }
    WriteStatus write(const std::string& key, const std::string& value) override {
        switch (platform::storage_write(key, value).status) {
        case platform::StoreStatus::Ok: return WriteStatus::Ok;
        case platform::StoreStatus::QuotaExceeded: return WriteStatus::QuotaExceeded;
        case platform::StoreStatus::Unavailable: return WriteStatus::Unavailable;
        }
        return WriteStatus::Unavailable;
    }
    void remove(const std::string& key) override { platform::storage_remove(key); }
    std::optional<size_t> free_characters() override {
        const std::optional<platform::StorageSpace> space = platform::storage_space();
        return space ? std::optional<size_t>(space->free) : std::nullopt;
    }
};

std::string describe(const std::vector<ImportProblem>& problems) {
    std::string out;
    for (size_t i = 0; i < problems.size() && i < 5; ++i) out += describe_problem(tr("storage.saved_copy"), problems[i]) + "\n";
    return out;
}

constexpr const char* kDurableName = "workspace";

void adopt_loaded(App& app, Workspace workspace) {
    app.workspace = std::move(workspace);
    forget_all_deal_views(app); // another tab's copy may give an id to another deal
    app.committed = app.workspace;
    app.history.clear();
    app.persistence.saved_changes = app.changes;
    app.persistence.durable_changes = app.changes;
    app.persistence.unsaved_since = -1;
}

void refresh_usage(Persistence& p) {
    p.usage = p.store->usage();
    p.space = platform::storage_space();
}

// Writes the workspace into the store and tells the user how that went.
// `durable_generation`: the newest durable copy's, which another tab may have written.
SaveResult write_to_store(App& app, bool over_other_tab, int64_t durable_generation) {
    Persistence& p = app.persistence;
    app.redraw = true; // the status line or a banner changes
    const double started = platform::monotonic_seconds();
    SaveResult result = over_other_tab ? p.store->save_over_other_tab(app.workspace) : p.store->save(app.workspace, durable_generation);
    const double finished = platform::monotonic_seconds();
    p.last_save_ms = (finished - started) * 1000.0;
    refresh_usage(p); // failed or not: the status line says what is stored now
    record_save(p, result.status, app.changes, finished, result.status == SaveStatus::Refused ? describe(result.problems) : std::string());
    return result;
}

// Saves in a section no other tab's save can interleave with (the check
// against other tabs and the write are one step), then waits for the copy to
// be durable: only then does the status line say saved.
void save(App& app, bool over_other_tab) {
    Persistence& p = app.persistence;
    if (p.save_in_flight) {
        p.next_over_other_tab = p.next_over_other_tab || over_other_tab;
        return; // the next tick after it saves again
    }
    p.save_in_flight = true;
    p.next_over_other_tab = false;
    platform::run_save_section(
            kDurableName,
            [&app, over_other_tab](int64_t durable_generation) -> std::optional<platform::DurableCopy> {
                const uint64_t changes = app.changes;
                SaveResult result = write_to_store(app, over_other_tab, durable_generation);
                if (result.status != SaveStatus::Saved) return std::nullopt;
                app.persistence.writing_changes = changes;
                return platform::DurableCopy{result.generation, std::move(result.text)};
            },
            [&app](bool durable) {
                Persistence& p = app.persistence;
                p.save_in_flight = false;
                // Without a durable store (none in this browser) localStorage is all there is.
                (void)durable;
                p.durable_changes = std::max(p.durable_changes, p.writing_changes);
                app.redraw = true;
                platform::request_frame();
            });
}

} // namespace

// "Use the other tab's copy": the newest stored one. This tab's localStorage
// can lag the other tab's write, so the durable copy (read fresh) is offered too.
void use_other_tabs_copy(App& app) {
    platform::read_durable_copy(kDurableName, [&app](std::optional<platform::DurableCopy> durable) {
        Persistence& p = app.persistence;
        LoadResult loaded = p.store->load(durable ? std::optional<std::string>(std::move(durable->text)) : std::nullopt);
        if (loaded.status == LoadStatus::Loaded || loaded.status == LoadStatus::Recovered) {
            ++app.changes;
            adopt_loaded(app, std::move(loaded.workspace));
            p.problem = StorageProblem::None;
        }
        app.redraw = true;
        platform::request_frame();
    });
}

void download_workspace(const App& app) {
    platform::download_file("setright-workspace.json", "application/json", export_workspace(app.workspace));
}

void download_set_aside(const App& app) {
    platform::download_file("setright-unreadable-copy.txt", "text/plain", app.persistence.set_aside);
}

void keep_this_tabs_copy(App& app) {
    app.persistence.problem = StorageProblem::None;
    save(app, true);
}

void persistence_start(App& app) {
    Persistence& p = app.persistence;
    p.backend = std::make_unique<BrowserStore>();
    p.store = std::make_unique<WorkspaceStore>(*p.backend);
    std::optional<platform::DurableCopy> durable = platform::durable_copy_at_start(kDurableName);
    LoadResult loaded = p.store->load(durable ? std::optional<std::string>(std::move(durable->text)) : std::nullopt);
    switch (loaded.status) {
    case LoadStatus::Empty: break;
    case LoadStatus::Loaded: adopt_loaded(app, std::move(loaded.workspace)); break;
    case LoadStatus::Recovered:
        adopt_loaded(app, std::move(loaded.workspace));
        if (loaded.set_aside) {
            p.problem = StorageProblem::Recovered;
            p.set_aside = std::move(*loaded.set_aside);
            p.problem_detail = describe(loaded.problems);
        }
        break;
    case LoadStatus::Unusable:
        p.problem = StorageProblem::Unusable;
        p.set_aside = loaded.set_aside.value_or(std::string());
        p.problem_detail = describe(loaded.problems);
        break;
    }
    refresh_usage(p);
    platform::request_persistent_storage();
}

void persistence_tick(App& app) {
    if (save_due(app.persistence, app.changes, platform::monotonic_seconds())) save(app, app.persistence.next_over_other_tab);
}

void persistence_flush(App& app) {
    Persistence& p = app.persistence;
    if (!p.store || app.changes == p.saved_changes || saving_paused(p)) return;
    // No time to wait for the section: localStorage now (checked against its
    // head only), the durable copy if the browser lets it finish.
    const uint64_t changes = app.changes;
    SaveResult result = write_to_store(app, false, 0);
    if (result.status != SaveStatus::Saved) return;
    platform::keep_durably(kDurableName, {result.generation, std::move(result.text)}, [&app, changes](bool) {
        app.persistence.durable_changes = std::max(app.persistence.durable_changes, changes);
        app.redraw = true;
        platform::request_frame();
    });
}

const char* persistence_status(const App& app) { return save_status(app.persistence, app.changes); }

double persistence_seconds_until_due(const App& app) {
    return seconds_until_save(app.persistence, app.changes, platform::monotonic_seconds());
}

StoragePlan plan_storage_for_import(App& app) {
    Persistence& p = app.persistence;
    if (!p.store || !app.pending_import) return {};
    size_t json_bytes_at_most = p.store->json_bytes();
    if (json_bytes_at_most == 0) json_bytes_at_most = export_workspace_compact(app.workspace).size();
    json_bytes_at_most += app.pending_import->bytes_read;
    refresh_usage(p); // the same count the plan makes, for the status line
    return p.store->plan(app.pending_import->merged, json_bytes_at_most);
}

std::string remembered_language() { return platform::storage_read(kLanguageKey).value_or(std::string()); }
void remember_language(const std::string& code) { platform::storage_write(kLanguageKey, code); }
std::string remembered_theme() { return platform::storage_read(kThemeKey).value_or(std::string()); }
void remember_theme(const std::string& code) { platform::storage_write(kThemeKey, code); }

void load_hidden_notes(App& app) { app.notes_hidden = unpack_hidden_notes(platform::storage_read(kHiddenNotesKey).value_or("")); }

void set_notes_hidden(App& app, const std::string& deal_id, bool hidden) {
    if (hidden)
        app.notes_hidden.insert(deal_id);
    else
        app.notes_hidden.erase(deal_id);
    platform::storage_write(kHiddenNotesKey, pack_hidden_notes(app.notes_hidden));
}

} // namespace setright::app
