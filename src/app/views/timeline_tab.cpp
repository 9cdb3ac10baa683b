// timeline_tab.cpp — see timeline_tab.hpp. The axis (timeline_axis.hpp), the
// vendor's responsiveness in figures, and the touches as a table in time
// order; the selected touch is edited below.
#include "timeline_tab.hpp"

#include "logic/app_state.hpp"
#include "logic/enum_labels.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "logic/item_actions.hpp"
#include "ui/editors.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "views/kept.hpp"
#include "views/timeline_axis.hpp"
#include "views/touch_detail.hpp"

#include "core/model/deal_lookup.hpp"
#include "core/studies/responsiveness.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace setright::app {
namespace {

void draw_responsiveness(const App& app, const Deal& deal) {
    static ui::Kept<std::pair<uint64_t, const Deal*>, ResponsivenessReport> kept;
    const ResponsivenessReport& report = kept.get({app.changes, &deal}, [&] { return vendor_responsiveness(deal); });
    const ResponseStats& s = report.overall;
    if (s.requests == 0) {
        ui::text_disabled(tr("timeline.no_requests"));
        return;
    }
    std::string line = tr_fill("timeline.requests", {std::to_string(s.requests), vendor_name(deal, judged_vendor(deal))});
    if (s.answered > 0)
        line += " · " + tr_fill("timeline.response_figures",
                                {format_wait(s.median_hours, 0, 1), format_wait(s.mean_hours, 0, 1), format_wait(s.p90_hours, 0, 1)});
    line += " · " + tr_fill("timeline.never_answered", {format_percent(s.never_answered_share)});
    ui::text_item(line, "responsiveness");
}

// Kept until the touches change: sorting thousands every frame was a tenth of one.
const std::vector<const Touch*>& in_time_order(const App& app, const Deal& deal) {
    static ui::Kept<std::tuple<uint64_t, const Touch*, size_t>, std::vector<const Touch*>> kept;
    return kept.get({app.changes, deal.timeline.data(), deal.timeline.size()}, [&] {
        std::vector<const Touch*> touches;
        touches.reserve(deal.timeline.size());
        for (const Touch& t : deal.timeline) touches.push_back(&t);
        std::stable_sort(touches.begin(), touches.end(), [](const Touch* a, const Touch* b) { return a->at < b->at; });
        return touches;
    });
}

// "person · vendor", either left out when not recorded (no stray " · ").
std::string who_text(const Deal& deal, const Touch& t) {
    std::string who = person_name(deal, t.who);
    if (!t.vendor.empty()) who += (who.empty() ? "" : " · ") + vendor_name(deal, t.vendor);
    return who;
}

std::string offer_text(const Touch& t) {
    if (!t.offer) return {};
    if (!t.offer->expires) return t.offer->terms;
    std::string text = tr_fill("timeline.offer_expires", {format_date(*t.offer->expires)});
    if (!t.offer->terms.empty()) text += " · " + t.offer->terms;
    return text;
}

// The touches on narrow content, in time order: per touch its summary on
// the first line (tapping it opens the touch), when, how and who muted on
// the second, the offer it carries on the third.
void draw_stacked_list(const App& app, const Deal& deal, TimelineView& view) {
    if (!ImGui::BeginTable("##touches_stacked", 1, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
    mark_data_table(tr("tab.timeline"));
    const std::vector<const Touch*>& touches = in_time_order(app, deal);
    ImGuiListClipper clipper; // thousands of touches cost what a screenful does: rows are all three lines
    clipper.Begin(int(touches.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Touch& t = *touches[size_t(i)];
            ImGui::TableNextRow();
            ui::push_id(t.id);
            ImGui::TableSetColumnIndex(0);
            const std::string when = format_moment_local(t.at, current_language());
            if (ui::row(t.summary.empty() ? when : t.summary, "touch:" + t.id, view.selected == t.id)) view.selected = t.id;
            std::string facts = when + " · " + enum_label(t.channel) + " · " + enum_label(t.direction);
            const std::string who = who_text(deal, t);
            if (!who.empty()) facts += " · " + who;
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ui::text_ellipsis(facts);
            ImGui::PopStyleColor();
            ImGui::PushStyleColor(ImGuiCol_Text, ui::warning());
            ui::text_ellipsis(offer_text(t)); // a line even when empty: every row the same height
            ImGui::PopStyleColor();
            ImGui::PopID();
        }
    ImGui::EndTable();
}

void draw_table(const App& app, const Deal& deal, TimelineView& view) {
    const std::vector<const Touch*>& touches = in_time_order(app, deal);

    const float detail_height = ImGui::GetFrameHeightWithSpacing() * (view.selected.empty() ? 1.5f : 8.0f);
    const ImVec2 size(0.0f, std::max(ImGui::GetFrameHeight() * 4, ImGui::GetContentRegionAvail().y - detail_height));
    const ImGuiTableFlags flags =
            ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("##touches", 6, flags, size)) return;
    mark_data_table(tr("tab.timeline"));
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("timeline.col_when"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("timeline.col_channel"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn(tr("timeline.col_direction"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("timeline.col_who"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr("timeline.col_summary"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr("timeline.col_offer"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ui::table_headers();
    ImGuiListClipper clipper;
    clipper.Begin(int(touches.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Touch& t = *touches[size_t(i)];
            ImGui::TableNextRow(ImGuiTableRowFlags_None, ImGui::GetFrameHeight());
            ui::push_id(t.id);
            ImGui::TableNextColumn();
            if (ui::row(format_moment_local(t.at, current_language()).c_str(), "touch:" + t.id, view.selected == t.id))
                view.selected = t.id;
            const std::string who = who_text(deal, t);
            const std::string offer = offer_text(t);
            for (const std::string& cell :
                 {std::string(enum_label(t.channel)), std::string(enum_label(t.direction)), who, t.summary, offer}) {
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                ui::text_ellipsis(cell);
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

} // namespace

void draw_timeline_tab(App& app, Deal& deal, TimelineView& view) {
    const Moment at = judged_at(app);
    const bool narrow = ui::stacks(ImGui::GetContentRegionAvail().x);
    if (narrow && !view.selected.empty() &&
        std::any_of(deal.timeline.begin(), deal.timeline.end(), [&](const Touch& t) { return t.id == view.selected; })) {
        // Narrow: one touch is a screen of its own.
        if (ui::back_button(tr("tab.timeline"), "timeline_back")) view.selected.clear();
        draw_touch_detail(app, deal, view.selected);
        return;
    }
    if (ui::button(tr("timeline.add"), "add_touch")) {
        Touch& t = add_touch(deal, Moment{days_between(Moment{}, at) * 24 * 60, false});
        t.modified = now_moment();
        view.selected = t.id;
        note_change(app, "add touch");
    }
    if (!narrow) ImGui::SameLine(); // narrow: the figures under the button, wrapped
    draw_responsiveness(app, deal);
    draw_timeline_axis(app.changes, deal, at, view.selected);
    if (deal.timeline.empty()) {
        ui::text_wrapped(tr("timeline.none"));
        return;
    }
    if (narrow) {
        draw_stacked_list(app, deal, view); // grows with the tab: no table filling the height
        return;
    }
    draw_table(app, deal, view);
    draw_touch_detail(app, deal, view.selected);
}

} // namespace setright::app
