// deal_view.cpp — see deal_view.hpp.
#include "deal_view.hpp"

#include "app.hpp"
#include "editors.hpp"
#include "i18n.hpp"
#include "widgets.hpp"

#include "views/as_of_control.hpp"
#include "views/case_tab.hpp"
#include "views/fit_decision_tab.hpp"
#include "views/overview_tab.hpp"
#include "views/questions_tab.hpp"
#include "views/relationship_tab.hpp"
#include "views/requirements_tab.hpp"
#include "views/study_tab.hpp"
#include "views/timeline_tab.hpp"
#include "views/vendors_tab.hpp"

#include <imgui.h>

namespace setright::app {
namespace {

struct Tab {
    const char* label_key;
    const char* id;
    void (*draw)(App&, Deal&);
};

const Tab kTabs[] = {
    {"tab.overview", "tab_overview", draw_overview_tab},
    {"tab.requirements", "tab_requirements", draw_requirements_tab},
    {"tab.questions", "tab_questions", draw_questions_tab},
    {"tab.timeline", "tab_timeline", draw_timeline_tab},
    {"tab.vendors", "tab_vendors", draw_vendors_tab},
    {"tab.fit_decision", "tab_fit_decision", draw_fit_decision_tab},
    {"tab.relationship", "tab_relationship", draw_relationship_tab},
    {"tab.study", "tab_study", draw_study_tab},
    {"tab.case", "tab_case", draw_case_tab},
};

} // namespace

void draw_deal_view(App& app, Deal& deal) {
    ui::push_id(deal.id);
    ui::edit_text(app, tr("deal.title_field"), "deal_title", deal.title, &deal.modified, ImGui::GetContentRegionAvail().x * 0.5f);
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
    draw_as_of_control(app);
    if (ImGui::BeginTabBar("##deal_tabs")) {
        for (const Tab& tab : kTabs) {
            if (ui::begin_tab(tr(tab.label_key), tab.id)) {
                ImGui::BeginChild("##tab_body", ImVec2(0, 0), ImGuiChildFlags_None);
                tab.draw(app, deal);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    ImGui::PopID();
}

} // namespace setright::app
