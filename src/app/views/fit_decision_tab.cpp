// fit_decision_tab.cpp — see fit_decision_tab.hpp. Left: where the product is
// not a fit, in the rep's own words (saying it early is what makes the rest
// believable), or for a buyer where the vendors are not. Right: the buyer's
// options, which always include "no decision / keep what we have", and the
// decision record: which option (or vendor), by whom, when, why.
#include "fit_decision_tab.hpp"

#include "logic/app_state.hpp"
#include "logic/deal_tabs.hpp"
#include "logic/decision_choices.hpp"
#include "logic/i18n.hpp"
#include "logic/item_actions.hpp"
#include "ui/editors.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace setright::app {
namespace {

// `narrow`: fields as wide as the content, each beside its Delete.
void draw_not_a_fit(App& app, Deal& deal, FitDecisionView& view, bool narrow) {
    // A rep says where the product is not a fit; a buyer notes where the vendors are not.
    ui::separator_text(tr(seen_by(deal, "fit.not_a_fit", "fit.buyer_not_a_fit")));
    ui::text_item(tr(seen_by(deal, "fit.not_a_fit_why", "fit.buyer_not_a_fit_why")), "fit_why");
    for (auto f = deal.not_a_fit.begin(); f != deal.not_a_fit.end(); ++f) {
        ui::push_id(f->id);
        ImGui::Bullet();
        // Room for Delete in every language (its word may be wider than 6 em).
        app::name_next_item(tr("names.limit"));
        ui::edit_text(app, "", ("fit_text:" + f->id).c_str(), f->text, &f->modified, ui::width_before_button(tr("fit.delete")));
        ImGui::SameLine();
        const bool remove = ui::button(tr("fit.delete"), "delete_fit:" + f->id);
        ImGui::PopID();
        if (remove) {
            deal.not_a_fit.erase(f);
            note_change(app, "delete fit statement");
            break;
        }
    }
    const std::vector<std::string> texts =
            ui::add_field("new_fit", "add_fit", view.new_fit, tr(seen_by(deal, "fit.new_hint", "fit.buyer_new_hint")), tr("fit.add"),
                          narrow ? ui::width_before_button(tr("fit.add")) : ImGui::GetFontSize() * 18.0f);
    for (const std::string& text : texts) add_fit_statement(deal, text).modified = now_moment();
    if (!texts.empty()) note_change(app, "add fit statement");
}

// `narrow`: an option's title and Delete on one line, its vendor (or the
// "no decision" tag) and its notes each on a line of their own.
void draw_options(App& app, Deal& deal, FitDecisionView& view, bool narrow) {
    ui::separator_text(tr(seen_by(deal, "fit.options", "fit.buyer_options")));
    const float em = ImGui::GetFontSize();
    const auto vendors = ui::vendor_choices(deal);
    const bool table = narrow && ImGui::BeginTable("##options", 1, ImGuiTableFlags_BordersInnerH);
    for (auto o = deal.options.begin(); o != deal.options.end(); ++o) {
        if (table) ImGui::TableNextColumn();
        ui::push_id(o->id);
        bool remove = false;
        if (narrow) {
            app::name_next_item(tr("names.option"));
            ui::edit_text(app, "", ("option_title:" + o->id).c_str(), o->title, &o->modified, ui::width_before_button(tr("fit.delete")));
            ImGui::SameLine();
            remove = ui::button(tr("fit.delete"), "delete_option:" + o->id);
            if (o->no_decision)
                ui::text_colored(ui::info(), tr("fit.no_decision_tag"));
            else
                ui::edit_reference(app, "", ("option_vendor:" + o->id).c_str(), o->vendor, vendors, "—", &o->modified, -FLT_MIN);
            app::name_next_item(tr("names.option_notes"));
            ui::edit_text(app, "", ("option_notes:" + o->id).c_str(), o->notes, &o->modified, -FLT_MIN, tr("fit.option_notes_hint"));
        } else {
            // What the vendor and Delete leave of the line, at least 12 em.
            const float rest = ui::width_before_button(tr("fit.delete")) - em * 8.0f - ImGui::GetStyle().ItemSpacing.x;
            app::name_next_item(tr("names.option"));
            ui::edit_text(app, "", ("option_title:" + o->id).c_str(), o->title, &o->modified, std::max(em * 12.0f, rest));
            ImGui::SameLine();
            if (o->no_decision)
                ui::text_colored(ui::info(), tr("fit.no_decision_tag"));
            else
                ui::edit_reference(app, "", ("option_vendor:" + o->id).c_str(), o->vendor, vendors, "—", &o->modified, em * 8.0f);
            ImGui::SameLine();
            remove = ui::button(tr("fit.delete"), "delete_option:" + o->id);
            app::name_next_item(tr("names.option_notes"));
            ui::edit_text(app, "", ("option_notes:" + o->id).c_str(), o->notes, &o->modified, -FLT_MIN, tr("fit.option_notes_hint"));
        }
        ImGui::PopID();
        if (remove) {
            if (deal.decision.option == o->id) deal.decision.option.clear();
            deal.options.erase(o);
            note_change(app, "delete option");
            break;
        }
    }
    if (table) ImGui::EndTable();
    const std::vector<std::string> titles =
            ui::add_field("new_option", "add_option", view.new_option, tr("fit.new_option_hint"), tr("fit.add_option"),
                          narrow ? ui::width_before_button(tr("fit.add_option")) : em * 18.0f);
    for (const std::string& title : titles) add_option(deal, title).modified = now_moment();
    if (!titles.empty()) note_change(app, "add option");
    const bool has_no_decision =
            std::any_of(deal.options.begin(), deal.options.end(), [](const DecisionOption& o) { return o.no_decision; });
    if (!has_no_decision) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::warning());
        ui::text_wrapped(tr("fit.no_decision_missing"));
        ImGui::PopStyleColor();
        // Its whole name when the line has room for it, else a short one
        // (the warning just above says which option).
        const char* add = tr("fit.add_no_decision");
        if (ImGui::CalcTextSize(add).x + ImGui::GetStyle().FramePadding.x * 2.0f > ImGui::GetContentRegionAvail().x)
            add = tr("fit.add_no_decision_short");
        if (ui::button(add, "add_no_decision")) {
            ensure_no_decision_option(deal, tr("fit.no_decision_title"));
            deal.options.back().modified = now_moment();
            note_change(app, "add no decision");
        }
    }
}

// The chosen option: any of the options, or a vendor no option names yet
// (decision_choices.hpp), which becomes an option as it is chosen.
void pick_decision(App& app, Deal& deal) {
    const std::vector<DecisionChoice> choices = decision_choices(deal);
    std::string_view preview = tr("fit.undecided");
    for (const DecisionChoice& c : choices)
        if (!c.option.empty() && c.option == deal.decision.option) preview = c.label;
    if (!ui::begin_combo(tr("fit.decision_option"), "decision_option", preview)) return;
    auto offer = [&](const std::string& key, std::string_view text, bool selected) {
        const std::string id = "decision_option:" + key;
        ui::push_id(id);
        const bool picked = ui::selectable(text, id, selected) && !selected;
        ImGui::PopID();
        return picked;
    };
    if (offer("", tr("fit.undecided"), deal.decision.option.empty())) {
        deal.decision.option.clear();
        deal.modified = now_moment();
        note_change(app, "decision");
    }
    for (const DecisionChoice& c : choices)
        if (offer(c.key(), c.label, !c.option.empty() && c.option == deal.decision.option)) {
            choose_decision(deal, c, now_moment());
            note_change(app, "decision");
        }
    ImGui::EndCombo();
}

void draw_decision(App& app, Deal& deal, bool narrow) {
    ui::separator_text(tr("fit.decision"));
    const float em = ImGui::GetFontSize();
    ImGui::PushItemWidth(narrow ? -FLT_MIN : em * 16.0f);
    pick_decision(app, deal);
    ui::edit_text(app, tr("fit.decision_by"), "decision_by", deal.decision.by, &deal.modified);
    ui::edit_date(app, tr("fit.decision_at"), "decision_at", deal.decision.at, &deal.modified);
    ImGui::PopItemWidth();
    ui::edit_multiline(app, tr("fit.decision_why"), "decision_why", deal.decision.why, &deal.modified,
                       ImVec2(narrow ? -FLT_MIN : -em * 6.0f, em * 4.0f));
}

} // namespace

void draw_fit_decision_tab(App& app, Deal& deal, FitDecisionView& view) {
    if (ui::stacks(ImGui::GetContentRegionAvail().x)) {
        // Narrow: one column, the options and the decision after the limits.
        draw_not_a_fit(app, deal, view, true);
        draw_options(app, deal, view, true);
        draw_decision(app, deal, true);
        return;
    }
    if (!ImGui::BeginTable("##fit_layout", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV)) return;
    ImGui::TableNextColumn();
    draw_not_a_fit(app, deal, view, false);
    ImGui::TableNextColumn();
    draw_options(app, deal, view, false);
    draw_decision(app, deal, false);
    ImGui::EndTable();
}

} // namespace setright::app
