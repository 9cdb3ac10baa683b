// touch_scroll.cpp — see touch_scroll.hpp. The movement itself (when a touch
// becomes a drag, the coasting velocity and its decay) is
// logic/touch_momentum.hpp; this applies it to ImGui's windows.
//
// A finger down is a press as ImGui sees it: the item under it becomes
// active. Once the finger has moved further than TouchDrag::kThreshold, the
// press is cancelled (ImGui::ClearActiveID: nothing fires on release) and the
// finger hovers nothing until it lifts. Which presses may become a drag is
// decided on the frame after the press, once the widgets have seen it: on
// empty space or on a button, checkbox, combo, tab, menu, selectable or row
// (item_registry.hpp's kinds), or on a text field the press has just
// activated. Not on a field already being edited (the finger selects text),
// nor on anything the registry does not list (scrollbars, the deal list's
// resize border), nor when the press opened a popup.
#include "ui/touch_scroll.hpp"

#include "logic/touch_momentum.hpp"
#include "ui/item_registry.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace setright::ui {
namespace {

struct TouchScroll {
    bool pressed = false;      // a finger is down (a press from the touch screen)
    bool decided = false;      // whether it may drag has been decided
    bool may_drag = false;     // it may
    bool swallowed = false;    // the press stopped coasting content: it clicks nothing
    ImGuiID window = 0;        // the window the finger went down on
    ImGuiID active_before = 0; // ImGui's active item before the press
    int popups_before = 0;
    app::TouchDrag drag;
    app::TouchVelocity velocity; // from SDL's events, as they come
    app::Momentum momentum;
};
TouchScroll g_touch;

// Scrolls the innermost window from `window` outwards (a child window, then
// its parents) that can still move `amount` along `axis`. False when none can.
bool scroll_by(ImGuiWindow* window, ImGuiAxis axis, float amount) {
    if (amount == 0.0f) return false;
    for (ImGuiWindow* w = window; w; w = w->ParentWindow) {
        const float max = w->ScrollMax[axis];
        const float now = w->ScrollTarget[axis] < FLT_MAX ? w->ScrollTarget[axis] : w->Scroll[axis];
        const bool can = max > 0.0f && !(w->Flags & ImGuiWindowFlags_NoScrollWithMouse) && (amount > 0 ? now < max - 0.5f : now > 0.5f);
        if (can) {
            const float next = ImClamp(now + amount, 0.0f, max);
            if (axis == ImGuiAxis_X)
                ImGui::SetScrollX(w, next);
            else
                ImGui::SetScrollY(w, next);
            return true;
        }
        if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) break;
    }
    return false;
}

// Content moves with the finger: scrolling goes the other way.
bool move_content(app::TouchVector moved) {
    ImGuiWindow* window = ImGui::FindWindowByID(g_touch.window);
    const bool x = scroll_by(window, ImGuiAxis_X, -moved.x);
    const bool y = scroll_by(window, ImGuiAxis_Y, -moved.y);
    return x || y;
}

bool may_drag(const ImGuiContext& g) {
    if (g.OpenPopupStack.Size != g_touch.popups_before) return false; // the press opened a popup: it is in charge
    const ImGuiID active = g.ActiveId;
    if (active == 0) return true;
    if (g.ActiveIdWindow && active == g.ActiveIdWindow->MoveId) return true; // empty space
    const std::optional<app::ItemKind> kind = app::item_kind_last_frame(active);
    if (!kind) return false;
    if (*kind == app::ItemKind::Input) return active != g_touch.active_before;
    return true;
}

// Nothing is under the finger this frame: no item hovers, none takes the press or its release.
void hover_nothing(ImGuiContext& g) {
    g.HoveredWindow = nullptr;
    g.HoveredWindowUnderMovingWindow = nullptr;
}

} // namespace

void touch_scroll_event(const SDL_Event& event) {
    // SDL turns each touch into mouse events from SDL_TOUCH_MOUSEID (and
    // ImGui's backend marks them as the touch screen's). Times in ms.
    switch (event.type) {
    case SDL_MOUSEBUTTONDOWN:
        if (event.button.which == SDL_TOUCH_MOUSEID && event.button.button == SDL_BUTTON_LEFT)
            g_touch.velocity.down(event.button.timestamp / 1000.0, float(event.button.x), float(event.button.y));
        break;
    case SDL_MOUSEMOTION:
        if (event.motion.which == SDL_TOUCH_MOUSEID)
            g_touch.velocity.moved(event.motion.timestamp / 1000.0, float(event.motion.x), float(event.motion.y));
        break;
    case SDL_MOUSEBUTTONUP:
        if (event.button.which == SDL_TOUCH_MOUSEID && event.button.button == SDL_BUTTON_LEFT)
            g_touch.velocity.up(event.button.timestamp / 1000.0);
        break;
    default: break;
    }
}

void touch_lifted(const SDL_Event& event) {
    if (event.type == SDL_MOUSEBUTTONUP && event.button.which == SDL_TOUCH_MOUSEID && event.button.button == SDL_BUTTON_LEFT)
        ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
}

void touch_scroll_new_frame() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiIO& io = g.IO;
    const bool touch = io.MouseSource == ImGuiMouseSource_TouchScreen;

    if (io.MouseClicked[0]) {
        const bool was_coasting = g_touch.momentum.moving();
        g_touch.momentum.stop();
        g_touch.pressed = touch;
        if (touch) {
            g_touch.drag.press(io.MousePos.x, io.MousePos.y);
            g_touch.window = g.HoveredWindow ? g.HoveredWindow->ID : 0;
            g_touch.active_before = g.ActiveId;
            g_touch.popups_before = g.OpenPopupStack.Size;
            g_touch.swallowed = was_coasting;
            g_touch.decided = was_coasting; // a finger that stops coasting content may drag it on
            g_touch.may_drag = was_coasting;
        }
    } else if (g_touch.pressed && !g_touch.decided) {
        g_touch.decided = true;
        g_touch.may_drag = may_drag(g);
    }

    if (g_touch.pressed && g_touch.may_drag && io.MouseDown[0]) {
        const bool was_dragging = g_touch.drag.dragging();
        const app::TouchVector moved = g_touch.drag.move(io.MousePos.x, io.MousePos.y);
        if (g_touch.drag.dragging()) {
            if (!was_dragging) ImGui::ClearActiveID(); // the press becomes a drag: nothing fires on release
            move_content(moved);
        }
    }
    if (g_touch.pressed && (g_touch.drag.dragging() || g_touch.swallowed)) hover_nothing(g);

    if (g_touch.pressed && io.MouseReleased[0]) {
        if (g_touch.drag.dragging()) g_touch.momentum.start(g_touch.velocity.velocity());
        g_touch.pressed = false;
    } else if (!g_touch.pressed && g_touch.momentum.moving()) {
        // Frames come at the display's rate while coasting; a long gap (a
        // hidden tab) must not fling the content.
        const app::TouchVector moved = g_touch.momentum.step(std::min(io.DeltaTime, 0.05f));
        if (!move_content(moved)) g_touch.momentum.stop(); // it reached the end
    }
}

// A finger dragging wakes frames by moving; only coasting needs them without input.
bool touch_scroll_moving() { return g_touch.momentum.moving(); }

} // namespace setright::ui
