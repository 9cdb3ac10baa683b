// workshop.hpp — the workshop side of the app: this participant's answers to
// each case, and the answer files a trainer has collected per case (the room).
//
// Kept apart from the workspace (its own storage key, no undo): answers are
// the participant's, not the deal's, and a trainer's room is rebuilt from
// files. Platform-free, so the unit tests cover it; views/case_*.cpp draw it.
#pragma once

#include "logic/view_state.hpp"

#include "core/model/model.hpp"
#include "core/workshop/case_answers.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace setright::app {

struct Workshop {
    std::string participant;                               // the name this machine puts on its answer sheets
    std::map<std::string, AnswerSheet> answers;            // by case deal id
    std::map<std::string, int> step;                       // by case deal id: the step the player shows
    std::map<std::string, std::vector<AnswerSheet>> rooms; // by case deal id, one sheet per participant
    std::vector<std::string> refused;                      // answer files not taken: "file: where: why", translated
    uint64_t changes = 0;                                  // counts changes worth saving
    uint64_t saved_changes = 0;
    // Two tabs (workshop_storage.cpp): each save stores a generation one past
    // the newest; a tab that finds a newer one than it last read or wrote
    // stops saving and asks the user.
    int64_t generation = 0;      // of the copy this tab last read or wrote
    int64_t newer_elsewhere = 0; // > 0: another tab stored this generation
    bool save_in_flight = false;

    // The presenter view: the deal shown full screen ("" when closed), its
    // own step (it opens at step 1, whatever a participant played on this
    // screen) and whether the key and the room's answers are revealed.
    std::string presenting;
    int presenter_step = 0;
    bool reveal = false;
    bool scroll_to_key = false; // just revealed: bring the key into view
};

// Storage: {"format": "setright-workshop", "version": 1, participant, answers: [...], rooms: {deal: [...]}}.
constexpr const char* kWorkshopStorageKey = "setright.workshop";
std::string workshop_json(const Workshop& workshop);
// Replaces `workshop`'s saved parts; false (and `workshop` untouched) when the text does not read.
bool read_workshop_json(std::string_view text, Workshop& workshop);

// Does this file say it is a participant's answer file (rather than a workspace)?
bool looks_like_answer_file(std::string_view text);

// One answer file worked out before anything changes (the import preview
// shows it): the sheet, the room it goes to, and whether it replaces what
// someone of the same name sent before.
struct PlannedAnswers {
    std::string file;       // the file it came in
    std::string deal;       // the case's deal id: its room
    std::string case_title; // that deal's title
    AnswerSheet sheet;      // participant filled in (the file's name when the sheet has none)
    bool replaces = false;  // the room (or an earlier file of the same batch) has this participant's answers
};

// Reads one answer file against the cases in `workspace` and the rooms of
// `workshop`, counting `earlier` files of the same batch as already there.
// Changes nothing. nullopt, with the reasons ("file: where: why",
// translated) appended to `refused`, when it does not read or fits no case.
std::optional<PlannedAnswers> plan_answer_file(const Workshop& workshop, const Workspace& workspace, const std::string& file_name,
                                               std::string_view text, const std::vector<PlannedAnswers>& earlier,
                                               std::vector<std::string>& refused);

// Puts a planned sheet into its room: a participant who sent answers before
// has them replaced, not doubled. Counts as a change to save.
void take_answers(Workshop& workshop, const PlannedAnswers& planned);

// Does `deal` show only what its case reveals step by step: the Case tab in
// Play, no key, no room, no tab that tells the whole story? A participant
// copy always; a trainer's case when put in participant view.
bool participant_mode(const Deal& deal, const CaseView& view);

// This participant's sheet for the case in `deal`, made on first use.
AnswerSheet& my_answers(Workshop& workshop, const Deal& deal);

// "answers-<deal>-<participant>.json", with only characters every file system accepts.
std::string answers_file_name(const AnswerSheet& sheet);

} // namespace setright::app
