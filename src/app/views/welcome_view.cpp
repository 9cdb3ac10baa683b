// welcome_view.cpp — see welcome_view.hpp.
#include "views/welcome_view.hpp"

#include "logic/app_state.hpp"
#include "logic/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "views/deals_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace setright::app {
namespace {

struct Start {
    const char* icon;
    const char* title_key;
    const char* body_key;
    const char* template_name; // the built-in template each one begins from
    const char* id;
};

const Start kStarts[] = {
        {ui::icon::kShoppingCart, "welcome.buyer", "welcome.buyer_body", "buyer-saas-evaluation", "welcome_buyer"},
        {ui::icon::kBriefcase, "welcome.rep", "welcome.rep_body", "rep-expectations", "welcome_rep"},
        {ui::icon::kGraduationCap, "welcome.trainer", "welcome.trainer_body", "sms-vendor-case", "welcome_trainer"},
};

// One start as a card: who it is for, what it does, one button.
void draw_card(App& app, const Start& start, float width, float height) {
    ImGui::BeginChild(ui::label("", start.id), ImVec2(width, height), ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NoScrollbar);
    {
        ui::TextSizeScope size(ui::TextSize::Heading);
        ui::text(std::string(start.icon) + "  " + tr(start.title_key));
    }
    ui::text_wrapped(tr(start.body_key));
    ImGui::Dummy(ImVec2(0.0f, ui::space(1)));
    if (ui::button(tr("welcome.start"), start.id, ImVec2(-1.0f, 0.0f))) start_deal_from_template(app, start.template_name);
    ImGui::EndChild();
}

} // namespace

void draw_welcome_view(App& app) {
    const float available = ImGui::GetContentRegionAvail().x;
    const float column = std::min(available, 960.0f);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (available - column) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
    ImGui::Dummy(ImVec2(0.0f, ui::space(4)));
    {
        ui::TextSizeScope size(ui::TextSize::Title);
        ui::text(tr("app.title"));
    }
    ui::text_wrapped(tr("welcome.tagline"));
    ui::heading(tr("welcome.start_as"));

    // Side by side where three cards of 240 px fit, one under another on a phone.
    const float gap = ui::space(3);
    const int per_row = column >= 3 * 240.0f + 2 * gap ? 3 : 1;
    const float card_width = (column - gap * float(per_row - 1)) / float(per_row);
    for (int i = 0; i < 3; ++i) {
        if (i % per_row != 0) ImGui::SameLine(0.0f, gap);
        draw_card(app, kStarts[i], card_width, 0.0f);
    }
    ImGui::Dummy(ImVec2(0.0f, ui::space(2)));
    if (ui::button((std::string(ui::icon::kPlus) + "  " + tr("welcome.blank")).c_str(), "welcome_blank")) start_blank_deal(app);
    ImGui::Dummy(ImVec2(0.0f, ui::space(2)));
    ui::text_disabled(tr("welcome.local"));
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

} // namespace setright::app
