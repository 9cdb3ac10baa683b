// study_tab.cpp — see study_tab.hpp. A lead-response (mystery-shopper) study:
// its method, the figures (who answered, how, how fast, at what price, who
// followed up), four charts, and every request as a row; the selected request
// is edited below.
#include "study_tab.hpp"

#include "logic/app_state.hpp"
#include "logic/enum_labels.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "logic/item_actions.hpp"
#include "ui/editors.hpp"
#include "ui/item_registry.hpp"
#include "ui/panes.hpp"
#include "ui/widgets.hpp"
#include "views/kept.hpp"
#include "views/study_charts_view.hpp"
#include "views/study_request_detail.hpp"

#include "core/studies/study_stats.hpp"

#include <imgui.h>

#include <cstdint>
#include <string>
#include <utility>

namespace setright::app {
namespace {

void draw_figures(const Deal& deal, const StudyStats& s) {
    ui::separator_text(tr_fill("study.figures", {std::to_string(s.requests)}));
    ui::text_item(tr_fill("study.replies", {format_percent(s.share_email), format_percent(s.share_phone), format_percent(s.share_other),
                                            format_percent(s.share_never)})
                          .c_str(),
                  "study_replies");
    if (s.response_hours_median)
        ui::text_item(
                tr_fill("study.response_time", {format_wait(*s.response_hours_median, 1, 1), format_wait(*s.response_hours_mean, 1, 1)})
                        .c_str(),
                "study_response_time");
    if (s.price_median)
        ui::text_item(tr_fill("study.prices", {format_money(*s.price_median, deal.currency), format_money(*s.price_mean, deal.currency),
                                               std::to_string(s.prices)})
                              .c_str(),
                      "study_prices");
    ui::text_item(tr_fill("study.followed_up", {format_percent(s.share_followed_up)}).c_str(), "study_followed_up");
    static const char* const kMaterialKeys[] = {"study.material_proposal", "study.material_presentation", "study.material_contract",
                                                "study.material_portfolio", "study.material_estimate"};
    std::string materials = tr("study.materials");
    for (size_t i = 0; i < s.materials_counts.size(); ++i)
        materials += (i ? ", " : " ") + std::string(tr(kMaterialKeys[i])) + " " + std::to_string(s.materials_counts[i]);
    ui::text_item(materials.c_str(), "study_materials");
}

void draw_requests(App& app, Deal& deal, Study& study, StudyView& view) {
    ui::separator_text(tr("study.requests"));
    const std::vector<std::string> vendors = ui::add_field("new_study_vendor", "add_study_request", view.new_vendor, tr("study.new_hint"),
                                                           tr("study.add"), ImGui::GetFontSize() * 14.0f);
    for (const std::string& vendor : vendors) {
        StudyRequest& r = add_study_request(deal, vendor);
        r.sent_at = Moment{days_between(Moment{}, judged_at(app)) * 24 * 60, false};
        r.modified = now_moment();
        view.selected = r.id;
    }
    if (!vendors.empty()) note_change(app, "add study request");
    const float detail = ImGui::GetFrameHeightWithSpacing() * (view.selected.empty() ? 1.5f : 6.5f);
    const ImVec2 size(0.0f, std::max(ImGui::GetFrameHeight() * 5, ImGui::GetContentRegionAvail().y - detail));
    if (ImGui::BeginTable("##study_requests", 7,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable,
                          size)) {
        mark_data_table(tr("study.requests"));
        ImGui::TableSetupScrollFreeze(0, 1);
        for (const char* key : {"study.col_vendor", "study.col_sent", "study.col_reply", "study.col_wait", "study.col_reply_channel",
                                "study.col_price", "study.col_followed_up"})
            ImGui::TableSetupColumn(tr(key));
        ui::table_headers();
        ImGuiListClipper clipper;
        clipper.Begin(int(study.requests.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const StudyRequest& r = study.requests[size_t(i)];
                ImGui::TableNextRow(ImGuiTableRowFlags_None, ImGui::GetFrameHeight());
                ui::push_id(r.id);
                ImGui::TableNextColumn();
                if (ui::row(r.vendor, "study_request:" + r.id, view.selected == r.id)) view.selected = r.id;
                const std::string wait = r.sent_at && r.first_reply_at ? format_wait(hours_between(*r.sent_at, *r.first_reply_at), 1, 1)
                                         : r.first_reply_at            ? std::string()
                                                                       : std::string(tr("study.never"));
                for (const std::string& cell :
                     {r.sent_at ? format_moment_local(*r.sent_at, current_language()) : std::string(),
                      r.first_reply_at ? format_moment_local(*r.first_reply_at, current_language()) : std::string(), wait,
                      r.reply_channel ? std::string(enum_label(*r.reply_channel)) : std::string(),
                      r.quoted_price ? format_money(*r.quoted_price, deal.currency) : std::string(),
                      std::string(r.followed_up ? tr("study.yes") : "")}) {
                    ImGui::TableNextColumn();
                    ImGui::AlignTextToFramePadding();
                    ui::text(cell);
                }
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    draw_study_request_detail(app, deal, study, view.selected);
}

} // namespace

void draw_study_tab(App& app, Deal& deal, StudyView& view) {
    if (!deal.study) {
        ui::text_wrapped(tr("study.intro"));
        if (ui::button(tr("study.start"), "study_start")) {
            deal.study = Study{};
            deal.modified = now_moment();
            note_change(app, "start study");
        }
        return;
    }
    Study& study = *deal.study;
    static ui::Kept<std::pair<uint64_t, const Study*>, StudyFigures> kept;
    const StudyFigures& figures = kept.get({app.changes, &study}, [&] { return study_figures(study); });
    const StudyStats& stats = figures.stats;
    {
        ui::Panes panes("##study_top", 2);
        ui::text_disabled(tr("study.method"));
        ui::edit_multiline(app, "", "study_method", study.method, &deal.modified, ImVec2(-1.0f, ImGui::GetFontSize() * 4.0f));
        draw_figures(deal, stats);
        draw_reply_channel_chart(stats);
        panes.next();
        draw_response_histogram(figures.histogram);
    }
    {
        ui::Panes panes("##study_charts", 2);
        draw_price_chart(figures, deal.currency);
        panes.next();
        draw_weekday_hour_chart(stats);
    }
    draw_requests(app, deal, study, view);
}

} // namespace setright::app
