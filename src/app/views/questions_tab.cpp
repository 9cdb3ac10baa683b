// questions_tab.cpp — see questions_tab.hpp.
#include "questions_tab.hpp"

#include "app.hpp"
#include "i18n.hpp"

#include <imgui.h>

namespace setright::app {

void draw_questions_tab(App& app, Deal& deal) {
    (void)app;
    (void)deal;
    ImGui::TextDisabled("%s", tr("tab.questions"));
}

} // namespace setright::app
