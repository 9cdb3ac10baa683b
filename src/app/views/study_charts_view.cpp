// study_charts_view.cpp — see study_charts_view.hpp.
#include "study_charts_view.hpp"

#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "logic/study_charts.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "views/reply_heatmap.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <functional>
#include <string>

namespace setright::app {
namespace {

// Horizontal bars, one per label, each with its value written after it.
void bars(const char* id, const std::vector<std::pair<std::string, double>>& rows, double most,
          const std::function<std::string(double)>& value_text, const ImVec4& colour) {
    const float em = ImGui::GetFontSize();
    float label_width = 0;
    for (const auto& row : rows) {
        const std::string_view drawn = ui::shown(row.first);
        label_width = std::max(label_width, ImGui::CalcTextSize(drawn.data(), drawn.data() + drawn.size()).x);
    }
    const float bar_left = label_width + em * 0.5f;
    const float bar_room = std::max(em * 4.0f, ImGui::GetContentRegionAvail().x - bar_left - em * 4.0f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (size_t i = 0; i < rows.size(); ++i) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const std::string_view text = ui::shown(rows[i].first); // a vendor's name, maybe
        const float width = most > 0 ? float(rows[i].second / most) * bar_room : 0.0f;
        draw->AddText(at, ImGui::GetColorU32(ImGuiCol_Text), text.data(), text.data() + text.size());
        draw->AddRectFilled(ImVec2(at.x + bar_left, at.y + 2), ImVec2(at.x + bar_left + width, at.y + em - 1), ImGui::GetColorU32(colour));
        const std::string value = value_text(rows[i].second);
        draw->AddText(ImVec2(at.x + bar_left + width + em * 0.3f, at.y), ImGui::GetColorU32(ImGuiCol_Text), value.c_str());
        ui::chart_part(std::string(text) + ": " + value, std::string(id) + ":" + std::to_string(i),
                       ImVec2(bar_left + bar_room + em * 4.0f, em));
    }
}

} // namespace

void draw_reply_channel_chart(const StudyStats& s) {
    ui::separator_text(tr("study.chart_channels"));
    bars(
            "chart_channel",
            {{tr("study.by_email"), s.share_email},
             {tr("study.by_phone"), s.share_phone},
             {tr("study.by_other"), s.share_other},
             {tr("study.never"), s.share_never}},
            1.0, [](double v) { return format_percent(v); }, ui::info());
}

void draw_response_histogram(const ResponseHistogram& h) {
    ui::separator_text(tr("study.chart_response"));
    static const char* const kBinKeys[] = {"study.bin_1h", "study.bin_4h", "study.bin_1d",
                                           "study.bin_2d", "study.bin_7d", "study.bin_more"};
    std::vector<std::pair<std::string, double>> rows;
    int most = h.never;
    for (size_t i = 0; i < h.counts.size(); ++i) {
        rows.emplace_back(tr(kBinKeys[i]), h.counts[i]);
        most = std::max(most, h.counts[i]);
    }
    rows.emplace_back(tr("study.never"), h.never);
    bars(
            "chart_response", rows, most, [](double v) { return format_number(v, 0); }, ui::good());
}

void draw_price_chart(const StudyFigures& figures, const std::string& currency) {
    ui::separator_text(tr("study.chart_prices"));
    const std::optional<LogAxis>& axis = figures.axis;
    const StudyStats& s = figures.stats;
    if (!axis) {
        ui::text_disabled(tr("study.no_prices"));
        return;
    }
    const float em = ImGui::GetFontSize();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(em * 10.0f, ImGui::GetContentRegionAvail().x - em);
    const float height = em * 5.5f;
    const float left = origin.x + em * 0.5f, right = origin.x + width - em * 0.5f;
    const float line_y = origin.y + em * 2.5f;
    auto x_of = [&](double v) { return left + float(axis->position(v)) * (right - left); };
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 faint = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    draw->AddLine(ImVec2(left, line_y), ImVec2(right, line_y), faint);
    for (double tick : axis->ticks()) {
        const float x = x_of(tick);
        draw->AddLine(ImVec2(x, line_y - 3), ImVec2(x, line_y + 3), faint);
        const bool decade = std::abs(std::log10(tick) - std::round(std::log10(tick))) < 1e-9;
        if (!decade) continue;
        const std::string label = format_number(tick, 0);
        const float label_width = ImGui::CalcTextSize(label.c_str()).x;
        draw->AddText(ImVec2(std::clamp(x - label_width / 2, origin.x, origin.x + width - label_width), line_y + 5), faint, label.c_str());
    }
    // One dot per pixel: thousands of prices on a few hundred pixels are mostly dots drawn over the one before.
    const ImU32 dot = ImGui::GetColorU32(ImVec4(ui::info().x, ui::info().y, ui::info().z, 0.7f));
    float last_x = -FLT_MAX;
    for (double place : figures.price_places) {
        const float x = left + float(place) * (right - left);
        if (x - last_x < 1.0f) continue;
        draw->AddCircleFilled(ImVec2(x, line_y), em * 0.25f, dot);
        last_x = x;
    }
    auto mark = [&](double value, const char* key, const ImVec4& colour, float text_y) {
        const float x = x_of(value);
        draw->AddLine(ImVec2(x, origin.y + em * 1.2f), ImVec2(x, line_y + em * 1.5f), ImGui::GetColorU32(colour), 2.0f);
        const std::string text = tr_fill(key, {format_money(value, currency)});
        draw->AddText(ImVec2(std::min(x + 3, right - ImGui::CalcTextSize(text.c_str()).x), text_y), ImGui::GetColorU32(colour),
                      text.c_str());
    };
    if (s.price_median) mark(*s.price_median, "study.median_mark", ui::good(), origin.y);
    if (s.price_mean) mark(*s.price_mean, "study.mean_mark", ui::warning(), line_y + em * 1.6f);
    ImGui::Dummy(ImVec2(width, height));
}

void draw_weekday_hour_chart(const StudyStats& s) {
    ui::separator_text(tr("study.chart_heatmap"));
    const float em = ImGui::GetFontSize();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float label_width = em * 3.0f;
    const float width = std::max(em * 12.0f, ImGui::GetContentRegionAvail().x - em);
    const float row = em * 1.1f;
    const ImVec2 min(origin.x + label_width, origin.y);
    const ImVec2 max(origin.x + width, origin.y + row * 7.0f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    for (int day = 0; day < 7; ++day)
        draw->AddText(ImVec2(origin.x, origin.y + row * float(day)), text, tr(("study.weekday_" + std::to_string(day)).c_str()));
    for (int hour = 0; hour < 24; hour += 6)
        draw->AddText(ImVec2(min.x + (max.x - min.x) * float(hour) / 24.0f, max.y + 2), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                      (std::to_string(hour) + ":00").c_str());
    draw_reply_heatmap(min, max, s.replies_by_weekday_hour);
    // The heatmap is an item too: tests find its rectangle and read its pixels.
    ImGui::SetCursorScreenPos(min);
    int replies = 0;
    for (const auto& day : s.replies_by_weekday_hour)
        for (int n : day) replies += n;
    ui::chart_part(tr_fill("study.heatmap_label", {std::to_string(replies)}), "study_heatmap", ImVec2(max.x - min.x, max.y - min.y));
    ImGui::SetCursorScreenPos(ImVec2(origin.x, max.y + em * 1.4f));
    ui::text_disabled(tr("study.heatmap_utc"));
}

} // namespace setright::app
