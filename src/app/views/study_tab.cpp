// study_tab.cpp — see study_tab.hpp.
#include "study_tab.hpp"

#include "app.hpp"
#include "i18n.hpp"

#include <imgui.h>

namespace setright::app {

void draw_study_tab(App& app, Deal& deal) {
    (void)app;
    (void)deal;
    ImGui::TextDisabled("%s", tr("tab.study"));
}

} // namespace setright::app
