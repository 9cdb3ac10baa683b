// type_into_field.cpp — see type_into_field.hpp.
#include "ui/type_into_field.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <string>

namespace setright::ui {
namespace {

struct Typing {
    unsigned field = 0;
    std::string held;
    int frames_waited = 0;
};

Typing& typing() {
    static Typing t;
    return t;
}

// Activation takes a frame, the field's first editing frame another: more
// than this and the field is gone (another tab, a closed popup).
constexpr int kFramesToStart = 4;

} // namespace

void start_typing_into(unsigned imgui_id) {
    Typing& t = typing();
    if (t.field == imgui_id) return; // a second key before it edits: held as well
    t = Typing{imgui_id, {}, 0};
    ImGui::ActivateItemByID(imgui_id);
    ImGui::GetCurrentContext()->NavNextActivateFlags = ImGuiActivateFlags_PreferInput; // its text selected, replaced by the keys
}

bool hold_text_for_field(const SDL_Event& event) {
    Typing& t = typing();
    if (t.field == 0 || event.type != SDL_TEXTINPUT) return false;
    t.held += event.text.text;
    return true;
}

void release_text_for_field() {
    Typing& t = typing();
    if (t.field == 0) return;
    // The field edits from the frame it was activated in; it takes text from the next.
    if (ImGui::GetActiveID() == t.field && t.frames_waited > 0) {
        ImGui::GetIO().AddInputCharactersUTF8(t.held.c_str());
        t = Typing{};
    } else if (++t.frames_waited > kFramesToStart) {
        t = Typing{};
    }
}

} // namespace setright::ui
