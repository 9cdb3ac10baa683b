// vendors_tab.cpp — see vendors_tab.hpp. The vendors in the deal, which one
// readiness is judged for, their people, and the weighted comparison: each
// vendor's coverage of the same requirements with the formula written out,
// and the requirement × vendor matrix of what each claim counts as.
#include "vendors_tab.hpp"

#include "follow_up_popup.hpp"

#include "logic/app_state.hpp"
#include "logic/enum_labels.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "logic/item_actions.hpp"
#include "logic/item_ids.hpp"
#include "ui/editors.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "views/kept.hpp"

#include "core/judging/claim_ladder.hpp"
#include "core/judging/coverage.hpp"
#include "core/model/deal_lookup.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <utility>

namespace setright::app {
namespace {

// `narrow`: each vendor's name and Delete on one line, "Judged" under them.
void draw_vendor_list(App& app, Deal& deal, VendorsView& view, bool narrow) {
    ui::separator_text(tr("vendors.list"));
    const float em = ImGui::GetFontSize();
    for (auto v = deal.vendors.begin(); v != deal.vendors.end(); ++v) {
        ui::push_id(v->id);
        bool judged = deal.primary_vendor == v->id;
        auto judged_box = [&] {
            if (ui::checkbox(tr("vendors.judged"), "primary_vendor:" + v->id, &judged) && judged) {
                deal.primary_vendor = v->id;
                deal.modified = now_moment();
                note_change(app, "judged vendor");
            }
        };
        if (!narrow) {
            judged_box();
            ImGui::SameLine();
        }
        ImGui::SetNextItemWidth(narrow ? ui::width_before_button(tr("vendors.delete")) : em * 14.0f);
        app::name_next_item(tr("names.vendor"));
        ui::edit_text(app, "", ("vendor_name:" + v->id).c_str(), v->name, &deal.modified);
        ImGui::SameLine();
        if (ui::button(tr("vendors.delete"), "delete_vendor:" + v->id)) {
            if (deal.primary_vendor == v->id) deal.primary_vendor.clear();
            deal.vendors.erase(v);
            if (deal.primary_vendor.empty() && !deal.vendors.empty()) deal.primary_vendor = deal.vendors.front().id;
            deal.modified = now_moment();
            note_change(app, "delete vendor");
            ImGui::PopID();
            break;
        }
        // The draft is the vendor's, so its button is on the vendor's line (under it when narrow).
        if (narrow) judged_box();
        ui::same_line_if_fits(tr("vendors.follow_up"));
        if (ui::button(tr("vendors.follow_up"), "follow_up:" + v->id)) open_follow_up(app, deal, v->id);
        if (narrow) ImGui::Dummy(ImVec2(0.0f, ui::space(1)));
        ImGui::PopID();
    }
    const std::vector<std::string> names =
            ui::add_field("new_vendor", "add_vendor", view.new_vendor, tr("vendors.new_hint"), tr("vendors.add"),
                          narrow ? ui::width_before_button(tr("vendors.add")) : em * 14.0f);
    for (const std::string& name : names) add_vendor(deal, name);
    if (names.empty()) return;
    deal.modified = now_moment();
    note_change(app, "add vendor");
}

std::vector<std::pair<std::string, std::string>> organisations(const Deal& deal) {
    std::vector<std::pair<std::string, std::string>> choices;
    if (!deal.buyer.id.empty()) choices.emplace_back(deal.buyer.id, deal.buyer.name.empty() ? deal.buyer.id : deal.buyer.name);
    for (auto& choice : ui::vendor_choices(deal)) choices.push_back(std::move(choice));
    return choices;
}

// `narrow`: a person on three lines (name and Delete; role; side and
// organisation), people apart by a line; else one line each.
void draw_people(App& app, Deal& deal, VendorsView& view, bool narrow) {
    ui::separator_text(tr("vendors.people"));
    const float em = ImGui::GetFontSize();
    const auto choices = organisations(deal);
    const float room = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(tr("vendors.delete")).x - em * 3.0f;
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    const bool table = narrow && ImGui::BeginTable("##people", 1, ImGuiTableFlags_BordersInnerH);
    for (auto p = deal.people.begin(); p != deal.people.end(); ++p) {
        if (table) ImGui::TableNextColumn();
        ui::push_id(p->id);
        bool remove = false;
        if (narrow) {
            ImGui::SetNextItemWidth(ui::width_before_button(tr("vendors.delete")));
            app::name_next_item(tr("names.person"));
            ui::edit_text(app, "", ("person_name:" + p->id).c_str(), p->name, &deal.modified);
            ImGui::SameLine();
            remove = ui::button(tr("vendors.delete"), "delete_person:" + p->id);
            ImGui::SetNextItemWidth(-FLT_MIN);
            app::name_next_item(tr("names.role"));
            ui::edit_text(app, "", ("person_role:" + p->id).c_str(), p->role, &deal.modified);
            ui::edit_enum(app, "", ("person_side:" + p->id).c_str(), p->side, enum_label_keys<Side>(), enum_count<Side>(), &deal.modified,
                          half);
            ImGui::SameLine();
            ui::edit_reference(app, "", ("person_org:" + p->id).c_str(), p->organisation, choices, "—", &deal.modified, -FLT_MIN);
        } else {
            ImGui::SetNextItemWidth(room * 0.26f);
            app::name_next_item(tr("names.person"));
            ui::edit_text(app, "", ("person_name:" + p->id).c_str(), p->name, &deal.modified);
            ImGui::SameLine();
            ImGui::SetNextItemWidth(room * 0.30f);
            app::name_next_item(tr("names.role"));
            ui::edit_text(app, "", ("person_role:" + p->id).c_str(), p->role, &deal.modified);
            ImGui::SameLine();
            ui::edit_enum(app, "", ("person_side:" + p->id).c_str(), p->side, enum_label_keys<Side>(), enum_count<Side>(), &deal.modified,
                          room * 0.18f);
            ImGui::SameLine();
            ui::edit_reference(app, "", ("person_org:" + p->id).c_str(), p->organisation, choices, "—", &deal.modified, room * 0.22f);
            ImGui::SameLine();
            remove = ui::button(tr("vendors.delete"), "delete_person:" + p->id);
        }
        ImGui::PopID();
        if (remove) {
            deal.people.erase(p);
            deal.modified = now_moment();
            note_change(app, "delete person");
            break;
        }
    }
    if (table) ImGui::EndTable();
    const std::vector<std::string> names =
            ui::add_field("new_person", "add_person", view.new_person, tr("vendors.new_person_hint"), tr("vendors.add_person"),
                          narrow ? ui::width_before_button(tr("vendors.add_person")) : em * 14.0f);
    for (const std::string& name : names) {
        Person person;
        person.id = unused_item_id(deal.people, "p");
        person.name = name;
        person.side = Side::Vendor;
        person.organisation = deal.primary_vendor;
        deal.people.push_back(person);
    }
    if (!names.empty()) {
        deal.modified = now_moment();
        note_change(app, "add person");
    }
}

// Green when verified, red when a must-have is not (or not yet) covered.
const ImVec4* counts_as_color(const Requirement& r, ClaimStatus status) {
    if (status == ClaimStatus::Verified) return &ui::good();
    const bool weak = r.priority == Priority::Must && status != ClaimStatus::AcceptedRisk;
    return weak ? &ui::critical() : nullptr;
}

// A vendor's coverage on narrow content: its name, then each figure under
// its own caption, the bars as wide as the content.
void draw_stacked_coverage(const VendorCoverage& c) {
    ui::text_item(c.name, "coverage_row:" + c.vendor);
    ui::text_disabled(tr("vendors.col_coverage"));
    ui::progress_bar(float(c.coverage), ImVec2(-FLT_MIN, 0), format_percent(c.coverage));
    ui::text_disabled(tr("vendors.col_must_coverage"));
    ui::progress_bar(float(c.must_coverage), ImVec2(-FLT_MIN, 0), format_percent(c.must_coverage));
    const ImVec4 color = c.must_verified == c.must_total ? ui::good() : ui::warning();
    ui::text_colored(color, tr_fill("vendors.must_verified_of", {std::to_string(c.must_verified), std::to_string(c.must_total)}));
}

void draw_comparison(const App& app, const Deal& deal, bool narrow) {
    ui::separator_text(tr("vendors.comparison"));
    ui::text_wrapped(tr("vendors.formula"));
    static ui::Kept<std::pair<uint64_t, const Deal*>, std::vector<VendorCoverage>> kept;
    const std::vector<VendorCoverage>& rows = kept.get({app.changes, &deal}, [&] { return compare_vendors(deal); });
    if (rows.empty()) {
        ui::text(tr("overview.no_vendor"));
        return;
    }
    if (narrow) {
        if (!ImGui::BeginTable("##comparison_stacked", 1, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
        mark_data_table(tr("vendors.comparison"));
        for (const VendorCoverage& c : rows) {
            ImGui::TableNextColumn();
            draw_stacked_coverage(c);
        }
        ImGui::EndTable();
        return;
    }
    // Bars as wide as their columns: a fixed width ran past a half-width column.
    const ImVec2 bar(-FLT_MIN, 0.0f);
    if (!ImGui::BeginTable("##comparison", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) return;
    mark_data_table(tr("vendors.comparison"));
    ImGui::TableSetupColumn(tr("vendors.col_vendor"));
    ImGui::TableSetupColumn(tr("vendors.col_coverage"));
    ImGui::TableSetupColumn(tr("vendors.col_must_coverage"));
    ImGui::TableSetupColumn(tr("vendors.col_must_verified"));
    ui::table_headers();
    for (const VendorCoverage& c : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::text_item(c.name, "coverage_row:" + c.vendor);
        ImGui::TableNextColumn();
        ui::progress_bar(float(c.coverage), bar, format_percent(c.coverage));
        ImGui::TableNextColumn();
        ui::progress_bar(float(c.must_coverage), bar, format_percent(c.must_coverage));
        ImGui::TableNextColumn();
        const ImVec4 color = c.must_verified == c.must_total ? ui::good() : ui::warning();
        ui::text_colored(color, std::to_string(c.must_verified) + " / " + std::to_string(c.must_total));
    }
    ImGui::EndTable();
}

// The matrix on narrow content: per requirement its text and priority on
// one line, then one line per vendor, "name: counts as". Every line ends in
// "…" when long, so every requirement takes the same height and the clipper
// draws only those on screen.
void draw_stacked_matrix(const Deal& deal) {
    if (!ImGui::BeginTable("##matrix_stacked", 1, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
    mark_data_table(tr("vendors.matrix"));
    ImGuiListClipper clipper;
    clipper.Begin(int(deal.requirements.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Requirement& r = deal.requirements[size_t(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ui::text_ellipsis(r.text + " · " + enum_label(r.priority));
            for (const Organisation& vendor : deal.vendors) {
                const Claim* claim = find_claim(r, vendor.id);
                const ClaimStatus status = claim ? effective_status(*claim) : ClaimStatus::Unknown;
                const ImVec4* color = counts_as_color(r, status);
                ImGui::PushStyleColor(ImGuiCol_Text, color ? *color : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                ui::text_ellipsis(tr_fill("vendors.vendor_counts_as", {vendor_name(deal, vendor.id), enum_label(status)}));
                ImGui::PopStyleColor();
            }
        }
    ImGui::EndTable();
}

void draw_matrix(const Deal& deal, bool narrow) {
    if (deal.vendors.empty() || deal.requirements.empty()) return;
    ui::separator_text(tr("vendors.matrix"));
    if (narrow) {
        draw_stacked_matrix(deal);
        return;
    }
    const int columns = 2 + int(std::min<size_t>(deal.vendors.size(), 60));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_Resizable;
    // As tall as its rows, so the tab scrolls it with everything above (a
    // box of six rows at the tab's foot scrolled inside the scrolling tab,
    // its last row cut by the edge); a long list scrolls inside a box as
    // tall as the tab, which scrolling the tab shows whole.
    const float em = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row_height = ImGui::GetTextLineHeight() + style.CellPadding.y * 2.0f;
    float rows_height = row_height * float(deal.requirements.size() + 1) + style.CellPadding.y * 2.0f; // a little slack
    // The requirements' words take what the vendors' columns leave, at least 18 letters' room.
    const float cell_padding = style.CellPadding.x * 2.0f + 1.0f;
    const float priority_width = em * 5.0f, vendor_width = em * 8.0f;
    const float others_width = (priority_width + cell_padding) + (vendor_width + cell_padding) * float(columns - 2);
    const float text_width = std::max(em * 18.0f, ImGui::GetContentRegionAvail().x - others_width - cell_padding);
    if (text_width + cell_padding + others_width > ImGui::GetContentRegionAvail().x + 0.5f) rows_height += style.ScrollbarSize;
    const float tab_height = ImGui::GetWindowHeight() - style.WindowPadding.y * 2.0f;
    const ImVec2 size(0.0f, std::min(rows_height, std::max(ImGui::GetFrameHeight() * 6, tab_height)));
    if (!ImGui::BeginTable("##matrix", columns, flags, size)) return;
    mark_data_table(tr("vendors.matrix"));
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(tr("requirements.col_text"), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize, text_width);
    ImGui::TableSetupColumn(tr("requirements.col_priority"), ImGuiTableColumnFlags_WidthFixed, priority_width);
    // Vendors' names are user text: their headers draw them (ui::table_header), the columns have none.
    for (int v = 0; v + 2 < columns; ++v) ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, vendor_width);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < columns; ++column) {
        if (!ImGui::TableSetColumnIndex(column)) continue;
        ImGui::PushID(column);
        if (column < 2) {
            ui::column_header(column);
        } else {
            const Organisation& vendor = deal.vendors[size_t(column - 2)];
            ui::table_header(vendor.name.empty() ? vendor.id : vendor.name);
        }
        ImGui::PopID();
    }
    ImGuiListClipper clipper;
    clipper.Begin(int(deal.requirements.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Requirement& r = deal.requirements[size_t(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ui::text_ellipsis(r.text);
            ImGui::TableNextColumn();
            ui::text_ellipsis(enum_label(r.priority));
            for (int v = 0; v + 2 < columns; ++v) {
                ImGui::TableNextColumn();
                const Claim* claim = find_claim(r, deal.vendors[size_t(v)].id);
                const ClaimStatus status = claim ? effective_status(*claim) : ClaimStatus::Unknown;
                const ImVec4* color = counts_as_color(r, status);
                ImGui::PushStyleColor(ImGuiCol_Text, color ? *color : ImGui::GetStyleColorVec4(ImGuiCol_Text));
                ui::text_ellipsis(enum_label(status));
                ImGui::PopStyleColor();
            }
        }
    }
    ImGui::EndTable();
}

} // namespace

void draw_vendors_tab(App& app, Deal& deal, VendorsView& view) {
    if (ui::stacks(ImGui::GetContentRegionAvail().x)) {
        // Narrow: one column, growing with the tab (no table filling the height).
        draw_vendor_list(app, deal, view, true);
        draw_people(app, deal, view, true);
        draw_comparison(app, deal, true);
        draw_matrix(deal, true);
        return;
    }
    if (ImGui::BeginTable("##vendors_layout", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableNextColumn();
        draw_vendor_list(app, deal, view, false);
        ImGui::TableNextColumn();
        draw_comparison(app, deal, false);
        ImGui::EndTable();
    }
    // The whole width: in half of it a person's four fields were a letter or two each.
    draw_people(app, deal, view, false);
    draw_matrix(deal, false);
}

} // namespace setright::app
