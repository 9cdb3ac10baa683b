// fit_decision_tab.cpp — see fit_decision_tab.hpp.
#include "fit_decision_tab.hpp"

#include "app.hpp"
#include "i18n.hpp"

#include <imgui.h>

namespace setright::app {

void draw_fit_decision_tab(App& app, Deal& deal) {
    (void)app;
    (void)deal;
    ImGui::TextDisabled("%s", tr("tab.fit_decision"));
}

} // namespace setright::app
