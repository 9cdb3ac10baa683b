// relationship_tab.cpp — see relationship_tab.hpp.
#include "relationship_tab.hpp"

#include "app.hpp"
#include "i18n.hpp"

#include <imgui.h>

namespace setright::app {

void draw_relationship_tab(App& app, Deal& deal) {
    (void)app;
    (void)deal;
    ImGui::TextDisabled("%s", tr("tab.relationship"));
}

} // namespace setright::app
