// readiness.hpp — "not ready to sign" until the must-haves are verified.
//
// The verdict lists every blocker with its sentence (words.hpp says it in
// the reader's language), so the buyer sees why and the rep sees what to
// verify next. Claim statuses are taken as they are now
// (the model keeps no history of them); question deadlines and answers are
// judged at the moment `at`. Formulas: docs/formulas.md.
#pragma once

#include "core/model/model.hpp"
#include "core/model/subject.hpp"
#include "core/words/words.hpp"

#include <string>
#include <vector>

namespace setright {

enum class BlockerKind { MustHaveNotVerified, MustHaveNotSupported, PromisedAnswerOverdue, MustHaveNoClaim };

struct Blocker {
    BlockerKind kind = BlockerKind::MustHaveNotVerified;
    std::string requirement; // the must-have held up (Requirement id)
    Subject subject;         // that requirement, or the overdue question (PromisedAnswerOverdue)
    Sentence says;           // naming the requirement's (and question's) text
};

// What must be in a deal before its verdict means anything. A deal without
// it is not READY (nothing was judged: an empty deal must never read as a
// green light) and says what to add.
enum class NothingToJudge {
    None,           // judged
    NoVendor,       // no vendor in the deal
    NoVendorChosen, // several vendors and no primary one
    NoMustHave,     // no requirement is a must-have
};

struct ReadinessVerdict {
    bool ready = false;                            // judged, and nothing blocks signing
    NothingToJudge missing = NothingToJudge::None; // why nothing could be judged
    std::string vendor;                            // the Organisation id judged; empty if none could be chosen
    Moment at;
    std::vector<Blocker> blockers; // by requirement, each followed by its overdue questions
};

// vendor empty -> deal.primary_vendor, else the only vendor (see judged_vendor).
ReadinessVerdict assess_readiness(const Deal& deal, const Moment& at, const std::string& vendor = {});

// Is the question, asked by `at`, still waiting for an answer at `at`?
// open/promised: yes; answered/verified/refuted: only if answered after `at`;
// withdrawn: no.
bool awaiting_answer(const Question& question, const Moment& at);
// Waiting at `at`, and its promised_by deadline (a date lasts to the end of that day) has passed.
bool answer_overdue(const Question& question, const Moment& at);

} // namespace setright
