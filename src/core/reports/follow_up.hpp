// follow_up.hpp — a follow-up message to one vendor of a deal, drafted for
// the user to send themselves.
//
// What a buyer chases a vendor about: the questions put to it that still wait
// for an answer (who promised what by when, the overdue ones first and
// marked), and the must-haves it has only claimed. Worded through a Words, so
// the app drafts in the UI language; names and texts, never ids. Setright
// never sends it: the app opens it in the user's mail program through a
// mailto: link, or copies it.
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright {

class Words;

struct FollowUpDraft {
    std::string recipient; // the vendor contact's email address; empty: the model keeps none
    std::string subject;
    std::string body; // lines end in "\n"
    int open_questions = 0;
    int overdue_questions = 0;
    int claimed_must_haves = 0;
};

// The draft to `vendor` (an Organisation id of `deal`) as of `at`.
FollowUpDraft follow_up_draft(const Deal& deal, const std::string& vendor, const Moment& at, const Words& words);

// "mailto:addr?subject=...&body=..." (RFC 6068): every byte but the
// unreserved ones percent-encoded as UTF-8, line breaks as %0D%0A.
std::string mailto_url(const std::string& recipient, const std::string& subject, const std::string& body);

} // namespace setright
