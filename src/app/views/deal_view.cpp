// deal_view.cpp — see deal_view.hpp.
#include "deal_view.hpp"

#include "logic/app_state.hpp"
#include "logic/deal_tabs.hpp"
#include "logic/i18n.hpp"
#include "logic/workshop.hpp"
#include "ui/editors.hpp"
#include "ui/theme.hpp"
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
#include <imgui_internal.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

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

const Tab& case_tab() { return kTabs[std::size(kTabs) - 1]; }

// The tabs as a row of buttons that wraps onto more lines when the row is
// too narrow: every tab stays one tap away, with its whole name, at any width.
// Tabs that are not the deal's (deal_tabs.hpp) wait under "More" at the end,
// and join the row while open. `only_case`: a participant's deal, whose other
// tabs would tell the whole story (red flags, blockers, later events) before
// the case reveals it.
const Tab& draw_tab_buttons(const Deal& deal, DealView& view, bool wrap, bool only_case) {
    if (only_case) {
        ui::tab_button(tr(case_tab().label_key), case_tab().id, true);
        return case_tab();
    }
    const Tab* open = &kTabs[0];
    std::vector<const Tab*> more;
    auto place = [&](const char* text) {
        if (wrap)
            ui::same_line_if_fits(text);
        else
            ImGui::SameLine();
    };
    for (const Tab& tab : kTabs) {
        const bool selected = view.open_tab == tab.id;
        if (selected) open = &tab;
        if (!selected && tab_place(deal, tab.id) == TabPlace::More) {
            more.push_back(&tab);
            continue;
        }
        const char* text = tr(tab.label_key);
        if (&tab != &kTabs[0]) place(text);
        if (ui::tab_button(text, tab.id, selected)) {
            view.open_tab = tab.id;
            open = &tab;
            ImGui::SetScrollHereX(0.5f); // a strip that scrolls brings the chosen tab to its middle
        } else if (selected && view.scroll_to_tab) {
            ImGui::SetScrollHereX(0.5f); // chosen under More: it joined the row here
        }
        if (selected) view.scroll_to_tab = false;
    }
    if (more.empty()) return *open;
    const char* text = tr("tab.more");
    place(text);
    if (ui::tab_button(text, "tab_more", false)) {
        ImGui::OpenPopup("##more_tabs");
        ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y));
    }
    if (ImGui::BeginPopup("##more_tabs")) {
        for (const Tab* tab : more)
            if (ui::menu_item(tr(tab->label_key), tab->id)) {
                view.open_tab = tab->id;
                view.scroll_to_tab = true;
                open = tab;
            }
        ImGui::EndPopup();
    }
    return *open;
}

// Who the deal is seen by, beside its title: it decides the tabs and the
// words. Beside the title it goes without its label (in the tooltip, and
// the choices say it), so the header keeps to one line; on a phone, where
// each field has a line of its own, with it.
void draw_perspective(App& app, Deal& deal, bool narrow) {
    static const char* const kKeys[] = {"enum.perspective.buyer", "enum.perspective.rep"};
    ui::edit_enum(app, narrow ? tr("deal.perspective") : "", "deal_perspective", deal.perspective, kKeys, 2, &deal.modified,
                  ImGui::GetFontSize() * 8.0f);
    ImGui::SetItemTooltip("%s", tr("deal.perspective"));
}

// Where more tabs lie past an edge of the strip, the tabs fade into the
// background there: a tab cut by the screen's edge alone read as a fault of
// the layout, not as "more this way".
void fade_strip_edges() {
    const float scroll = ImGui::GetScrollX(), scroll_max = ImGui::GetScrollMaxX();
    if (scroll_max <= 0.0f) return;
    const ImGuiWindow* strip = ImGui::GetCurrentWindow();
    const ImVec2 top_left = strip->InnerRect.Min, bottom_right = strip->InnerRect.Max;
    const float width = ImGui::GetFontSize() * 2.0f;
    const ImU32 solid = ImGui::GetColorU32(ui::background()), clear = solid & ~IM_COL32_A_MASK;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (scroll > 0.5f) draw->AddRectFilledMultiColor(top_left, ImVec2(top_left.x + width, bottom_right.y), solid, clear, clear, solid);
    if (scroll < scroll_max - 0.5f)
        draw->AddRectFilledMultiColor(ImVec2(bottom_right.x - width, top_left.y), bottom_right, clear, solid, solid, clear);
}

// The tabs: on a phone one strip that a finger drags sideways (the page
// itself never scrolls sideways), elsewhere a row that wraps when too narrow.
const Tab& draw_tab_row(const Deal& deal, DealView& view, bool only_case) {
    if (ui::current_layout() != LayoutMode::Phone) {
        const Tab& open = draw_tab_buttons(deal, view, true, only_case);
        ImGui::Separator();
        return open;
    }
    const float height = ImGui::GetFrameHeight() + ImGui::GetStyle().ScrollbarSize + ImGui::GetStyle().WindowPadding.y;
    ImGui::BeginChild("##tab_strip", ImVec2(0.0f, height), ImGuiChildFlags_None, ImGuiWindowFlags_HorizontalScrollbar);
    const Tab& open = draw_tab_buttons(deal, view, false, only_case);
    fade_strip_edges();
    ImGui::EndChild();
    ImGui::Separator();
    return open;
}

} // namespace

void draw_deal_view(App& app, Deal& deal) {
    DealView& view = deal_view(app, deal.id); // this deal's selections, filters and drafts
    ui::push_id(deal.id);
    // On a phone (or any short window: 200% zoom) the header and the tabs
    // scroll away with the tab's content: the screen is too short to keep them.
    const bool phone = ui::current_layout() == LayoutMode::Phone || ImGui::GetIO().DisplaySize.y < 600.0f;
    if (phone) ImGui::BeginChild("##deal_scroll", ImVec2(0, 0), ImGuiChildFlags_None);
    // The title, who sees the deal and the as-of date side by side, or one
    // above the other when narrow. The title gives up width (down to 12 em)
    // before the line wraps: a second header line pushes the tab down.
    const bool narrow = ui::current_layout() == LayoutMode::Phone;
    const float em = ImGui::GetFontSize();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float as_of_box = as_of_date_width();
    const float others = ImGui::CalcTextSize(tr("deal.title_field")).x + ImGui::CalcTextSize(tr("as_of.label")).x + em * 8.0f + as_of_box +
                         ui::space(8) * 2.0f + gap * 4.0f;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float title_width = narrow ? 0.0f : std::max(em * 12.0f, std::min(avail * 0.45f, avail - others));
    ui::edit_text(app, tr("deal.title_field"), "deal_title", deal.title, &deal.modified, title_width);
    if (!narrow) ImGui::SameLine(0.0f, ui::space(8));
    draw_perspective(app, deal, narrow);
    // The as-of date beside them when the line has room for it.
    if (!narrow) ui::same_line_if_fits(tr("as_of.label"), as_of_box, ui::space(8));
    draw_as_of_control(app);
    const Tab& open = draw_tab_row(deal, view, participant_mode(deal, view.case_tab));
    if (phone) {
        open.draw(app, deal, view);
    } else {
        ImGui::BeginChild("##tab_body", ImVec2(0, 0), ImGuiChildFlags_None);
        open.draw(app, deal, view);
    }
    ImGui::EndChild();
    ImGui::PopID();
}

} // namespace setright::app
