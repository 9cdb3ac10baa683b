// as_of_control.hpp — the date verdicts, flags and "overdue" are judged at
// (App::as_of): today unless the user moves it, to plan ahead or to replay a
// case as it stood on a past day. Not part of the workspace: no undo step.
#pragma once

namespace setright::app {

struct App;

void draw_as_of_control(App& app);
// The width of its date field and the calendar button beside it (not its
// label): what a line must have room for to take it.
float as_of_date_width();

} // namespace setright::app
