// undo_keys.cpp — see undo_keys.hpp.
#include "ui/undo_keys.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>

namespace setright::ui {
namespace {

// The field being edited holds text typed since it was entered (ImGui keeps
// what to revert to on Escape): an undo takes that back first.
bool field_has_own_edits(const ImGuiInputTextState& field) {
    const char* before = field.TextToRevertTo.empty() ? "" : field.TextToRevertTo.Data;
    const char* now = field.TextA.empty() ? "" : field.TextA.Data;
    return int(std::strlen(before)) != field.TextLen || std::memcmp(before, now, size_t(field.TextLen)) != 0;
}

// A field whose typing was undone (back to what it was when entered) takes
// the redo that brings it back.
ImGuiID g_field_undone = 0;

// Presses of `chord` whoever owns its keys: the field being edited claims
// Ctrl+Z for itself, and ImGui would give it every press.
bool pressed(ImGuiKeyChord chord) { return ImGui::IsKeyChordPressed(chord, ImGuiInputFlags_None, ImGuiKeyOwner_Any); }

} // namespace

UndoKey take_app_undo_key() {
    const bool undo = pressed(ImGuiMod_Ctrl | ImGuiKey_Z);
    const bool redo = pressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z);
    if (!undo && !redo) return UndoKey::None;
    const ImGuiID active = ImGui::GetActiveID();
    if (const ImGuiInputTextState* field = ImGui::GetInputTextState(active)) {
        if (g_field_undone != active) g_field_undone = 0;
        if (field_has_own_edits(*field) || (redo && g_field_undone == active)) {
            if (undo) g_field_undone = active;
            return UndoKey::None;
        }
    }
    g_field_undone = 0;
    // This frame's press is the app's: the field's own undo, drawn later, does not see it.
    ImGui::SetKeyOwner(ImGuiKey_Z, ImGui::GetID("##app_undo"), ImGuiInputFlags_LockThisFrame);
    return undo ? UndoKey::Undo : UndoKey::Redo;
}

} // namespace setright::ui
