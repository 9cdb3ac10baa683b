// date_picker.cpp — see date_picker.hpp.
#include "ui/date_picker.hpp"

#include "logic/app_state.hpp"
#include "logic/calendar_month.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <cstdio>
#include <string>
#include <unordered_map>

namespace setright::ui {
namespace {

int64_t day_of(const Moment& m) { return m.minutes >= 0 ? m.minutes / 1440 : (m.minutes - 1439) / 1440; }

std::string iso_day(int64_t days) {
    int year = 0, month = 0, day = 0;
    civil_from_days(days, year, month, day);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
}

// The month each open picker shows, by its popup: moved by ‹ and › while open.
std::unordered_map<ImGuiID, app::CalendarMonth> shown_months;

app::CalendarMonth month_of(int64_t days) {
    int year = 0, month = 0, day = 0;
    civil_from_days(days, year, month, day);
    return app::calendar_month(year, month, app::current_language());
}

// Square buttons hold one glyph or a day's number: their frame padding
// would leave less room than that, so it shrinks to what the square allows.
struct SquarePadding {
    SquarePadding() { ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(space(1) * 0.5f, ImGui::GetStyle().FramePadding.y)); }
    ~SquarePadding() { ImGui::PopStyleVar(); }
    SquarePadding(const SquarePadding&) = delete;
    SquarePadding& operator=(const SquarePadding&) = delete;
};

// One day of the grid; true when clicked.
bool day_cell(const std::string& id, int64_t days, bool in_month, bool chosen, bool today, float size) {
    int year = 0, month = 0, day = 0;
    civil_from_days(days, year, month, day);
    int colours = 0;
    if (chosen) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        ++colours;
    }
    if (!in_month) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ++colours;
    }
    const bool clicked = button(std::to_string(day).c_str(), id + ":day:" + iso_day(days), ImVec2(size, size));
    ImGui::PopStyleColor(colours);
    if (today) // today ringed, whatever is chosen
        ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetColorU32(info()),
                                            ImGui::GetStyle().FrameRounding, 0, 2.0f);
    return clicked;
}

// ‹  month year  ›, the title centred over the grid.
void month_header(const std::string& base, app::CalendarMonth& shown, float cell) {
    const app::Language language = app::current_language();
    const ImGuiStyle& style = ImGui::GetStyle();
    if (button(icon::kChevronLeft, base + ":previous_month", ImVec2(cell, cell))) shown = app::step_month(shown, -1, language);
    ImGui::SameLine();
    const std::string title = app::tr_fill(("calendar.month_" + std::to_string(shown.month)).c_str(), {std::to_string(shown.year)});
    const float grid_width = cell * 7.0f + style.ItemSpacing.x * 6.0f;
    const float title_room = grid_width - cell * 2.0f - style.ItemSpacing.x * 2.0f;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (title_room - ImGui::CalcTextSize(title.c_str()).x) * 0.5f));
    ImGui::AlignTextToFramePadding();
    text_item(title, base + ":month", nullptr, /*fit=*/true);
    ImGui::SameLine();
    ImGui::SetCursorPosX(style.WindowPadding.x + grid_width - cell);
    if (button(icon::kChevronRight, base + ":next_month", ImVec2(cell, cell))) shown = app::step_month(shown, 1, language);
}

// The weekdays' short names, each centred over its column.
void weekday_header(const app::CalendarMonth& shown, float cell) {
    for (int column = 0; column < 7; ++column) {
        if (column > 0) ImGui::SameLine();
        const char* weekday = app::tr(("study.weekday_" + std::to_string((shown.first_weekday + column) % 7)).c_str());
        const float x = ImGui::GetCursorPosX();
        ImGui::SetCursorPosX(x + std::max(0.0f, (cell - ImGui::CalcTextSize(weekday).x) * 0.5f));
        ui::text_disabled(weekday);
        ImGui::SameLine(0.0f, 0.0f);
        ImGui::SetCursorPosX(x + cell);
        ImGui::Dummy(ImVec2(0.0f, 0.0f));
    }
}

// Six weeks of days; true, with `picked` set, when one is clicked.
bool month_grid(const std::string& base, const app::CalendarMonth& shown, int64_t current, int64_t today, float cell, Moment& picked) {
    bool chosen = false;
    for (int i = 0; i < app::CalendarMonth::kCells; ++i) {
        const int64_t days = shown.first_cell + i;
        if (i % 7 != 0) ImGui::SameLine();
        if (day_cell(base, days, app::in_month(shown, days), days == current, days == today, cell)) {
            picked = Moment{days * 1440, false};
            chosen = true;
        }
    }
    return chosen;
}

} // namespace

float date_picker_width() { return std::max(ImGui::GetFrameHeight(), min_target()); }

bool date_picker(std::string_view id, const std::optional<Moment>& value, Moment& picked) {
    const std::string base(id);
    const std::string popup = base + ":calendar_popup";
    const ImGuiID popup_id = ImGui::GetID(popup.c_str());
    const int64_t today = day_of(app::now_moment());
    bool open_now;
    {
        SquarePadding square;
        app::name_next_item(app::tr("names.pick_date")); // an icon says nothing to a screen reader
        open_now = button(icon::kCalendar, base + ":calendar", ImVec2(date_picker_width(), ImGui::GetFrameHeight()));
    }
    if (open_now) {
        shown_months[popup_id] = month_of(value ? day_of(*value) : today);
        ImGui::OpenPopup(popup.c_str());
    }
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) tooltip(app::tr("editor.pick_date"));
    if (!ImGui::BeginPopup(popup.c_str())) {
        shown_months.erase(popup_id);
        return false;
    }
    app::CalendarMonth& shown = shown_months.try_emplace(popup_id, month_of(value ? day_of(*value) : today)).first->second;
    const float cell = std::max(ImGui::GetFrameHeight(), min_target());
    bool chosen = false;
    {
        SquarePadding square;
        month_header(base, shown, cell);
        weekday_header(shown, cell);
        chosen = month_grid(base, shown, value ? day_of(*value) : INT64_MIN, today, cell, picked);
    }
    if (button(app::tr("as_of.today"), base + ":today")) {
        picked = Moment{today * 1440, false};
        chosen = true;
    }
    if (chosen) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return chosen;
}

} // namespace setright::ui
