// claims_matrix.cpp — see claims_matrix.hpp.
#include "claims_matrix.hpp"

#include "logic/app_state.hpp"
#include "logic/enum_labels.hpp"
#include "logic/i18n.hpp"
#include "logic/item_actions.hpp"
#include "ui/editors.hpp"
#include "ui/item_registry.hpp"
#include "ui/table_columns.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "views/table_sort.hpp"

#include "core/judging/claim_ladder.hpp"
#include "core/model/deal_lookup.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>

namespace setright::app {
namespace {

constexpr int kText = 0, kPriority = 1, kFirstVendor = 2;

ClaimStatus written_status(const Requirement& r, const std::string& vendor) {
    const Claim* claim = find_claim(r, vendor);
    return claim ? claim->status : ClaimStatus::Unknown;
}

// "Click a cell, then type 1–7: 1 Unknown · 2 Claimed · …": the keys, in the
// user's language, worked out once per language rather than every frame.
const std::string& keys_legend() {
    static Language worded_in = Language(-1);
    static std::string legend;
    if (worded_in == current_language()) return legend;
    worded_in = current_language();
    std::string choices;
    for (int i = 0; i < enum_count<ClaimStatus>(); ++i) {
        if (i > 0) choices += " · ";
        choices += std::to_string(i + 1) + " " + enum_label(ClaimStatus(i));
    }
    legend = tr_fill("requirements.matrix_keys", {std::to_string(enum_count<ClaimStatus>()), choices});
    return legend;
}

// Returns whether the cell has keyboard focus.
bool draw_claim_cell(App& app, Requirement& r, const std::string& vendor) {
    const Claim* claim = find_claim(r, vendor);
    int written = int(claim ? claim->status : ClaimStatus::Unknown);
    const ClaimStatus counts_as = claim ? effective_status(*claim) : ClaimStatus::Unknown;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::SetNextItemWidth(-FLT_MIN);
    const std::string id = "claim:" + r.id + ":" + vendor;
    if (ui::pick_choice("", id.c_str(), written, enum_label_keys<ClaimStatus>(), enum_count<ClaimStatus>())) {
        Claim& made = claim_for(r, vendor); // made on the first choice
        made.status = ClaimStatus(written);
        made.modified = r.modified = now_moment();
        note_change(app, "claim");
    }
    const bool focused = ImGui::IsItemFocused();
    // A bar at the cell's left in the colour of what the claim counts as:
    // the matrix reads as a heat map of where each vendor stands.
    if (const ImVec4* color = ui::claim_color(counts_as))
        ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + ui::space(1), at.y + ImGui::GetFrameHeight()),
                                                  ImGui::GetColorU32(*color));
    if (claim && counts_as != claim->status && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr_fill("requirements.counts_as_short", {enum_label(counts_as)}).c_str());
    return focused;
}

} // namespace

void draw_claims_matrix(App& app, Deal& deal, RequirementsView& view, const std::vector<Requirement*>& requirements, float height) {
    ui::text_disabled(keys_legend());
    const int columns = kFirstVendor + int(deal.vendors.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX;
    if (!ImGui::BeginTable("##claims_matrix", columns, flags, ImVec2(0.0f, height))) return;
    mark_data_table(tr("tab.requirements"));
    ImGui::TableSetupScrollFreeze(0, 1);
    const float em = ImGui::GetFontSize();
    const std::vector<std::string_view> claims = enum_labels<ClaimStatus>();
    const float claim_width = ui::combo_width(claims);
    const float priority_width = ui::combo_width(enum_labels<Priority>());
    // The text takes what the vendors leave, never less than 12 em: more
    // vendors than fit scroll sideways under the frozen requirement column.
    const float rest = ImGui::GetContentRegionAvail().x - priority_width - claim_width * float(deal.vendors.size()) -
                       ImGui::GetStyle().CellPadding.x * 2.0f * float(columns);
    ImGui::TableSetupColumn(tr("requirements.col_text"), ImGuiTableColumnFlags_WidthFixed, std::max(12.0f * em, rest));
    ImGui::TableSetupColumn(tr("requirements.col_priority"), ImGuiTableColumnFlags_WidthFixed, priority_width);
    for (const Organisation& v : deal.vendors) {
        const std::string header = vendor_name(deal, v.id);
        ImGui::TableSetupColumn(header.c_str(), ImGuiTableColumnFlags_WidthFixed, std::max(claim_width, ui::text_width({header})));
    }
    ui::table_headers();

    std::vector<Requirement*> rows = requirements;
    ui::sort_rows(rows, [&deal](const Requirement* a, const Requirement* b, int column) {
        if (column == kText) return a->text.compare(b->text);
        if (column == kPriority) return ui::three_way(int(a->priority), int(b->priority));
        const std::string& vendor = deal.vendors[size_t(column - kFirstVendor)].id;
        return ui::three_way(claim_strength(written_status(*b, vendor)), claim_strength(written_status(*a, vendor)));
    });
    ImGuiListClipper clipper;
    clipper.Begin(int(rows.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            Requirement& r = *rows[size_t(i)];
            ImGui::TableNextRow(ImGuiTableRowFlags_None, ImGui::GetFrameHeight());
            ui::push_id(r.id);
            ImGui::TableSetColumnIndex(kText);
            // The arrow keys go from cell to cell; the row follows the
            // focused cell (a row the arrows could land on would take them).
            ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
            if (ui::row(r.text, "requirement:" + r.id, view.selected == r.id, nullptr, false)) view.selected = r.id;
            ImGui::PopItemFlag();
            ImGui::TableSetColumnIndex(kPriority);
            ImGui::SetNextItemWidth(-FLT_MIN);
            ui::edit_enum(app, "", ("priority:" + r.id).c_str(), r.priority, enum_label_keys<Priority>(), enum_count<Priority>(),
                          &r.modified);
            if (ImGui::IsItemFocused()) view.selected = r.id;
            for (size_t v = 0; v < deal.vendors.size(); ++v) {
                ImGui::TableSetColumnIndex(kFirstVendor + int(v));
                if (draw_claim_cell(app, r, deal.vendors[v].id)) view.selected = r.id;
            }
            ImGui::PopID();
        }
    ImGui::EndTable();
}

} // namespace setright::app
