// app_frame.hpp — the frame the app draws around its state (logic/app_state.hpp):
// the menu bar, the deals list on the left, the selected deal on the right,
// banners and dialogs over them. main.cpp calls these; nothing in logic/
// includes this file, so imports run one way: ui -> views -> logic -> core.
#pragma once

namespace setright::app {

struct App;

// Starts the language, storage and file handling (once, before the first frame).
void app_init(App& app);
// Chooses the theme and layout for the coming frame from the window's size,
// the pointer and the colours asked for (after the backend's NewFrame, before ImGui::NewFrame).
void app_before_frame(App& app);
// Submits one frame of UI (between ImGui::NewFrame and ImGui::Render).
void app_draw(App& app);

} // namespace setright::app
