// vendor_standings_view.cpp — see vendor_standings_view.hpp.
#include "views/vendor_standings_view.hpp"

#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <string>

namespace setright::app {
namespace {

// The colours of the judged vendor's gauge: ready green; else amber from
// three quarters covered, red below.
const ImVec4& standing_color(const VendorStanding& s) {
    return s.verdict.ready ? ui::good() : s.coverage.coverage >= 0.75 ? ui::warning() : ui::critical();
}

std::string verdict_text(const VendorStanding& s) {
    if (s.verdict.ready) return std::string(ui::icon::kCheck) + "  " + tr("overview.compare_ready");
    return std::string(ui::icon::kTimes) + "  " + tr_fill("overview.compare_not_ready", {std::to_string(s.verdict.blockers.size())});
}

// Three lines: the vendor's name and whether it is the one judged above (or
// a button to judge it), its verdict, its coverage as a bar and in words.
void draw_standing(App& app, Deal& deal, const VendorStanding& s, bool leads) {
    const std::string& id = s.coverage.vendor;
    ui::push_id(id);
    {
        ui::TextSizeScope size(ui::TextSize::Heading);
        ui::text(s.coverage.name.empty() ? id : s.coverage.name);
    }
    if (deal.primary_vendor == id) {
        ui::same_line_if_fits(tr("overview.compare_judged"));
        ImGui::AlignTextToFramePadding();
        ui::text_disabled(tr("overview.compare_judged"));
    } else {
        ui::same_line_if_fits(tr("overview.compare_judge"));
        if (ui::button(tr("overview.compare_judge"), "judge_vendor:" + id)) {
            deal.primary_vendor = id;
            deal.modified = now_moment();
            note_change(app, "judged vendor");
        }
    }
    std::string line = verdict_text(s);
    if (leads) line += " · " + std::string(tr("overview.compare_leads"));
    ui::text_item(line, "standing:" + id, &standing_color(s));
    // The bar says its share in words beside it: colour is never the only sign.
    const float em = ImGui::GetFontSize();
    const ImVec2 bar(em * 6.0f, em * 0.6f);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (ImGui::GetTextLineHeight() - bar.y) * 0.5f);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, standing_color(s));
    ImGui::ProgressBar(float(s.coverage.coverage), bar, "");
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ui::text_item(tr_fill("overview.compare_coverage", {format_percent(s.coverage.coverage), std::to_string(s.coverage.must_verified),
                                                        std::to_string(s.coverage.must_total)}),
                  "standing_coverage:" + id);
    ImGui::PopID();
}

} // namespace

void draw_vendor_standings(App& app, Deal& deal, const std::vector<VendorStanding>& standings) {
    if (standings.size() < 2) return;
    ui::separator_text(tr("overview.compare"));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ui::text_wrapped(tr("overview.compare_note"));
    ImGui::PopStyleColor();
    const std::optional<size_t> leader = leading_vendor(standings);
    for (size_t i = 0; i < standings.size(); ++i) {
        if (i > 0) ImGui::Dummy(ImVec2(0.0f, ui::space(2)));
        draw_standing(app, deal, standings[i], leader == i);
    }
}

} // namespace setright::app
