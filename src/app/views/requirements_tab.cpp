// requirements_tab.cpp — see requirements_tab.hpp.
#include "requirements_tab.hpp"

#include "app.hpp"
#include "i18n.hpp"

#include <imgui.h>

namespace setright::app {

void draw_requirements_tab(App& app, Deal& deal) {
    (void)app;
    (void)deal;
    ImGui::TextDisabled("%s", tr("tab.requirements"));
}

} // namespace setright::app
