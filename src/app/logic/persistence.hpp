// persistence.hpp — the workspace kept in the browser's storage: loaded at
// start, saved within a second of every change and whenever the page is
// hidden, and every way that can fail shown to the user with what to do.
//
// The rules that keep data safe live in core/storage/workspace_store.hpp, when to
// save in save_policy.hpp; this file drives the browser's storage by them.
// storage_banners.hpp tells the user.
#pragma once

#include "core/storage/workspace_store.hpp"
#include "logic/save_policy.hpp"

#include <string>

namespace setright::app {

struct App;

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

// What the banners offer (storage_banners.hpp).
void keep_this_tabs_copy(App& app); // "keep mine": save over the other tab's copy
void use_other_tabs_copy(App& app); // "use theirs": load the newest stored copy
void download_workspace(const App& app);
void download_set_aside(const App& app); // the copy that did not read back

// Whether the workspace the open import preview would make can be kept in
// this browser, and with how many backups.
StoragePlan plan_storage_for_import(App& app);

// Remembered user settings (kept apart from the workspace).
std::string remembered_language();
void remember_language(const std::string& code);
std::string remembered_theme(); // a theme_choice_code(), or empty
void remember_theme(const std::string& code);
// The deals whose notes the Overview folds away (hidden_notes.hpp): read into
// app.notes_hidden at start; set_notes_hidden changes one and remembers it.
void load_hidden_notes(App& app);
void set_notes_hidden(App& app, const std::string& deal_id, bool hidden);

} // namespace setright::app
