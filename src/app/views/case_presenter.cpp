// case_presenter.cpp — see case_presenter.hpp.
#include "case_presenter.hpp"

#include "logic/enum_labels.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "views/case_revealed.hpp"
#include "views/case_room_view.hpp"

#include <imgui.h>

#include <algorithm>

namespace setright::app {

namespace {

// The presenter's type grows with the screen: 28 lines of text fill its
// height (about 38 px on a 1080p projector), never less than twice the app's;
// the step's title is half as large again.
constexpr float kLinesPerScreen = 28.0f;
constexpr float kMinTextScale = 2.0f;
constexpr float kTitleScale = 1.6f;

Deal* presented_deal(App& app) {
    for (Deal& deal : app.workspace.deals)
        if (deal.id == app.workshop.presenting && deal.case_key && !deal.case_key->steps.empty()) return &deal;
    return nullptr;
}

void toggle_reveal(Workshop& w) {
    w.reveal = !w.reveal;
    w.scroll_to_key = w.reveal;
}

void draw_controls(App& app, int& step, int last) {
    Workshop& w = app.workshop;
    ImGui::BeginDisabled(step == 0);
    if (ui::button(tr("case.present.previous"), "case.present.previous")) --step;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(step == last);
    if (ui::button(tr("case.present.next"), "case.present.next")) ++step;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ui::button(w.reveal ? tr("case.present.hide") : tr("case.present.reveal"), "case.present.reveal")) toggle_reveal(w);
    ImGui::SameLine();
    if (ui::button(tr("case.present.close"), "case.present.close")) w.presenting.clear();
    ImGui::SameLine();
    ui::text_disabled(tr("case.present.keys"));
}

void handle_keys(App& app, int& step, int last) {
    Workshop& w = app.workshop;
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow) || ImGui::IsKeyPressed(ImGuiKey_PageDown) || ImGui::IsKeyPressed(ImGuiKey_Space)) {
        step = std::min(step + 1, last);
        w.reveal = false;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow) || ImGui::IsKeyPressed(ImGuiKey_PageUp)) {
        step = std::max(step - 1, 0);
        w.reveal = false;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_R, false)) toggle_reveal(w);
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) w.presenting.clear();
}

} // namespace

bool draw_case_presenter(App& app) {
    Deal* deal = presented_deal(app);
    if (!deal) {
        app.workshop.presenting.clear();
        return false;
    }
    const CaseKey& key = *deal->case_key;
    int& step = app.workshop.presenter_step;
    const int last = int(key.steps.size()) - 1;
    step = std::clamp(step, 0, last);
    handle_keys(app, step, last);
    if (app.workshop.presenting.empty()) return false;

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    // The theme's own colours: a fixed dark background under a light theme's dark text hid the step's title.
    // NoNav with keyboard navigation off while presenting (app_before_frame):
    // the arrows and Space are the presenter's keys, never a focus move or a
    // press of the focused button (Space once revealed the key by accident).
    ImGui::Begin("##presenter", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav);
    mark_landmark(Landmark::Main);
    draw_controls(app, step, last);

    const CaseStep& current = key.steps[size_t(step)];
    const float text_size = std::max(ImGui::GetStyle().FontSizeBase * kMinTextScale, viewport->Size.y / kLinesPerScreen);
    ImGui::PushFont(nullptr, text_size);
    ui::text_disabled(tr_fill("case.present.where", {std::to_string(step + 1), std::to_string(key.steps.size()), format_date(current.at)}));
    ImGui::PushFont(nullptr, text_size * kTitleScale);
    ui::text_item(current.title, "case.present.title");
    ImGui::PopFont();
    if (!current.text.empty()) ui::text_wrapped(current.text);
    ImGui::Spacing();

    // The step's events, and once revealed the key and the room's answers
    // below them (the room discusses both at once).
    ImGui::BeginChild("##presenter_story", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoNav);
    draw_case_revealed(*deal, key, step, true);
    if (app.workshop.reveal) {
        // Just revealed with the key's start below the screen: scroll it up into view.
        if (app.workshop.scroll_to_key && !ImGui::IsRectVisible(ImVec2(1.0f, ImGui::GetTextLineHeight() * 3.0f)))
            ImGui::SetScrollHereY(0.0f);
        ui::separator_text(tr("case.present.key"));
        for (const std::string& code : current.expected_flags) ui::text_colored(ui::good(), case_flag_label(key, code));
        if (current.expected_decision) ui::text(tr_fill("case.present.key_decision", {enum_label(*current.expected_decision)}));
        if (!current.debrief.empty()) ui::text_wrapped(current.debrief);
        ui::separator_text(tr("case.present.room"));
        draw_room_step_summary(app, *deal, step);
    }
    app.workshop.scroll_to_key = false;
    ImGui::EndChild();
    ImGui::PopFont();
    ImGui::End();
    return true;
}

} // namespace setright::app
