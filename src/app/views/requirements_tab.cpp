// requirements_tab.cpp — see requirements_tab.hpp. The requirement checklist
// as a table: sortable, filtered by text and priority, priority, weight and
// one vendor's claim edited in place, and what the claim counts as once its
// evidence is weighed. The selected requirement is edited below.
#include "requirements_tab.hpp"

#include "logic/app_state.hpp"
#include "logic/enum_labels.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "logic/item_actions.hpp"
#include "ui/editors.hpp"
#include "ui/find_index.hpp"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/table_columns.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "views/claims_matrix.hpp"
#include "views/requirement_detail.hpp"
#include "views/rows_cache.hpp"
#include "views/table_sort.hpp"

#include "core/judging/claim_ladder.hpp"
#include "core/model/deal_lookup.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace setright::app {
namespace {

struct RequirementRow {
    Requirement* requirement = nullptr;
    ClaimStatus written = ClaimStatus::Unknown;
    ClaimStatus counts_as = ClaimStatus::Unknown;
    int evidence = 0;
    int answering = 0;
};

enum Column { kText, kCategory, kPriority, kWeight, kClaim, kCountsAs, kEvidence, kOwner, kDue, kColumnCount };

bool matches(const RequirementsView& view, const Requirement& r) {
    if (view.priority_filter > 0 && int(r.priority) != view.priority_filter - 1) return false;
    return contains_ignoring_case(r.text, view.filter) || contains_ignoring_case(r.category, view.filter) ||
           contains_ignoring_case(r.owner, view.filter);
}

int64_t due_minutes(const Requirement& r) { return r.due ? r.due->minutes : INT64_MAX; }

std::vector<RequirementRow> build_rows(Deal& deal, const RequirementsView& view, const std::string& vendor) {
    std::vector<RequirementRow> rows;
    rows.reserve(deal.requirements.size());
    for (Requirement& r : deal.requirements) {
        if (!matches(view, r)) continue;
        RequirementRow row;
        row.requirement = &r;
        if (const Claim* claim = find_claim(r, vendor)) {
            row.written = claim->status;
            row.counts_as = effective_status(*claim);
            row.evidence = int(claim->evidence.size());
            row.answering = int(std::count_if(claim->evidence.begin(), claim->evidence.end(), [](const Evidence& e) { return e.answers; }));
        }
        rows.push_back(row);
    }
    ui::sort_rows(rows, [](const RequirementRow& a, const RequirementRow& b, int column) {
        const Requirement& x = *a.requirement;
        const Requirement& y = *b.requirement;
        switch (column) {
        case kText: return x.text.compare(y.text);
        case kCategory: return x.category.compare(y.category);
        case kPriority: return ui::three_way(int(x.priority), int(y.priority));
        case kWeight: return ui::three_way(y.weight, x.weight);
        case kClaim: return ui::three_way(claim_strength(b.written), claim_strength(a.written));
        case kCountsAs: return ui::three_way(claim_strength(b.counts_as), claim_strength(a.counts_as));
        case kEvidence: return ui::three_way(b.answering * 1000 + b.evidence, a.answering * 1000 + a.evidence);
        case kOwner: return x.owner.compare(y.owner);
        case kDue: return ui::three_way(due_minutes(x), due_minutes(y));
        default: return 0;
        }
    });
    return rows;
}

// What find-in-page finds of a row: the words its columns show.
std::string words_of(const Requirement& r) {
    std::string words = r.text;
    for (const std::string* more : {&r.category, &r.owner})
        if (!more->empty()) words += "  " + *more;
    return words;
}

ui::RowsCache<RequirementRow>& rows_cache() {
    static ui::RowsCache<RequirementRow> cache;
    return cache;
}

const std::vector<RequirementRow>& visible_rows(const App& app, Deal& deal, const RequirementsView& view, const std::string& vendor) {
    return rows_cache().rows({app.changes,
                              deal.requirements.data(),
                              deal.requirements.size(),
                              0,
                              view.filter + "\n" + std::to_string(view.priority_filter) + "\n" + vendor,
                              {}},
                             [&] { return build_rows(deal, view, vendor); });
}

void draw_toolbar(App& app, Deal& deal, RequirementsView& view) {
    // On a phone each control has a line of its own, as wide as the screen.
    const bool phone = ui::stacks(ImGui::GetContentRegionAvail().x);
    const float em = ImGui::GetFontSize();
    const float add_width = phone ? ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(tr("requirements.add")).x -
                                            ImGui::GetStyle().FramePadding.x * 2 - ImGui::GetStyle().ItemSpacing.x
                                  : em * 22.0f;
    const std::vector<std::string> texts =
            ui::add_field("new_requirement", "add_requirement", view.draft, tr("requirements.new_hint"), tr("requirements.add"), add_width);
    for (const std::string& text : texts) {
        Requirement& r = add_requirement(deal, text);
        r.modified = now_moment();
        view.selected = r.id;
    }
    if (!texts.empty()) note_change(app, "add requirement");
    // The two filters share a line, even on a phone.
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (!phone) ImGui::SameLine();
    ImGui::SetNextItemWidth(phone ? half : em * 9.0f);
    ui::input_string("", "requirement_filter", view.filter, tr("requirements.filter_hint"));
    ImGui::SameLine();
    std::vector<std::string_view> choices = enum_labels<Priority>();
    choices.push_back(tr("requirements.all_priorities"));
    ImGui::SetNextItemWidth(phone ? half : ui::combo_width(choices));
    const char* shown = view.priority_filter == 0 ? tr("requirements.all_priorities") : enum_label(Priority(view.priority_filter - 1));
    if (ui::begin_combo("", "priority_filter", shown)) {
        if (ui::selectable(tr("requirements.all_priorities"), "priority_filter:all", view.priority_filter == 0)) view.priority_filter = 0;
        for (int p = 0; p < enum_count<Priority>(); ++p)
            if (ui::selectable(enum_label(Priority(p)), ("priority_filter:" + std::to_string(p)).c_str(), view.priority_filter == p + 1))
                view.priority_filter = p + 1;
        ImGui::EndCombo();
    }
    if (deal.vendors.size() > 1 && !phone) {
        // Every vendor's claims side by side, or one vendor's with its evidence.
        ui::same_line_if_fits(tr("requirements.every_vendor"), ImGui::GetFrameHeight());
        ui::checkbox(tr("requirements.every_vendor"), "claims_matrix", &view.matrix);
    }
    if (deal.vendors.size() > 1 && !(view.matrix && !phone)) {
        // Its label and combo on the next line where they would run past the edge.
        if (!phone) ui::same_line_if_fits(tr("requirements.claims_of"), em * 10.0f);
        ImGui::SetNextItemWidth(phone ? -FLT_MIN : em * 10.0f);
        if (ui::begin_combo(tr("requirements.claims_of"), "claims_vendor", vendor_name(deal, judged_vendor(deal, view.vendor)))) {
            for (const Organisation& v : deal.vendors)
                if (ui::selectable(vendor_name(deal, v.id), "claims_vendor:" + v.id, v.id == judged_vendor(deal, view.vendor)))
                    view.vendor = v.id;
            ImGui::EndCombo();
        }
    }
}

void draw_row(App& app, Deal& deal, RequirementsView& view, const RequirementRow& row, const std::string& vendor) {
    Requirement& r = *row.requirement;
    ImGui::TableNextRow(ImGuiTableRowFlags_None, ImGui::GetFrameHeight());
    ui::push_id(r.id);
    ImGui::TableSetColumnIndex(kText);
    // The arrow keys go from field to field (a row spanning the columns
    // would take every up and down); the row follows the focused field.
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    if (ui::row(r.text, "requirement:" + r.id, view.selected == r.id)) view.selected = r.id;
    ImGui::PopItemFlag();
    ImGui::TableSetColumnIndex(kCategory);
    ImGui::AlignTextToFramePadding();
    ui::text_ellipsis(r.category);
    ImGui::TableSetColumnIndex(kPriority);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ui::edit_enum(app, "", ("priority:" + r.id).c_str(), r.priority, enum_label_keys<Priority>(), enum_count<Priority>(), &r.modified);
    bool focused = ImGui::IsItemFocused();
    ImGui::TableSetColumnIndex(kWeight);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ui::edit_number(app, "", ("weight:" + r.id).c_str(), r.weight, 0.0, 1000.0, &r.modified, "%g");
    focused |= ImGui::IsItemFocused();
    ImGui::TableSetColumnIndex(kClaim);
    ImGui::SetNextItemWidth(-FLT_MIN);
    int written = int(row.written);
    if (!vendor.empty() &&
        ui::pick_choice("", ("claim:" + r.id).c_str(), written, enum_label_keys<ClaimStatus>(), enum_count<ClaimStatus>())) {
        Claim& claim = claim_for(r, vendor); // made on the first choice
        claim.status = ClaimStatus(written);
        claim.modified = r.modified = now_moment();
        note_change(app, "claim");
    }
    focused |= !vendor.empty() && ImGui::IsItemFocused();
    if (focused) view.selected = r.id;
    ImGui::TableSetColumnIndex(kCountsAs);
    ImGui::AlignTextToFramePadding();
    if (const ImVec4* color = ui::claim_color(row.counts_as))
        ui::text_colored(*color, enum_label(row.counts_as));
    else
        ui::text(enum_label(row.counts_as));
    if (row.counts_as != row.written && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("requirements.counts_as_why"));
    ImGui::TableSetColumnIndex(kEvidence);
    ImGui::AlignTextToFramePadding();
    if (row.evidence > 0) ui::text(tr_fill("requirements.evidence_count", {std::to_string(row.answering), std::to_string(row.evidence)}));
    ImGui::TableSetColumnIndex(kOwner);
    ImGui::AlignTextToFramePadding();
    ui::text_ellipsis(person_name(deal, r.owner));
    ImGui::TableSetColumnIndex(kDue);
    ImGui::AlignTextToFramePadding();
    if (r.due) ui::text(format_date(*r.due));
    ImGui::PopID();
}

// A requirement on a phone: its text on the first line, its priority and
// the vendor's claim side by side on the next two (captions over fields),
// what that counts as, the evidence, owner and due date on the last.
// Tapping the text opens it.
void draw_stacked_row(App& app, Deal& deal, RequirementsView& view, const RequirementRow& row, const std::string& vendor) {
    Requirement& r = *row.requirement;
    ImGui::TableNextRow(ImGuiTableRowFlags_None);
    ui::push_id(r.id);
    ImGui::TableSetColumnIndex(0);
    if (ui::row(r.text, "requirement:" + r.id, view.selected == r.id)) view.selected = r.id;
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    // Captions over the two fields: the phone's list has no header row to name them.
    const float left = ImGui::GetCursorScreenPos().x;
    ui::text_disabled(tr("requirements.col_priority"));
    if (!vendor.empty()) {
        ImGui::SameLine(0.0f, 0.0f);
        ImGui::SetCursorScreenPos(ImVec2(left + half + ImGui::GetStyle().ItemSpacing.x, ImGui::GetCursorScreenPos().y));
        ui::text_disabled(tr("requirements.col_claim"));
    }
    ImGui::SetNextItemWidth(half);
    name_next_item(tr("requirements.col_priority"));
    ui::edit_enum(app, "", ("priority:" + r.id).c_str(), r.priority, enum_label_keys<Priority>(), enum_count<Priority>(), &r.modified);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(half);
    int written = int(row.written);
    if (!vendor.empty()) name_next_item(tr("requirements.col_claim"));
    if (!vendor.empty() &&
        ui::pick_choice("", ("claim:" + r.id).c_str(), written, enum_label_keys<ClaimStatus>(), enum_count<ClaimStatus>())) {
        Claim& claim = claim_for(r, vendor);
        claim.status = ClaimStatus(written);
        claim.modified = r.modified = now_moment();
        note_change(app, "claim");
    }
    std::string facts = tr_fill("requirements.counts_as_short", {enum_label(row.counts_as)});
    if (row.evidence > 0)
        facts += " · " + tr_fill("requirements.evidence_count", {std::to_string(row.answering), std::to_string(row.evidence)});
    if (!r.owner.empty()) facts += " · " + person_name(deal, r.owner);
    if (r.due) facts += " · " + format_date(*r.due);
    const ImVec4* color = ui::claim_color(row.counts_as);
    ImGui::PushStyleColor(ImGuiCol_Text, color ? *color : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ui::text_ellipsis(facts); // one line: every row the same height, so the clipper can skip those off screen
    ImGui::PopStyleColor();
    ImGui::PopID();
}

// The phone's list: one stacked row per requirement, scrolled with the tab.
void draw_stacked_list(App& app, Deal& deal, RequirementsView& view, const std::vector<RequirementRow>& rows, const std::string& vendor) {
    if (!ImGui::BeginTable("##requirements_stacked", 1, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
    mark_data_table(tr("tab.requirements"));
    ImGuiListClipper clipper; // 5,000 requirements cost what a screenful does
    clipper.Begin(int(rows.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_stacked_row(app, deal, view, rows[size_t(i)], vendor);
    // The tab scrolls the list: its rows are findable in the tab's window.
    ui::findable_rows(
            rows_cache().generation(), int(rows.size()), float(clipper.StartPosY), clipper.ItemsHeight,
            [&](int i) { return words_of(*rows[size_t(i)].requirement); }, ImGui::GetFrameHeight());
    ImGui::EndTable();
}

// Priority, weight, the claim and what it counts as exactly as wide as
// their widest value; where the tab is narrow the due date, evidence,
// owner, weight and category give way, in that order (the detail below
// shows them all).
void setup_columns(float width) {
    const float em = ImGui::GetFontSize();
    const float padding = ImGui::GetStyle().FramePadding.x * 2.0f;
    const std::vector<std::string_view> claims = enum_labels<ClaimStatus>();
    const std::string evidence = tr_fill("requirements.evidence_count", {"9", "9"});
    const std::string due = format_date(Moment{days_from_civil(2026, 12, 28) * 24 * 60, false});
    ui::setup_columns(
            {
                    {tr("requirements.col_text"), "sort_text", 0.0f, 3.0f, 10.0f * em},
                    {tr("requirements.col_category"), "sort_category", 0.0f, 1.0f, 5.0f * em, 3},
                    {tr("requirements.col_priority"), "sort_priority", ui::combo_width(enum_labels<Priority>())},
                    {tr("requirements.col_weight"), "sort_weight", ui::text_width({"1000"}) + padding, 0.0f, 0.0f, 4},
                    {tr("requirements.col_claim"), "sort_claim", ui::combo_width(claims)},
                    {tr("requirements.col_counts_as"), "sort_counts_as", ui::text_width(claims)},
                    {tr("requirements.col_evidence"), "sort_evidence", ui::text_width({evidence}), 0.0f, 0.0f, 6},
                    {tr("requirements.col_owner"), "sort_owner", 0.0f, 1.0f, 5.0f * em, 5},
                    {tr("requirements.col_due"), "sort_due", ui::text_width({due}), 0.0f, 0.0f, 7},
            },
            width);
}

} // namespace

void draw_requirements_tab(App& app, Deal& deal, RequirementsView& view) {
    const std::string vendor = judged_vendor(deal, view.vendor);
    if (ui::stacks(ImGui::GetContentRegionAvail().x)) {
        // Narrow: the list, or one requirement as a screen of its own.
        if (!view.selected.empty() && find_requirement(deal, view.selected)) {
            if (ui::button((std::string(ui::icon::kChevronLeft) + "  " + tr("tab.requirements")).c_str(), "requirements_back"))
                view.selected.clear();
            draw_requirement_detail(app, deal, vendor, view.selected);
            return;
        }
        draw_toolbar(app, deal, view);
        if (deal.requirements.empty()) {
            ui::text_wrapped(tr("requirements.none"));
            return;
        }
        const std::vector<RequirementRow>& rows = visible_rows(app, deal, view, vendor);
        ui::text_disabled(tr_fill("requirements.count", {std::to_string(rows.size()), std::to_string(deal.requirements.size())}));
        draw_stacked_list(app, deal, view, rows, vendor);
        return;
    }
    draw_toolbar(app, deal, view);
    const float detail_height = ImGui::GetFrameHeightWithSpacing() * (view.selected.empty() ? 2.0f : 11.0f);
    const ImVec2 size(0.0f, std::max(ImGui::GetFrameHeight() * 5, ImGui::GetContentRegionAvail().y - detail_height));
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti | ImGuiTableFlags_SortTristate |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Hideable;
    size_t shown = 0;
    if (view.matrix && deal.vendors.size() > 1) {
        std::vector<Requirement*> requirements;
        for (Requirement& r : deal.requirements)
            if (matches(view, r)) requirements.push_back(&r);
        shown = requirements.size();
        draw_claims_matrix(app, deal, view, requirements, size.y - ImGui::GetTextLineHeightWithSpacing());
    } else if (ImGui::BeginTable("##requirements", kColumnCount, flags, size)) {
        mark_data_table(tr("tab.requirements"));
        ImGui::TableSetupScrollFreeze(0, 1);
        setup_columns(ImGui::GetContentRegionAvail().x);
        ui::table_headers();
        const std::vector<RequirementRow>& rows = visible_rows(app, deal, view, vendor);
        shown = rows.size();
        ImGuiListClipper clipper;
        clipper.Begin(int(rows.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_row(app, deal, view, rows[size_t(i)], vendor);
        ui::findable_rows(rows_cache().generation(), int(rows.size()), float(clipper.StartPosY), clipper.ItemsHeight,
                          [&](int i) { return words_of(*rows[size_t(i)].requirement); });
        ImGui::EndTable();
    }
    if (deal.requirements.empty()) {
        ui::text_wrapped(tr("requirements.none"));
        return;
    }
    ui::text_disabled(tr_fill("requirements.count", {std::to_string(shown), std::to_string(deal.requirements.size())}));
    draw_requirement_detail(app, deal, vendor, view.selected);
}

} // namespace setright::app
