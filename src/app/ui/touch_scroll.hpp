// touch_scroll.hpp — a finger dragged over the content scrolls it, and it
// coasts on after the finger lifts, as on every phone. ImGui scrolls by wheel
// and scrollbar only; SDL turns a touch into mouse events that ImGui marks as
// coming from a touch screen (io.MouseSource), which is what this acts on.
// A tap still clicks; a drag never does.
#pragma once

union SDL_Event;

namespace setright::ui {

// Every SDL event, as it is taken from the queue: the finger's speed is
// measured from the events' own times (frames may lag and bunch them).
void touch_scroll_event(const SDL_Event& event);

// Every SDL event, after ImGui's backend has it: a finger lifted leaves no
// pointer behind, for on a touch screen nothing hovers (the item tapped, or
// the one a scroll then brings under the finger, would stay lit as if
// pressed). ImGui's input queue gives the release a frame of its own at the
// finger first, so the tap still lands; holding the finger still shows a
// tooltip, as a long press does on a phone.
void touch_lifted(const SDL_Event& event);

// Call each frame right after ImGui::NewFrame(), before anything is drawn.
void touch_scroll_new_frame();
// Whether content is coasting after a drag: frames must keep coming
// although no input arrives.
bool touch_scroll_moving();

} // namespace setright::ui
