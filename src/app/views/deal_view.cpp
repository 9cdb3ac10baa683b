// deal_view.cpp — see deal_view.hpp.
#include "deal_view.hpp"

#include "logic/app_state.hpp"
#include "logic/i18n.hpp"
#include "ui/editors.hpp"
#include "ui/widgets.hpp"

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

// Each tab is handed its own part of the deal's view state, nothing else's.
struct Tab {
    const char* label_key;
    const char* id;
    void (*draw)(App&, Deal&, DealView&);
};

const Tab kTabs[] = {
        {"tab.overview", "tab_overview", [](App& a, Deal& d, DealView& v) { draw_overview_tab(a, d, v.overview); }},
        {"tab.requirements", "tab_requirements", [](App& a, Deal& d, DealView& v) { draw_requirements_tab(a, d, v.requirements); }},
        {"tab.questions", "tab_questions", [](App& a, Deal& d, DealView& v) { draw_questions_tab(a, d, v.questions); }},
        {"tab.timeline", "tab_timeline", [](App& a, Deal& d, DealView& v) { draw_timeline_tab(a, d, v.timeline); }},
        {"tab.vendors", "tab_vendors", [](App& a, Deal& d, DealView& v) { draw_vendors_tab(a, d, v.vendors); }},
        {"tab.fit_decision", "tab_fit_decision", [](App& a, Deal& d, DealView& v) { draw_fit_decision_tab(a, d, v.fit_decision); }},
        {"tab.relationship", "tab_relationship", [](App& a, Deal& d, DealView& v) { draw_relationship_tab(a, d, v.relationship); }},
        {"tab.study", "tab_study", [](App& a, Deal& d, DealView& v) { draw_study_tab(a, d, v.study); }},
        {"tab.case", "tab_case", [](App& a, Deal& d, DealView& v) { draw_case_tab(a, d, v.case_tab); }},
};

} // namespace

void draw_deal_view(App& app, Deal& deal) {
    DealView& view = deal_view(app, deal.id); // this deal's selections, filters and drafts
    ui::push_id(deal.id);
    ui::edit_text(app, tr("deal.title_field"), "deal_title", deal.title, &deal.modified, ImGui::GetContentRegionAvail().x * 0.5f);
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
    draw_as_of_control(app);
    if (ImGui::BeginTabBar("##deal_tabs")) {
        for (const Tab& tab : kTabs) {
            if (ui::begin_tab(tr(tab.label_key), tab.id)) {
                ImGui::BeginChild("##tab_body", ImVec2(0, 0), ImGuiChildFlags_None);
                tab.draw(app, deal, view);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    ImGui::PopID();
}

} // namespace setright::app
