// relationship_tab.cpp — see relationship_tab.hpp. After the wedding, the
// marriage: the customer-lifetime-value calculator with every formula written
// out with the deal's own numbers, how CLV moves with retention, and the
// post-sale checklist.
#include "relationship_tab.hpp"

#include "logic/app_state.hpp"
#include "logic/deal_tabs.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "logic/item_actions.hpp"
#include "ui/date_picker.hpp"
#include "ui/editors.hpp"
#include "ui/item_registry.hpp"
#include "ui/panes.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/judging/clv.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace setright::app {
namespace {

// A share edited as a percentage (0..100) and stored as 0..1.
void edit_share(App& app, const char* text, const char* id, double& share, std::optional<Moment>* stamp) {
    double percent = share * 100.0;
    if (ui::edit_number(app, text, id, percent, 0.0, 100.0, stamp, "%.1f %%")) share = percent / 100.0;
}

void draw_inputs(App& app, Deal& deal, ClvInputs& in) {
    std::optional<Moment>* stamp = &deal.modified;
    const float em = ImGui::GetFontSize();
    ImGui::PushItemWidth(em * 9.0f);
    static const char* const kPeriodKeys[] = {"clv.period_month", "clv.period_year"};
    int period = in.period == "year" ? 1 : 0;
    if (ui::pick_choice(tr("clv.period"), "clv_period", period, kPeriodKeys, 2)) {
        in.period = period == 1 ? "year" : "month";
        deal.modified = now_moment();
        note_change(app, "clv period");
    }
    const std::string money = "%.2f " + deal.currency;
    ui::edit_number(app, tr("clv.revenue"), "clv_revenue", in.revenue_per_period, 0.0, 1e12, stamp, money.c_str());
    edit_share(app, tr("clv.gross_margin"), "clv_margin", in.gross_margin, stamp);
    edit_share(app, tr("clv.retention"), "clv_retention", in.retention, stamp);
    ui::edit_number(app, tr("clv.acquisition_cost"), "clv_cac", in.acquisition_cost, 0.0, 1e12, stamp, money.c_str());
    ui::edit_number(app, tr("clv.retention_cost"), "clv_retention_cost", in.retention_cost_per_period, 0.0, 1e12, stamp, money.c_str());
    ui::edit_number(app, tr("clv.upsell"), "clv_upsell", in.upsell_per_period, 0.0, 1e12, stamp, money.c_str());
    ImGui::PopItemWidth();
}

void formula(const std::string& text, const std::string& id) { ui::text_item(text, id); }

void draw_results(const Deal& deal, const ClvInputs& in) {
    const ClvResult r = compute_clv(in);
    auto money = [&](double v) { return format_money(v, deal.currency); };
    const std::string period = tr(in.period == "year" ? "clv.period_year" : "clv.period_month");
    ui::separator_text(tr("clv.formulas"));
    formula(tr_fill("clv.f_margin", {money(in.revenue_per_period), money(in.upsell_per_period), format_percent(in.gross_margin, 1),
                                     money(in.retention_cost_per_period), money(r.margin_per_period)}),
            "clv_margin_formula");
    formula(tr_fill("clv.f_lifetime", {format_percent(1.0 - std::min(1.0, std::max(0.0, in.retention)), 1),
                                       format_number(r.expected_lifetime_periods, 1), period}),
            "clv_lifetime_formula");
    {
        ui::TextSizeScope size(ui::TextSize::Heading);
        formula(tr_fill("clv.f_clv", {money(r.margin_per_period), format_number(r.expected_lifetime_periods, 1), money(r.clv)}),
                "clv_value");
    }
    if (in.acquisition_cost > 0)
        formula(tr_fill("clv.f_ratio", {money(r.clv), money(in.acquisition_cost), format_number(r.clv_to_cac, 1)}), "clv_ratio");
    if (r.payback_periods)
        formula(tr_fill("clv.f_payback",
                        {money(in.acquisition_cost), money(r.margin_per_period), format_number(*r.payback_periods, 1), period}),
                "clv_payback");
    else
        ui::text_colored(ui::critical(), tr("clv.no_payback"));
}

// CLV at retention −10 … +10 points around the deal's own, the +5 row marked.
void draw_sensitivity(const Deal& deal, const ClvInputs& in) {
    ui::separator_text(tr("clv.sensitivity"));
    const ClvResult base = compute_clv(in);
    formula(tr_fill("clv.plus_five",
                    {format_money(base.clv_gain_plus_5_retention, deal.currency), format_money(base.clv_plus_5_retention, deal.currency)}),
            "clv_plus_five");
    ui::text_wrapped(tr_fill("clv.plus_five_context", {format_percent(0.05), format_percent(0.25) + "–" + format_percent(0.95)}));
    if (!ImGui::BeginTable("##sensitivity", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit))
        return;
    mark_data_table(tr("clv.sensitivity"));
    ImGui::TableSetupColumn(tr("clv.retention"));
    ImGui::TableSetupColumn(tr("clv.col_clv"));
    ImGui::TableSetupColumn(tr("clv.col_change"));
    ui::table_headers();
    double previous = -1;
    for (int points : {-10, -5, 0, 5, 10}) {
        ClvInputs shifted = in;
        shifted.retention = std::min(kMaxRetention, std::max(0.0, in.retention + points / 100.0));
        if (shifted.retention == previous) continue; // capped at 0 or at the maximum: the row would repeat
        previous = shifted.retention;
        const ClvResult r = compute_clv(shifted);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string label = format_percent(shifted.retention, 1) + (points == 0 ? "  ←" : "");
        if (points == 5)
            ui::text_colored(ui::good(), label.c_str());
        else
            ui::text(label.c_str());
        ImGui::TableNextColumn();
        ui::text(format_money(r.clv, deal.currency));
        ImGui::TableNextColumn();
        const double change = base.clv != 0 ? (r.clv - base.clv) / std::abs(base.clv) : 0.0;
        ui::text(points == 0 ? "" : ((change >= 0 ? "+" : "") + format_percent(change, 0)));
    }
    ImGui::EndTable();
}

void draw_checklist(App& app, Deal& deal, RelationshipView& view, const Moment& at) {
    const int done = int(std::count_if(deal.post_sale.begin(), deal.post_sale.end(), [](const ChecklistItem& i) { return i.done; }));
    // Empty, it says what goes there rather than "0 of 0 done".
    if (deal.post_sale.empty()) {
        ui::separator_text(tr("clv.checklist_title"));
        ui::text_wrapped(tr("clv.checklist_none"));
    } else {
        ui::separator_text(tr_fill("clv.checklist", {std::to_string(done), std::to_string(deal.post_sale.size())}));
    }
    const float em = ImGui::GetFontSize();
    // Narrow: the step on one line, its owner, due date and Delete on the next.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float delete_width = ImGui::CalcTextSize(tr("clv.delete")).x + ImGui::GetStyle().FramePadding.x * 2.0f;
    const float calendar = ui::date_picker_width() + spacing; // beside the due date's field
    const float one_line = ImGui::GetFrameHeight() + em * (16.0f + 7.0f + 6.5f) + calendar + delete_width + spacing * 4.0f;
    const bool narrow = ImGui::GetContentRegionAvail().x < one_line;
    for (auto item = deal.post_sale.begin(); item != deal.post_sale.end(); ++item) {
        ui::push_id(item->id);
        app::name_next_item(tr("names.step_done"));
        ui::edit_bool(app, "", ("post_sale_done:" + item->id).c_str(), item->done, &item->modified);
        ImGui::SameLine();
        const bool late = !item->done && item->due && deadline_minutes(*item->due) < at.minutes;
        if (late) ImGui::PushStyleColor(ImGuiCol_Text, ui::critical());
        app::name_next_item(tr("names.step"));
        ui::edit_text(app, "", ("post_sale_text:" + item->id).c_str(), item->text, &item->modified, narrow ? -FLT_MIN : em * 16.0f);
        if (late) ImGui::PopStyleColor();
        const float half = (ImGui::GetContentRegionAvail().x - delete_width - calendar - spacing * 2.0f) * 0.5f;
        if (!narrow) ImGui::SameLine();
        app::name_next_item(tr("names.owner"));
        ui::edit_text(app, "", ("post_sale_owner:" + item->id).c_str(), item->owner, &item->modified, narrow ? half : em * 7.0f);
        ImGui::SameLine();
        app::name_next_item(tr("names.due"));
        ui::edit_date(app, "", ("post_sale_due:" + item->id).c_str(), item->due, &item->modified, narrow ? half : em * 6.5f);
        ImGui::SameLine();
        const bool remove = ui::button(tr("clv.delete"), "delete_post_sale:" + item->id);
        if (narrow) ImGui::Separator();
        ImGui::PopID();
        if (remove) {
            deal.post_sale.erase(item);
            note_change(app, "delete checklist item");
            break;
        }
    }
    const float add_width = narrow ? ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(tr("clv.add_item")).x -
                                             ImGui::GetStyle().FramePadding.x * 2.0f - spacing
                                   : em * 16.0f;
    const std::vector<std::string> texts =
            ui::add_field("new_post_sale", "add_post_sale", view.new_item, tr("clv.new_item_hint"), tr("clv.add_item"), add_width);
    for (const std::string& text : texts) add_checklist_item(deal, text).modified = now_moment();
    if (!texts.empty()) note_change(app, "add checklist item");
}

} // namespace

void draw_relationship_tab(App& app, Deal& deal, RelationshipView& view) {
    ui::Panes panes("##relationship_layout", 2);
    // The seller's arithmetic; a buyer reads it as what keeping them is worth to the vendor.
    ui::separator_text(tr(seen_by(deal, "clv.title", "clv.buyer_title")));
    if (!deal.clv) {
        ui::text_item(tr(seen_by(deal, "clv.intro", "clv.buyer_intro")), "clv_intro");
        if (ui::button(tr("clv.start"), "clv_start")) {
            deal.clv = ClvInputs{};
            note_change(app, "start clv");
        }
    } else {
        draw_inputs(app, deal, *deal.clv);
        draw_results(deal, *deal.clv);
    }
    panes.next();
    if (deal.clv) draw_sensitivity(deal, *deal.clv);
    draw_checklist(app, deal, view, judged_at(app));
}

} // namespace setright::app
