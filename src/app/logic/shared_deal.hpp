// shared_deal.hpp — what a share link brings, told before the import preview:
// the deal's title, whose side it is seen from, how much it holds and the
// sender's notes, in the recipient's language; and whether the recipient
// already has that deal (then the choice is to compare, not to add).
#pragma once

#include "core/model/model.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace setright::app {

struct SharedDeal {
    std::string id;
    std::string title;
    std::string notes;
    Perspective perspective = Perspective::Buyer;
    size_t requirements = 0;
    size_t musts = 0;
    size_t vendors = 0;
    size_t open_questions = 0; // open or promised: no answer yet
    bool already_have = false; // a deal with this id is in the recipient's workspace
    bool comparing = false;    // the recipient asked for the full merge preview
};

SharedDeal summarize_shared(const Deal& deal, const Workspace& current);

// The summary of the one deal a link's text holds, or nothing when it holds
// anything else (several deals, a file that does not read, an answer file).
std::optional<SharedDeal> shared_deal_in(const std::string& text, const Workspace& current);

// "Seen by the buyer", translated.
std::string describe_shared_perspective(const SharedDeal& shared);
// "12 requirements (5 must-haves) · 2 vendors · 3 open questions", translated.
std::string describe_shared_counts(const SharedDeal& shared);

} // namespace setright::app
