// study_request_detail.cpp — see study_request_detail.hpp.
#include "study_request_detail.hpp"

#include "logic/app_state.hpp"
#include "logic/enum_labels.hpp"
#include "logic/i18n.hpp"
#include "ui/editors.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace setright::app {

void draw_study_request_detail(App& app, Deal& deal, Study& study, std::string& selected) {
    auto found = std::find_if(study.requests.begin(), study.requests.end(), [&](const StudyRequest& r) { return r.id == selected; });
    if (found == study.requests.end()) {
        ui::text_disabled(tr("study.select_hint"));
        return;
    }
    StudyRequest& r = *found;
    std::optional<Moment>* stamp = &r.modified;
    const float em = ImGui::GetFontSize();
    if (!ImGui::BeginTable("##study_request_detail", 3, ImGuiTableFlags_SizingStretchSame)) return;
    ImGui::TableNextColumn();
    ImGui::PushItemWidth(em * 10.0f);
    ui::edit_text(app, tr("study.col_vendor"), "request_vendor", r.vendor, stamp);
    ui::edit_enum(app, tr("study.sent_by"), "request_channel", r.channel, enum_label_keys<Channel>(), enum_count<Channel>(), stamp);
    ui::edit_date(app, tr("study.col_sent"), "request_sent", r.sent_at, stamp);
    ui::edit_date(app, tr("study.col_reply"), "request_reply", r.first_reply_at, stamp);
    ImGui::PopItemWidth();
    ImGui::TableNextColumn();
    ImGui::PushItemWidth(em * 10.0f);
    int channel = r.reply_channel ? int(*r.reply_channel) + 1 : 0;
    std::vector<const char*> keys{"study.no_reply_channel"};
    for (int i = 0; i < enum_count<Channel>(); ++i) keys.push_back(enum_label_keys<Channel>()[i]);
    if (ui::pick_choice(tr("study.col_reply_channel"), "request_reply_channel", channel, keys.data(), int(keys.size()))) {
        r.reply_channel = channel == 0 ? std::nullopt : std::optional<Channel>(Channel(channel - 1));
        r.modified = now_moment();
        note_change(app, "reply channel");
    }
    double price = r.quoted_price.value_or(0.0);
    if (ui::edit_number(app, tr("study.col_price"), "request_price", price, 0.0, 1e15, stamp, "%.0f"))
        r.quoted_price = price > 0 ? std::optional<double>(price) : std::nullopt;
    ui::edit_text(app, tr("study.notes"), "request_notes", r.notes, stamp);
    ImGui::PopItemWidth();
    ImGui::TableNextColumn();
    ui::edit_bool(app, tr("study.material_proposal"), "material_proposal", r.materials.proposal, stamp);
    ui::edit_bool(app, tr("study.material_presentation"), "material_presentation", r.materials.presentation, stamp);
    ui::edit_bool(app, tr("study.material_contract"), "material_contract", r.materials.contract_template, stamp);
    ui::edit_bool(app, tr("study.material_portfolio"), "material_portfolio", r.materials.portfolio, stamp);
    ui::edit_bool(app, tr("study.material_estimate"), "material_estimate", r.materials.estimate, stamp);
    ui::edit_bool(app, tr("study.col_followed_up"), "request_followed_up", r.followed_up, stamp);
    const bool remove = ui::button(tr("study.delete"), "delete_study_request");
    ImGui::EndTable();
    if (remove) {
        study.requests.erase(found);
        selected.clear();
        deal.modified = now_moment();
        note_change(app, "delete study request");
    }
}

} // namespace setright::app
