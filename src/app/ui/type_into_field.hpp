// type_into_field.hpp — typing on a field's element in the accessibility
// tree edits the field, as typing into a focused <input> does: the field
// starts editing with its text selected (as Tab into an input selects it),
// and the keys typed before it could take them go in first, in order.
#pragma once

#include <SDL.h>

namespace setright::ui {

// A printable key went down on the element of field `imgui_id` while it was
// not being edited.
void start_typing_into(unsigned imgui_id);
// In the event loop: true when `event` is text held for that field until it
// edits (the caller passes it to ImGui no further).
bool hold_text_for_field(const SDL_Event& event);
// Before the frame's events: once the field edits, its held text goes in
// ahead of them. A field that never starts editing drops the text.
void release_text_for_field();

} // namespace setright::ui
