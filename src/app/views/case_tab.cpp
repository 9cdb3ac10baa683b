// case_tab.cpp — see case_tab.hpp.
#include "case_tab.hpp"

#include "logic/i18n.hpp"
#include "ui/widgets.hpp"

#include "views/case_key_editor.hpp"
#include "views/case_player.hpp"
#include "views/case_room_view.hpp"

#include "core/workshop/case_making.hpp"

#include <imgui.h>

namespace setright::app {

namespace {

void draw_make_case(App& app, Deal& deal, CaseView& view) {
    ImGui::TextWrapped("%s", tr("case.what_is_a_case"));
    ImGui::Spacing();
    if (ui::button(tr("case.make"), "case.make")) {
        deal.case_key = make_case(deal);
        deal.modified = now_moment();
        note_change(app, tr("case.make"));
        view.mode = CaseMode::Key;
    }
}

} // namespace

void draw_case_tab(App& app, Deal& deal, CaseView& view) {
    if (!deal.case_key) return draw_make_case(app, deal, view);

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
    case CaseMode::Play: draw_case_player(app, deal); break;
    case CaseMode::Key: draw_case_key_editor(app, deal, view); break;
    case CaseMode::Room: draw_case_room(app, deal); break;
    }
}

} // namespace setright::app
