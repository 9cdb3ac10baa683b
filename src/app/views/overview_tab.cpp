// overview_tab.cpp — see overview_tab.hpp.
#include "overview_tab.hpp"

#include "app.hpp"
#include "i18n.hpp"

#include "core/readiness.hpp"

#include <imgui.h>

namespace setright::app {

void draw_overview_tab(App& app, Deal& deal) {
    (void)app;
    const ReadinessVerdict verdict = assess_readiness(deal, now_moment());
    ImGui::TextUnformatted(verdict.ready ? tr("overview.ready") : tr("overview.not_ready"));
}

} // namespace setright::app
