// case_key_editor.hpp — the trainer's answer key: the steps (when, title,
// what participants read), the flags each step expects and the decision it
// expects, the debrief note, and the case's own signs.
#pragma once

#include "logic/app_state.hpp"

namespace setright::app {

// `view`: the step being edited and the "new sign" field, for this deal.
void draw_case_key_editor(App& app, Deal& deal, CaseView& view);

} // namespace setright::app
