// case_copy.hpp — the copy of a case that participants receive.
//
// The trainer's file holds the answer key; handing it out would let a room
// read every red flag before the story gets there. The participant copy keeps
// what the player needs (the intro, the signs to tick, each step's id, date,
// title and text) and drops what only the debrief needs. Shared by the app's
// "Export a participant copy" and anything else that hands cases out.
#pragma once

#include "core/model/model.hpp"

namespace setright {

// `deal` with its case stripped of expected flags, expected decisions and
// debriefs, and marked participant_copy. A deal without a case comes back as it is.
Deal participant_copy(const Deal& deal);

// Is `deal` a case made for participants (no answer key to show)?
bool is_participant_copy(const Deal& deal);

} // namespace setright
