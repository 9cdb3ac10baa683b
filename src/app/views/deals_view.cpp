// deals_view.cpp — see deals_view.hpp.
#include "deals_view.hpp"

#include "app.hpp"
#include "i18n.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <cstdio>
#include <string>

namespace setright::app {
namespace {

std::string unused_deal_id(const Workspace& workspace) {
    for (size_t n = workspace.deals.size() + 1;; ++n) {
        std::string id = "deal-" + std::to_string(n);
        bool taken = false;
        for (const Deal& deal : workspace.deals) taken = taken || deal.id == id;
        if (!taken) return id;
    }
}

void add_deal(App& app) {
    Deal deal;
    deal.id = unused_deal_id(app.workspace);
    deal.title = tr("deal.untitled");
    deal.created = deal.modified = now_moment();
    app.selected_deal = deal.id;
    app.workspace.deals.push_back(std::move(deal));
    note_change(app, "new deal");
}

} // namespace

void draw_deals_view(App& app) {
    ImGui::TextUnformatted(tr("deals.title"));
    ImGui::SameLine();
    if (ui::button(tr("deals.new"), "new_deal")) add_deal(app);

    if (app.workspace.deals.empty()) {
        ImGui::TextWrapped("%s", tr("deals.empty"));
        return;
    }
    char count[64];
    std::snprintf(count, sizeof count, tr("deals.count"), int(app.workspace.deals.size()));
    ImGui::TextDisabled("%s", count);

    for (const Deal& deal : app.workspace.deals) {
        const std::string id = "deal_row:" + deal.id;
        if (ui::selectable(deal.title.c_str(), id.c_str(), app.selected_deal == deal.id)) app.selected_deal = deal.id;
    }
}

} // namespace setright::app
