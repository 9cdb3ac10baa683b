// vendors_tab.cpp — see vendors_tab.hpp.
#include "vendors_tab.hpp"

#include "app.hpp"
#include "i18n.hpp"

#include <imgui.h>

namespace setright::app {

void draw_vendors_tab(App& app, Deal& deal) {
    (void)app;
    (void)deal;
    ImGui::TextDisabled("%s", tr("tab.vendors"));
}

} // namespace setright::app
