// as_of_control.hpp — the date verdicts, flags and "overdue" are judged at
// (App::as_of): today unless the user moves it, to plan ahead or to replay a
// case as it stood on a past day. Not part of the workspace: no undo step.
#pragma once

namespace setright::app {

struct App;

void draw_as_of_control(App& app);

} // namespace setright::app
