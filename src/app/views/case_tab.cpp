// case_tab.cpp — see case_tab.hpp.
#include "case_tab.hpp"

#include "logic/downloads.hpp"
#include "logic/file_names.hpp"
#include "logic/i18n.hpp"
#include "logic/workshop.hpp"
#include "ui/widgets.hpp"

#include "views/case_key_editor.hpp"
#include "views/case_player.hpp"
#include "views/case_room_view.hpp"

#include "core/format/json_format.hpp"
#include "core/workshop/case_copy.hpp"
#include "core/workshop/case_making.hpp"

#include <imgui.h>

namespace setright::app {

namespace {

void draw_make_case(App& app, Deal& deal, CaseView& view) {
    ui::text_wrapped(tr("case.what_is_a_case"));
    ImGui::Spacing();
    if (ui::button(tr("case.make"), "case.make")) {
        deal.case_key = make_case(deal);
        deal.modified = now_moment();
        note_change(app, tr("case.make"));
        view.mode = CaseMode::Key;
    }
}

// Beside the key it keeps from them: what participants are sent (the case
// without its key) and the view they will have. Not above Play, whose
// decision must stay above the fold on a 768-px projector.
void draw_handing_out(App& app, const Deal& deal, CaseView& view) {
    if (ui::button(tr("case.export_copy"), "case.export_copy"))
        download(app, deal_file_name(deal, "-participants.json"), "application/json", export_deal(participant_copy(deal)));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", tr("case.export_copy_hint"));
    ui::same_line_if_fits(tr("case.participant_view"), ImGui::GetFrameHeight());
    ui::checkbox(tr("case.participant_view"), "case.participant_view", &view.participant_view);
    ImGui::Separator();
}

// A participant's case: Play only, without the key (a trainer's own case in
// participant view can be switched back).
void draw_participant_case(App& app, Deal& deal, CaseView& view) {
    if (is_participant_copy(deal))
        ui::text_item(tr("case.participant_copy"), "case.participant_copy", nullptr, true);
    else
        ui::checkbox(tr("case.participant_view"), "case.participant_view", &view.participant_view);
    ImGui::Separator();
    draw_case_player(app, deal, false);
}

} // namespace

void draw_case_tab(App& app, Deal& deal, CaseView& view) {
    if (!deal.case_key) return draw_make_case(app, deal, view);
    if (participant_mode(deal, view)) return draw_participant_case(app, deal, view);

    if (ui::radio(tr("case.mode.play"), "case.mode.play", view.mode == CaseMode::Play)) view.mode = CaseMode::Play;
    ui::same_line_if_fits(tr("case.mode.key"), ImGui::GetFrameHeight());
    if (ui::radio(tr("case.mode.key"), "case.mode.key", view.mode == CaseMode::Key)) view.mode = CaseMode::Key;
    ui::same_line_if_fits(tr("case.mode.room"), ImGui::GetFrameHeight());
    if (ui::radio(tr("case.mode.room"), "case.mode.room", view.mode == CaseMode::Room)) view.mode = CaseMode::Room;
    ui::same_line_if_fits(tr("case.present"));
    ImGui::BeginDisabled(deal.case_key->steps.empty());
    if (ui::button(tr("case.present"), "case.present")) {
        app.workshop.presenting = deal.id;
        app.workshop.presenter_step = 0;
        app.workshop.reveal = false;
    }
    ImGui::EndDisabled();
    ImGui::Separator();

    switch (view.mode) {
    case CaseMode::Play: draw_case_player(app, deal, true); break;
    case CaseMode::Key:
        draw_handing_out(app, deal, view);
        draw_case_key_editor(app, deal, view);
        break;
    case CaseMode::Room: draw_case_room(app, deal); break;
    }
}

} // namespace setright::app
