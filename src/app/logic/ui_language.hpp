// ui_language.hpp — switching the UI's language once its words are here. The
// browser bundle fetches Korean, Norwegian and Russian when first used
// (platform::read_translations); until they arrive the UI stays in the
// language it is in, and if they cannot be had it says so, in that language.
#pragma once

#include "logic/i18n.hpp"

namespace setright::app {

struct App;

// Shows the UI in `language`: at once when its words are here, else once
// they arrive. `remember`: the choice is kept for the next visit (the
// Language menu), once it has taken effect.
void use_language(App& app, Language language, bool remember);

} // namespace setright::app
