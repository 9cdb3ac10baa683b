// app_state.hpp — the application's state: the workspace being edited, what
// each deal's views remember, storage, workshop and history. ImGui-free (this
// folder, src/app/logic, is built and unit-tested natively); ui/app_frame.hpp
// draws it, main.cpp feeds it frames, platform/ gives it the machine.
//
// Every change to the workspace goes through note_change() (editors.hpp does
// it for fields), which is what makes undo, autosave and merge times work.
#pragma once

#include "core/model/model.hpp"
#include "logic/appearance.hpp"
#include "logic/export_reminder.hpp"
#include "logic/frame_stats.hpp"
#include "logic/history.hpp"
#include "logic/import_plan.hpp"
#include "logic/notice.hpp"
#include "logic/save_policy.hpp"
#include "logic/sheet_preview.hpp"
#include "logic/view_state.hpp"
#include "logic/workshop.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace setright::app {

struct App {
    Workspace workspace;
    std::string selected_deal; // Deal id; empty: none
    // The date verdicts, flags and "overdue" are judged at: today unless the
    // user moves it (to plan ahead, or to replay a case as of a past day).
    std::optional<Moment> as_of;

    History history;
    // The workspace as it was before the edit in progress: what undo returns to.
    Workspace committed;
    bool edit_open = false; // a text field is being typed into: one undo step
    uint64_t changes = 0;   // counts every change; autosave watches it
    bool redraw = false;    // something changed outside a frame's input: draw again

    // A line for the status bar about something that finished in the
    // background (a share link copied, or refused as too long). Set through
    // notice.hpp: a brief one goes at notice_until (monotonic seconds; -1: stays).
    Wording notice;
    double notice_until = -1.0;

    // Files read but not applied yet: the import preview is open.
    std::optional<ImportPlan> pending_import;
    std::optional<SheetPreview> pending_sheet; // a requirements sheet (XLSX, CSV, TSV) being previewed

    Persistence persistence;
    // When the workspace was last exported and since when it has changes no
    // export holds (export_tracking.hpp): what the export reminder goes by.
    ExportRecord export_record;
    uint64_t export_seen_changes = 0; // App::changes export_tracking_tick last saw
    FrameStats frame_stats;

    // Workshop answers and rooms, saved apart from the workspace (workshop.hpp).
    Workshop workshop;

    // What the views remember between frames (view_state.hpp): per deal,
    // because item ids repeat from deal to deal, and for the deals list.
    std::map<std::string, DealView> deal_views; // by deal id
    WorkspaceView workspace_view;

    ThemeChoice theme = ThemeChoice::System; // remembered apart from the workspace
    std::set<std::string> notes_hidden;      // deal ids whose notes the Overview folds away (hidden_notes.hpp)
};

// The whole workspace in the JSON export format (window.setright.state()).
std::string app_state_json(const App& app);

// --- Changing the workspace -------------------------------------------------
// Call right after changing app.workspace. `what` names the step for the Edit
// menu. With `continuing`, later changes join this step until the user leaves
// the field (typing a word is one undo, not one per letter).
void note_change(App& app, const char* what, bool continuing = false);
// Closes a continuing step; called when no field is active any more.
void end_edit(App& app);
void undo(App& app);
void redo(App& app);

// The current time, for `modified` stamps.
Moment now_moment();
// app.as_of, or now.
Moment judged_at(const App& app);
// Seconds from `unix_ms` (milliseconds since 1970 UTC) to the next midnight
// of the day Setright reads it as (UTC, as now_moment() and every date in a
// workspace), always > 0.
double seconds_until_next_day(int64_t unix_ms);
// When "today" becomes tomorrow and what is judged at it (the verdict, the
// red flags, what is overdue) must be drawn again, even in an idle app; -1
// when the user fixed the as-of date.
double seconds_until_the_date_changes(const App& app);
// The selected deal, or null.
Deal* selected_deal(App& app);

} // namespace setright::app
