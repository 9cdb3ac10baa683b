// app.hpp — the application: the workspace being edited and the UI around it.
// Platform-free: main.cpp feeds it frames, platform/ gives it the machine.
#pragma once

#include "core/model.hpp"
#include "frame_stats.hpp"

#include <string>

namespace setright::app {

struct App {
    Workspace workspace;
    int selected_deal = -1;
    FrameStats frame_stats;
};

void app_init(App& app);
// Submits one frame of UI (between ImGui::NewFrame and ImGui::Render).
void app_draw(App& app);

// The whole workspace in the JSON export format (window.setright.state()).
std::string app_state_json(const App& app);

} // namespace setright::app
