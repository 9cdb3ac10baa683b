// timeline_tab.cpp — see timeline_tab.hpp.
#include "timeline_tab.hpp"

#include "app.hpp"
#include "i18n.hpp"

#include <imgui.h>

namespace setright::app {

void draw_timeline_tab(App& app, Deal& deal) {
    (void)app;
    (void)deal;
    ImGui::TextDisabled("%s", tr("tab.timeline"));
}

} // namespace setright::app
