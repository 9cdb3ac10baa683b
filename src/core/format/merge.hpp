// merge.hpp — combining two workspaces, such as yours and a file a colleague
// sent back, without losing anything from either.
//
// Deals are matched by id, then each list inside a deal by item id (claims by
// vendor), and so is each list inside an item: a claim's evidence by id, a
// question's history entries by their whole content (they carry no id and are
// never edited), a case's signs by code and steps by id. Both sides' additions
// to any of these lists are kept. For an item present on both sides the newer
// `modified` wins (an item without its own `modified` follows the item or deal
// it sits in); an item only in incoming is added; an item only in base is kept
// (format v1 has no deletions). Equal `modified` (or none on either side) with
// different content is a conflict: the merged workspace keeps base's version
// and the conflict carries both. Every difference is reported, item by item,
// as a change or a conflict, in plain English and as data. The rules in full:
// docs/format-v1.md, "Merging".
#pragma once

#include "core/model/model.hpp"

#include <string>
#include <vector>

namespace setright {

enum class ChangeKind {
    Added,   // only in incoming: now in merged
    Updated, // in both, incoming newer: incoming's version is in merged
    Kept,    // in both and base newer, or only in base within a shared deal: base's version stays
};

// Why a change went the way it did: lets the app say it in the user's language.
enum class ChangeReason { OnlyInIncoming, IncomingNewer, BaseNewer, OnlyInBase };
enum class ConflictReason { SameModified, NoModified, CannotCombine };

// One item named as data: item_type is its kind ("deal", "requirement",
// "claim", "evidence", "question", "history_entry", "touch", "vendor",
// "person", "fit_statement", "decision_option", "checklist_item",
// "study_request", "case_sign", "case_step", "top_level_field"), subject its
// key and quoted text ("r3 'Recharge integration'"; a history entry's is its
// date, kind and note: "2019-10-20 promised 'Rep One'").
struct MergeItemRef {
    std::string item_type;
    std::string subject;
};

// What a change or conflict is about, as data the app can translate around:
// the item, the items it sits in below its deal (outermost first: evidence sits
// in {requirement r3, claim v1}; empty for the deal's own lists), and the JSON
// fields that differ.
struct MergeSubject {
    std::string item_type;
    std::string subject;
    std::vector<std::string> fields;
    std::vector<MergeItemRef> within;
};

struct MergeChange {
    std::string pointer; // JSON pointer into the merged workspace ("/deals/0/requirements/2")
    ChangeKind kind = ChangeKind::Added;
    std::string description; // "requirement r3 'Recharge integration': status claimed -> verified (incoming is newer)"
    ChangeReason reason = ChangeReason::OnlyInIncoming;
    MergeSubject about;
};

struct MergeConflict {
    std::string pointer; // JSON pointer into the merged workspace, which holds base's version
    std::string description;
    ConflictReason reason = ConflictReason::SameModified;
    MergeSubject about;
    Json base;     // the item (or the deal's own fields) as in base
    Json incoming; // ... and as in incoming
};

struct MergeResult {
    Workspace merged;
    std::vector<MergeChange> changes;
    std::vector<MergeConflict> conflicts;
};

// `incoming` is taken by value: a caller done with it moves it in, and deals
// only in incoming then move into the result instead of being copied.
MergeResult merge_workspaces(const Workspace& base, Workspace incoming);

const char* to_string(ChangeKind kind); // "added", "updated", "kept"

} // namespace setright
