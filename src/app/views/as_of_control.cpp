// as_of_control.cpp — see as_of_control.hpp.
#include "as_of_control.hpp"

#include "logic/app_state.hpp"
#include "logic/i18n.hpp"
#include "ui/editors.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace setright::app {
namespace {

float date_field_width() { return ImGui::GetFontSize() * 8.0f; }

} // namespace

float as_of_date_width() { return date_field_width() + ImGui::GetStyle().ItemSpacing.x + ImGui::GetFrameHeight(); }

void draw_as_of_control(App& app) {
    ImGui::AlignTextToFramePadding();
    ui::text(tr("as_of.label"));
    ImGui::SetItemTooltip("%s", tr("as_of.explain"));
    ImGui::SameLine();
    // Empty field: today. A typed date fixes the day until Today is pressed.
    // Today as a date, not this minute: the field keeps text it could not read
    // only while the date it would replace stays the same.
    const Moment now = judged_at(app);
    std::optional<Moment> shown = app.as_of ? *app.as_of : Moment{now.minutes - ((now.minutes % 1440) + 1440) % 1440, false};
    if (ui::date_field("", "as_of_date", shown, date_field_width())) {
        app.as_of = shown;
        app.redraw = true;
    }
    if (app.as_of) {
        ImGui::SameLine();
        if (ui::button(tr("as_of.today"), "as_of_today")) {
            app.as_of.reset();
            app.redraw = true;
        }
        // On this line if it fits, else under it: never cut at the window's edge.
        const std::string moved = std::string("(") + tr("as_of.moved") + ")";
        ui::same_line_if_fits(moved.c_str());
        ui::text_colored(ui::warning(), moved);
    }
}

} // namespace setright::app
