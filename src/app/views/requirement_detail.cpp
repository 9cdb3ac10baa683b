// requirement_detail.cpp — see requirement_detail.hpp.
#include "requirement_detail.hpp"

#include "logic/app_state.hpp"
#include "logic/enum_labels.hpp"
#include "logic/i18n.hpp"
#include "logic/item_actions.hpp"
#include "ui/editors.hpp"
#include "ui/item_registry.hpp"
#include "ui/table_columns.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/judging/claim_ladder.hpp"
#include "core/model/deal_lookup.hpp"

#include <imgui.h>

#include <algorithm>

namespace setright::app {
namespace {

void draw_fields(App& app, const Deal& deal, Requirement& r) {
    const float em = ImGui::GetFontSize();
    std::optional<Moment>* stamp = &r.modified;
    ImGui::PushItemWidth(-em * 7.0f);
    ui::edit_text(app, tr("requirements.text"), "requirement_text", r.text, stamp);
    ui::edit_text(app, tr("requirements.category"), "requirement_category", r.category, stamp);
    ui::edit_enum(app, tr("requirements.priority"), "requirement_priority", r.priority, enum_label_keys<Priority>(), enum_count<Priority>(),
                  stamp);
    ui::edit_number(app, tr("requirements.weight"), "requirement_weight", r.weight, 0.0, 1000.0, stamp, "%g");
    ui::edit_person(app, tr("requirements.owner"), "requirement_owner", r.owner, deal, stamp);
    ui::edit_date(app, tr("requirements.due"), "requirement_due", r.due, stamp);
    // Why it matters, what counts as meeting it: a few lines, wrapped.
    ui::edit_multiline(app, tr("requirements.notes"), "requirement_notes", r.notes, stamp, ImVec2(0, ImGui::GetTextLineHeight() * 3.5f));
    ImGui::PopItemWidth();
}

// One piece of evidence on one line; returns true when the user deletes it.
bool draw_evidence(App& app, Evidence& e, std::optional<Moment>* stamp) {
    const float em = ImGui::GetFontSize();
    ui::push_id(e.id);
    ui::edit_enum(app, "", ("evidence_kind:" + e.id).c_str(), e.kind, enum_label_keys<EvidenceKind>(), enum_count<EvidenceKind>(), stamp,
                  ui::combo_width(enum_labels<EvidenceKind>()));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 14.0f);
    app::name_next_item(tr("names.evidence_summary"));
    ui::edit_text(app, "", ("evidence_summary:" + e.id).c_str(), e.summary, stamp);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 8.0f);
    app::name_next_item(tr("names.evidence_source"));
    ui::edit_text(app, "", ("evidence_source:" + e.id).c_str(), e.source, stamp);
    ImGui::SameLine();
    ui::edit_date(app, "", ("evidence_date:" + e.id).c_str(), e.date, stamp, em * 6.0f);
    ImGui::SameLine();
    ui::edit_bool(app, tr("requirements.evidence_answers"), ("evidence_answers:" + e.id).c_str(), e.answers, stamp);
    ImGui::SameLine();
    const bool remove = ui::button(tr("requirements.evidence_delete"), "evidence_delete:" + e.id);
    ImGui::PopID();
    return remove;
}

void draw_claim(App& app, const Deal& deal, Requirement& r, const std::string& vendor) {
    ui::text(tr_fill("requirements.claim_of", {vendor_name(deal, vendor)}));
    Claim* claim = nullptr;
    for (Claim& c : r.claims)
        if (c.vendor == vendor) claim = &c;
    int status = claim ? int(claim->status) : 0;
    if (ui::pick_choice(tr("requirements.claim_status"), "claim_status", status, enum_label_keys<ClaimStatus>(), enum_count<ClaimStatus>(),
                        ImGui::GetFontSize() * 10.0f)) {
        claim = &claim_for(r, vendor);
        claim->status = ClaimStatus(status);
        claim->modified = r.modified = now_moment();
        note_change(app, "claim");
    }
    if (!claim) return;
    if (effective_status(*claim) != claim->status) ui::text_wrapped(tr("requirements.counts_as_why"));
    std::optional<Moment>* stamp = &claim->modified;
    if (claim->status == ClaimStatus::AcceptedRisk) {
        ImGui::PushItemWidth(ImGui::GetFontSize() * 16.0f);
        ui::edit_text(app, tr("requirements.accepted_by"), "accepted_by", claim->accepted_by, stamp);
        ui::edit_text(app, tr("requirements.accepted_reason"), "accepted_reason", claim->accepted_reason, stamp);
        ImGui::PopItemWidth();
    }
    ui::text_disabled(tr("requirements.evidence"));
    for (auto e = claim->evidence.begin(); e != claim->evidence.end(); ++e) {
        if (!draw_evidence(app, *e, stamp)) continue;
        claim->evidence.erase(e);
        claim->modified = now_moment();
        note_change(app, "delete evidence");
        break;
    }
}

} // namespace

void draw_requirement_detail(App& app, Deal& deal, const std::string& vendor, std::string& selected) {
    auto found = std::find_if(deal.requirements.begin(), deal.requirements.end(), [&](const Requirement& r) { return r.id == selected; });
    if (found == deal.requirements.end()) {
        ui::text_disabled(tr("requirements.select_hint"));
        return;
    }
    Requirement& r = *found;
    ui::separator_text(tr("requirements.detail"));
    // On a phone the fields and the claim are one column, one after the other.
    const bool phone = ui::stacks(ImGui::GetContentRegionAvail().x);
    if (!ImGui::BeginTable("##requirement_detail", phone ? 1 : 2, ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("##fields", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    if (!phone) ImGui::TableSetupColumn("##claim", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableNextColumn();
    draw_fields(app, deal, r);
    const bool remove = ui::button(tr("requirements.delete"), "delete_requirement");
    ImGui::TableNextColumn(); // on a phone: the next row of the one column
    if (vendor.empty())
        ui::text_wrapped(tr("requirements.no_vendor"));
    else {
        draw_claim(app, deal, r, vendor);
        if (ui::button(tr("requirements.add_evidence"), "add_evidence")) {
            Claim& claim = claim_for(r, vendor);
            add_evidence(claim, judged_at(app));
            claim.modified = r.modified = now_moment();
            note_change(app, "add evidence");
        }
    }
    ImGui::EndTable();
    if (remove) {
        deal.requirements.erase(found);
        selected.clear();
        note_change(app, "delete requirement");
    }
}

} // namespace setright::app
