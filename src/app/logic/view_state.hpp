// view_state.hpp — what the views remember between frames: what the user
// selected, filtered or half-typed, and two computed caches. Not saved and
// not part of undo: it belongs to the screen, not to the deal.
//
// Item ids are unique only within a deal (`q-1` is in every deal), so all of
// it is kept per deal (App::deal_views, by deal id): a selection, filter or
// draft made in one deal never shows in another, and is there again when
// the user comes back. Entries of deals that no longer exist are dropped
// (forget_*_deal_views) so a new deal that reuses an id starts clean.
#pragma once

#include "core/judging/coverage.hpp"
#include "core/judging/readiness.hpp"
#include "core/judging/red_flags.hpp"
#include "core/model/model.hpp"
#include "core/model/subject.hpp"
#include "core/workshop/case_room.hpp"
#include "logic/vendor_standing.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace setright::app {

struct App;

struct RequirementsView {
    std::string draft; // the requirement being written
    std::string filter;
    int priority_filter = 0; // 0: all, else Priority + 1
    std::string vendor;      // whose claims the table shows; empty: the judged vendor
    std::string selected;    // Requirement id
    bool matrix = false;     // every vendor's claims side by side (claims_matrix.hpp)
};

struct QuestionsView {
    std::string draft; // the question being written
    std::string filter;
    bool show_closed = true;
    std::string selected;  // Question id
    std::string promising; // Question id the promise popup is for
    std::optional<Moment> promise_date;
    std::string promise_whom;
    bool open_promise = false; // asked from a row; opened outside the table's ID scope
};

struct TimelineView {
    std::string selected; // Touch id
};

// The follow-up draft to one vendor, open in its popup (follow_up_popup.hpp).
// Kept by the workspace, not the tab: the popup is drawn at the top of the
// frame, so it stays open when the layout changes (a phone turned).
struct FollowUpView {
    std::string deal;    // Deal id
    std::string vendor;  // Organisation id; empty: no draft shown
    bool open = false;   // open the popup on the next frame
    bool copied = false; // the draft was copied: say so
};

struct VendorsView {
    std::string new_vendor; // the "new vendor" field
    std::string new_person; // the "new person" field
};

struct FitDecisionView {
    std::string new_fit;    // the "not a fit" statement being written
    std::string new_option; // the option being written
};

struct RelationshipView {
    std::string new_item; // the post-sale checklist item being written
};

struct StudyView {
    std::string new_vendor; // the "new request" field
    std::string selected;   // StudyRequest id
};

enum class CaseMode { Play, Key, Room };

struct CaseView {
    CaseMode mode = CaseMode::Play;
    bool participant_view = false; // a trainer's case shown as a participant copy would be
    std::string selected_step;     // CaseStep id the key editor edits
    std::string new_sign;          // the key editor's "new sign" field
};

// Positions in deal.questions (not pointers: the cache outlives a vector's storage).
using QuestionList = std::vector<size_t>;

// What the Overview shows, computed when the workspace (app.changes) or the
// as-of date changes, not every frame: thousands of items take milliseconds to judge.
struct OverviewFacts {
    uint64_t changes = ~uint64_t(0); // app.changes it was computed at (~0: not yet)
    int64_t at = 0;                  // the as-of date's minutes
    ReadinessVerdict verdict;
    std::vector<RedFlag> flags;
    std::vector<VendorCoverage> coverage;
    std::vector<VendorStanding> standings; // every vendor judged, with two or more
    QuestionList next, due;
};

// A case's room summarised, recomputed when the workspace (the key) or the
// workshop (its answer sheets) changes.
struct RoomCache {
    uint64_t app_changes = ~uint64_t(0), workshop_changes = ~uint64_t(0);
    Room room;
};

// Everything the views remember about one deal.
struct DealView {
    std::string open_tab = "tab_overview"; // the id of the tab shown
    bool scroll_to_tab = false;            // opened from "More": the strip of tabs brings it into view
    RequirementsView requirements;
    QuestionsView questions;
    TimelineView timeline;
    VendorsView vendors;
    FitDecisionView fit_decision;
    RelationshipView relationship;
    StudyView study;
    CaseView case_tab;
    OverviewFacts overview; // cache
    RoomCache room;         // cache
};

// What the views remember about the workspace as a whole.
struct WorkspaceView {
    bool show_archived = false; // the deals list shows archived deals too
    // Beside the deal: the user's choice once made (any size), else the
    // layout's default (deals_list_beside_by_default).
    std::optional<bool> deals_list_beside;
    // On a phone the deals list is a screen of its own, instead of the deal.
    bool phone_shows_deals = false;
    FollowUpView follow_up;
};

// The view state of the deal with this id, made on first use.
DealView& deal_view(App& app, const std::string& deal_id);
// Opens the tab that holds `subject`, with it selected: a click on a
// blocker, a red flag or a question on the Overview goes to what it is about.
// The deal itself opens nothing.
void open_subject(DealView& view, const Subject& subject);
// Drops the view state of deals no longer in the workspace (deleted, undone, merged away).
void forget_missing_deal_views(App& app);
// Drops all of it: the workspace was replaced, and an id may now name another deal.
void forget_all_deal_views(App& app);

} // namespace setright::app
