// sheet_import_dialog.cpp — see sheet_import_dialog.hpp. Nothing changes
// until Add: the mapping and the rows are the preview's own.
#include "sheet_import_dialog.hpp"

#include "logic/app_state.hpp"
#include "logic/enum_labels.hpp"
#include "logic/i18n.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>
#include <vector>

namespace setright::app {
namespace {

constexpr SheetField kFields[] = {SheetField::Ignore, SheetField::Text, SheetField::Category, SheetField::Priority, SheetField::Weight,
                                  SheetField::Owner,  SheetField::Due,  SheetField::Notes,    SheetField::Claim};

std::string field_label(SheetField field) { return tr(("sheet.field." + std::string(sheet_field_name(field))).c_str()); }

void close(App& app) {
    app.pending_sheet.reset();
    ImGui::CloseCurrentPopup();
}

// One line per column: its letter and header, and what it is taken as.
void draw_columns(App& app, SheetPreview& preview, bool phone) {
    ui::separator_text(tr("sheet.columns"));
    static const std::vector<std::string> no_header;
    const std::size_t header_row = preview.mapping.header_row;
    const std::vector<std::string>& header = header_row < preview.grid.rows.size() ? preview.grid.rows[header_row] : no_header;
    const std::size_t columns = std::max(preview.columns, preview.mapping.columns.size());
    const float combo_width = ImGui::GetFontSize() * 12.0f;
    for (std::size_t c = 0; c < columns; ++c) {
        if (preview.mapping.columns.size() <= c) preview.mapping.columns.resize(c + 1, SheetField::Ignore);
        // The column's letter names the combo (the header is the file's text,
        // never a label): a screen reader hears "C, Weight", then the header.
        // On a phone the header goes above its combo: beside it, it would not fit.
        const std::string letters = column_letters(c);
        const bool named = preview.mapping.header && c < header.size() && !header[c].empty();
        if (named && phone) ui::text_item(header[c], "sheet_header:" + letters, &ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        ImGui::SetNextItemWidth(phone ? -FLT_MIN : combo_width);
        const std::string id = "sheet_column:" + letters;
        if (ui::begin_combo(letters.c_str(), id, field_label(preview.mapping.columns[c]))) {
            for (SheetField field : kFields)
                if (ui::selectable(field_label(field), id + ":" + sheet_field_name(field), preview.mapping.columns[c] == field)) {
                    preview.mapping.columns[c] = field;
                    remap_sheet(app, preview);
                }
            ImGui::EndCombo();
        }
        if (named && !phone) {
            ImGui::SameLine();
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y); // on the combo's text line
            ui::text_item(header[c], "sheet_header:" + letters);
        }
    }
    if (ui::checkbox(tr_fill("sheet.header_row", {std::to_string(header_row + 1)}), "sheet_header_row", &preview.mapping.header))
        remap_sheet(app, preview);
}

// The requirements it would add, drawn where visible: a sheet may hold thousands.
void draw_rows(const SheetPreview& preview) {
    const std::vector<Requirement>& rows = preview.rows.requirements;
    ui::separator_text(tr_fill("sheet.will_add", {std::to_string(rows.size())}));
    ImGuiListClipper clipper;
    clipper.Begin(int(rows.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Requirement& r = rows[size_t(i)];
            ui::text_item(std::string(enum_label(r.priority)) + " · " + r.text, "sheet_row:" + std::to_string(i));
        }
}

} // namespace

void draw_sheet_import_dialog(App& app) {
    if (!app.pending_sheet) return;
    if (!ImGui::IsPopupOpen("##sheet_import")) ImGui::OpenPopup("##sheet_import");
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const bool phone = ui::current_layout() == LayoutMode::Phone;
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x * (phone ? 0.96f : 0.7f), viewport->WorkSize.y * (phone ? 0.9f : 0.8f)),
                             ImGuiCond_Always);
    if (!ImGui::BeginPopupModal("##sheet_import", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize)) return;
    SheetPreview& preview = *app.pending_sheet;
    {
        ui::TextSizeScope size(ui::TextSize::Heading);
        ui::text_item(tr_fill("sheet.title", {preview.file}), "sheet_title");
    }
    if (const Deal* deal = sheet_deal(app, preview))
        ui::text_item(tr_fill("sheet.into", {deal->title.empty() ? deal->id : deal->title}), "sheet_into");

    const float buttons_height = ImGui::GetFrameHeightWithSpacing() * 1.5f;
    ImGui::BeginChild("##sheet_details", ImVec2(0, -buttons_height), ImGuiChildFlags_Borders);
    if (preview.reading) {
        ui::text_item(tr_fill("sheet.reading", {preview.file}), "sheet_reading");
    } else if (!preview.refused.empty()) {
        ui::text_item(preview.refused, "sheet_refused", &ui::critical());
    } else {
        const std::vector<std::string>& problems = preview.problem_lines;
        if (!problems.empty()) {
            ui::separator_text(tr("sheet.problems"));
            ImGuiListClipper clipper; // drawn where visible: a bad column of a long sheet is a problem per row
            clipper.Begin(int(problems.size()));
            while (clipper.Step())
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
                    ui::text_item(problems[size_t(i)], "sheet_problem:" + std::to_string(i), &ui::critical());
        }
        draw_columns(app, preview, phone);
        draw_rows(preview);
    }
    ImGui::EndChild();

    const bool can_add = preview.refused.empty() && preview.rows.problems.empty() && !preview.rows.requirements.empty();
    if (can_add) {
        if (ui::button(tr_fill("sheet.add", {std::to_string(preview.rows.requirements.size())}).c_str(), "sheet_add")) {
            apply_sheet(app, preview);
            close(app);
            ImGui::EndPopup();
            return;
        }
        ImGui::SameLine();
    }
    if (ui::button(tr("import.cancel"), "sheet_cancel") || ui::escape_cancels()) close(app);
    ImGui::EndPopup();
}

} // namespace setright::app
