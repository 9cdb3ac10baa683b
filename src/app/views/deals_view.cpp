// deals_view.cpp — the list of deals: new (blank or from a template),
// duplicate, archive, delete. See deals_view.hpp.
#include "deals_view.hpp"

#include "logic/app_state.hpp"
#include "logic/builtin_templates.hpp"
#include "logic/deal_actions.hpp"
#include "logic/i18n.hpp"
#include "logic/notice.hpp"
#include "ui/widgets.hpp"

#include "platform/platform.hpp"

#include <imgui.h>

#include <cstdio>
#include <string>

namespace setright::app {
namespace {

void add_deal(App& app, Deal deal) {
    app.selected_deal = deal.id;
    app.workspace_view.phone_shows_deals = false; // a new deal opens, on a phone too
    app.workspace.deals.push_back(std::move(deal));
    note_change(app, "new deal");
}

} // namespace

void start_blank_deal(App& app) {
    Deal deal;
    deal.id = unused_deal_id(app.workspace);
    deal.title = tr("deal.untitled");
    deal.created = deal.modified = now_moment();
    add_deal(app, std::move(deal));
}

namespace {

// The built-in templates in the UI's language, listed once per language.
const std::vector<TemplateListing>& templates() {
    static std::string language;
    static std::vector<TemplateListing> listings;
    const std::string now = language_code(current_language());
    if (now != language) {
        language = now;
        listings = template_listings(language);
    }
    return listings;
}

// Reads the template's file (fetched in the browser bundle, so the deal
// opens a moment later) and opens a new deal made from it. Clicks while one
// is on its way start nothing more: on a slow network a second click is
// the user's impatience, not a second deal.
void start_deal_from_listing(App& app, const TemplateListing& listing) {
    static bool on_its_way = false;
    if (on_its_way) return;
    on_its_way = true;
    platform::read_builtin_template(listing.file_name, [&app](std::optional<std::string> bytes) {
        on_its_way = false;
        std::optional<Deal> deal = bytes ? deal_from_template(*bytes, app.workspace, now_moment()) : std::nullopt;
        if (deal)
            add_deal(app, std::move(*deal));
        else
            show_notice(app, [] { return std::string(tr("deals.template_unavailable")); });
        app.redraw = true;
    });
}

} // namespace

bool start_deal_from_template(App& app, std::string_view name) {
    for (const TemplateListing& listing : templates()) {
        if (listing.name != name) continue;
        start_deal_from_listing(app, listing);
        return true;
    }
    return false;
}

namespace {

void draw_template_menu(App& app) {
    // No taller than the screen (a phone on its side, 200% zoom): it scrolls instead.
    ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f), ImVec2(FLT_MAX, ImGui::GetMainViewport()->WorkSize.y * 0.9f));
    if (!ImGui::BeginPopup("##templates")) return;
    ui::text_disabled(tr("deals.templates_hint"));
    ImGui::Separator();
    for (const TemplateListing& listing : templates()) {
        if (ui::selectable(listing.title.empty() ? listing.name : listing.title, "template:" + listing.name, false)) {
            start_deal_from_listing(app, listing);
            ImGui::CloseCurrentPopup();
        }
        if (!listing.summary.empty()) {
            ImGui::Indent();
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 28.0f);
            ui::text_disabled(listing.summary.c_str());
            ImGui::PopTextWrapPos();
            ImGui::Unindent();
        }
    }
    ImGui::EndPopup();
}

void draw_deal_actions(App& app, const Deal& deal) {
    const std::string& id = deal.id;
    if (ui::button(tr("deals.duplicate"), "deal_duplicate:" + id)) {
        char title[512];
        std::snprintf(title, sizeof title, tr("deals.copy_of"), deal.title.c_str());
        add_deal(app, duplicate_deal(deal, app.workspace, title, now_moment()));
        return;
    }
    const char* archive_text = deal.archived ? tr("deals.unarchive") : tr("deals.archive");
    ui::same_line_if_fits(archive_text);
    if (ui::button(archive_text, "deal_archive:" + id)) {
        const int index = find_deal(app.workspace, id);
        Deal& target = app.workspace.deals[size_t(index)];
        target.archived = !target.archived;
        target.modified = now_moment();
        note_change(app, "archive deal");
        return;
    }
    ui::same_line_if_fits(tr("deals.delete"));
    if (ui::button(tr("deals.delete"), "deal_delete:" + id)) ImGui::OpenPopup("##confirm_delete");
    if (ImGui::BeginPopup("##confirm_delete")) {
        ui::text(tr("deals.delete_confirm"));
        if (ui::button(tr("deals.delete_yes"), "deal_delete_yes:" + id)) {
            app.workspace.deals.erase(app.workspace.deals.begin() + find_deal(app.workspace, id));
            app.selected_deal.clear();
            note_change(app, "delete deal");
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ui::button(tr("deals.delete_no"), "deal_delete_no")) ImGui::CloseCurrentPopup();
        // Opened from the keyboard, the focus starts on Keep: a second Enter does not delete.
        ImGui::SetItemDefaultFocus();
        ImGui::EndPopup();
    }
}

} // namespace

void draw_deals_view(App& app) {
    if (ui::button(tr("deals.new"), "new_deal")) start_blank_deal(app);
    ui::same_line_if_fits(tr("deals.from_template"));
    if (ui::button(tr("deals.from_template"), "new_from_template")) ImGui::OpenPopup("##templates");
    draw_template_menu(app);
    ImGui::Separator();

    if (app.workspace.deals.empty()) {
        ui::text_wrapped(tr("deals.empty"));
        return;
    }
    int archived = 0;
    for (const Deal& deal : app.workspace.deals) archived += deal.archived ? 1 : 0;
    ui::text_disabled(tr_fill("deals.count", {std::to_string(int(app.workspace.deals.size()) - archived)}));
    if (archived > 0) {
        ImGui::SameLine();
        ui::checkbox(tr("deals.show_archived"), "deals_show_archived", &app.workspace_view.show_archived);
    }

    for (const Deal& deal : app.workspace.deals) {
        if (deal.archived && !app.workspace_view.show_archived) continue;
        const std::string row_id = "deal_row:" + deal.id;
        const std::string title = deal.title.empty() ? std::string(tr("deal.untitled")) : deal.title;
        if (deal.archived) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        // The title is user text: drawn whole, "##" and NUL included, never parsed as an ImGui label.
        if (ui::selectable(title, row_id, app.selected_deal == deal.id)) {
            app.selected_deal = deal.id;
            app.workspace_view.phone_shows_deals = false; // on a phone, picking a deal opens it
        }
        if (deal.archived) ImGui::PopStyleColor();
    }

    // Actions on the selected deal, under the list.
    if (const Deal* deal = selected_deal(app)) {
        ImGui::Separator();
        ui::push_id(deal->id);
        draw_deal_actions(app, *deal);
        ImGui::PopID();
    }
}

} // namespace setright::app
