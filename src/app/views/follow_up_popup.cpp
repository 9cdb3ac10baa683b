// follow_up_popup.cpp — see follow_up_popup.hpp.
#include "follow_up_popup.hpp"

#include "logic/app_state.hpp"
#include "logic/deal_actions.hpp"
#include "logic/i18n.hpp"
#include "logic/local_words.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/model/deal_lookup.hpp"
#include "core/reports/follow_up.hpp"
#include "platform/platform.hpp"

#include <imgui.h>

#include <algorithm>

namespace setright::app {

namespace {
constexpr const char* kPopup = "##follow_up";
}

void open_follow_up(App& app, const Deal& deal, const std::string& vendor) {
    FollowUpView& view = app.workspace_view.follow_up;
    view.deal = deal.id;
    view.vendor = vendor;
    view.open = true;
    view.copied = false;
}

void draw_follow_up_popup(App& app) {
    FollowUpView& view = app.workspace_view.follow_up;
    if (view.open) ImGui::OpenPopup(kPopup);
    view.open = false;
    if (view.vendor.empty()) return;
    const int index = find_deal(app.workspace, view.deal);
    const ImVec2 screen = ImGui::GetIO().DisplaySize;
    const float em = ImGui::GetFontSize();
    // On a phone as wide as the screen; elsewhere wide enough for a mail's lines.
    const float width = std::min(screen.x - ui::space(8), em * 40.0f);
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(screen.x * 0.5f, screen.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize)) return;
    if (index < 0) { // the deal went behind the popup (an undo, another tab's copy)
        view.vendor.clear();
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const Deal& deal = app.workspace.deals[size_t(index)];
    // Drafted every frame: it follows the as-of date and edits behind the popup.
    const FollowUpDraft draft = follow_up_draft(deal, view.vendor, judged_at(app), LocalWords());

    ui::text_wrapped(tr_fill("follow_up.title", {vendor_name(deal, view.vendor)}));
    ui::text_disabled(tr_fill("follow_up.summary", {std::to_string(draft.open_questions), std::to_string(draft.overdue_questions),
                                                    std::to_string(draft.claimed_must_haves)}));
    ImGui::Spacing();
    ui::field_label(tr("follow_up.subject_label"));
    ui::text_item(draft.subject, "follow_up_subject");
    // Wrapped to the popup and scrolled (a text field does not wrap lines);
    // read-only: the draft is edited in the mail program, where it is sent from.
    ui::field_label(tr("follow_up.body_label"));
    const float body_height = std::max(em * 6.0f, std::min(em * 16.0f, screen.y - em * 18.0f));
    ImGui::BeginChild("##follow_up_body", ImVec2(-FLT_MIN, body_height), ImGuiChildFlags_Borders);
    ui::text_item(draft.body, "follow_up_body");
    ImGui::EndChild();
    ImGui::PushTextWrapPos(0.0f);
    ui::text_disabled(tr("follow_up.never_sent"));
    ImGui::PopTextWrapPos();

    if (ui::button(tr("follow_up.open_mail"), "follow_up_mail")) platform::open_url(mailto_url(draft.recipient, draft.subject, draft.body));
    ui::same_line_if_fits(tr("follow_up.copy"));
    if (ui::button(tr("follow_up.copy"), "follow_up_copy")) {
        ImGui::SetClipboardText(draft.body.c_str());
        view.copied = true;
    }
    ui::same_line_if_fits(tr("follow_up.close"));
    if (ui::button(tr("follow_up.close"), "follow_up_close") || ui::escape_cancels()) {
        view.vendor.clear();
        ImGui::CloseCurrentPopup();
    }
    if (view.copied) ui::text_colored(ui::good(), tr("follow_up.copied"));
    ImGui::EndPopup();
}

} // namespace setright::app
