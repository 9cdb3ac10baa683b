// main_menu.cpp — see main_menu.hpp.
#include "main_menu.hpp"

#include "logic/app_state.hpp"
#include "logic/downloads.hpp"
#include "logic/export_reminder.hpp"
#include "logic/file_names.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "logic/local_words.hpp"
#include "logic/notice.hpp"
#include "logic/persistence.hpp"
#include "logic/ui_language.hpp"

#include "core/format/json_format.hpp"
#include "core/reports/calendar_ics.hpp"
#include "core/reports/report_csv.hpp"
#include "core/reports/report_markdown.hpp"
#include "core/workshop/case_copy.hpp"
#include "platform/platform.hpp"
#include "ui/export_reminder_banner.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/undo_keys.hpp"
#include "ui/widgets.hpp"
#include "views/shortcuts_help.hpp"

#include <imgui.h>

#include <algorithm>
#include <exception>

namespace setright::app {
namespace {

void handle_shortcuts(App& app) {
    // Ctrl+Z / Ctrl+Shift+Z, also while a field is being edited (an item
    // just added with Enter is taken back with the field still open).
    switch (ui::take_app_undo_key()) {
    case ui::UndoKey::Undo: undo(app); break;
    case ui::UndoKey::Redo: redo(app); break;
    case ui::UndoKey::None: break;
    }
}

std::string share_notice(size_t length, bool copied) {
    const std::string kb = format_number(double(length) / 1000.0, 1);
    if (copied) return tr_fill("share.copied", {kb});
    if (length > platform::kMaxShareLinkChars)
        return tr_fill("share.too_long", {kb, format_number(double(platform::kMaxShareLinkChars) / 1000.0, 0)});
    return tr("share.not_copied");
}

// The deal's checklist as a workbook; if it cannot be written, the app says
// so. In the browser bundle the writer is fetched the first time, so the
// download follows a moment later.
void download_checklist(App& app, const Deal& deal) {
    platform::write_checklist_workbook(
            deal, language_code(current_language()), [&app, name = deal_file_name(deal, ".xlsx")](platform::WorkbookWritten written) {
                if (written.bytes)
                    download(app, name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", *written.bytes);
                else if (written.unavailable)
                    show_notice(app, [] { return std::string(tr("file.writer_unavailable")); });
                else
                    show_notice(app, [why = std::move(written.failed)] { return tr_fill("file.checklist_failed", {why}); });
                app.redraw = true;
            });
}

void draw_file_menu(App& app) {
    if (!ui::begin_menu(tr("menu.file"), "menu_file")) return;
    if (platform::can_open_file_picker()) {
        if (ui::menu_item(tr("file.import"), "file_import")) platform::open_file_picker();
    } else {
        ui::text_disabled(tr("file.import_by_drop"));
    }
    ImGui::Separator();
    if (ui::menu_item(tr("file.export_workspace"), "file_export_workspace")) export_everything(app);
    // Beside the one copy that is surely the user's: how old it is.
    ui::text_item(last_exported_line(app.export_record), "file_last_exported", &ImGui::GetStyle().Colors[ImGuiCol_TextDisabled],
                  /*fit=*/true);
    if (const Deal* deal = selected_deal(app)) {
        if (ui::menu_item(tr("file.export_deal"), "file_export_deal"))
            download(app, deal_file_name(*deal, ".json"), "application/json", export_deal(*deal));
        // Its dates for a calendar, in the UI's language. Not from a participant's
        // copy of a case: it would show dates the steps have not revealed yet.
        ImGui::BeginDisabled(is_participant_copy(*deal));
        if (ui::menu_item(tr("file.calendar"), "file_calendar"))
            download(app, deal_file_name(*deal, ".ics"), "text/calendar", calendar_ics(*deal, now_moment(), LocalWords()));
        if (platform::can_print() && ui::menu_item(tr("file.print"), "file_print")) platform::open_print_dialog();
        // Its checklist for procurement's spreadsheet: the coverage as formulas they can check.
        if (ui::menu_item(tr("file.checklist_xlsx"), "file_checklist_xlsx")) download_checklist(app, *deal);
        ImGui::EndDisabled();
        if (platform::can_share_links() && ui::menu_item(tr("file.share_link"), "file_share_link"))
            platform::copy_share_link(export_deal(*deal), [&app](size_t length, bool copied) {
                show_notice(app, [length, copied] { return share_notice(length, copied); });
            });
    }
    ImGui::Separator();
    // The reports list every deal's red flags: not with a participant's copy of a case in the workspace.
    const bool has_copy = std::any_of(app.workspace.deals.begin(), app.workspace.deals.end(), is_participant_copy);
    ImGui::BeginDisabled(has_copy);
    // Both in the UI's language: they are read by the same people.
    if (ui::menu_item(tr("file.report_md"), "file_report_md"))
        download(app, report_file_name(app.workspace, ".md"), "text/markdown",
                 markdown_report(app.workspace, judged_at(app), LocalWords()));
    if (ui::menu_item(tr("file.report_csv"), "file_report_csv"))
        download(app, report_file_name(app.workspace, ".csv"), "text/csv", csv_report(app.workspace, LocalWords()));
    ImGui::EndDisabled();
    ui::end_menu();
}

// The deals list shown or hidden: beside the deal, or on a phone instead of it.
void draw_deals_toggle(App& app) {
    WorkspaceView& view = app.workspace_view;
    const LayoutMode layout = ui::current_layout();
    const bool phone = layout == LayoutMode::Phone;
    const bool shown = phone ? view.phone_shows_deals : view.deals_list_beside.value_or(deals_list_beside_by_default(layout));
    const std::string text = std::string(ui::icon::kBars) + "  " + tr("layout.deals");
    if (shown) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    const bool clicked = ui::button(text.c_str(), "deals_toggle");
    if (shown) ImGui::PopStyleColor();
    if (clicked) {
        if (phone)
            view.phone_shows_deals = !shown;
        else
            view.deals_list_beside = !shown;
    }
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", tr(shown ? "layout.hide_deals" : "layout.show_deals"));
}

void draw_view_menu(App& app) {
    if (!ui::begin_menu(tr("menu.view"), "menu_view")) return;
    struct Choice {
        ThemeChoice choice;
        const char* icon;
        const char* key;
    };
    const Choice choices[] = {{ThemeChoice::System, ui::icon::kAdjust, "theme.system"},
                              {ThemeChoice::Light, ui::icon::kSun, "theme.light"},
                              {ThemeChoice::Dark, ui::icon::kMoon, "theme.dark"}};
    for (const Choice& c : choices) {
        const std::string text = std::string(c.icon) + "  " + tr(c.key);
        const std::string id = std::string("theme_") + theme_choice_code(c.choice);
        if (ui::menu_item(text.c_str(), id, app.theme == c.choice)) {
            app.theme = c.choice;
            remember_theme(theme_choice_code(c.choice));
        }
    }
    ImGui::Separator();
    if (ui::menu_item(tr("view.shortcuts"), "view_shortcuts")) open_shortcuts_help();
    ui::end_menu();
}

} // namespace

void draw_main_menu(App& app) {
    handle_shortcuts(app);
    // The app's bar: a row of buttons, each opening its menu.
    draw_deals_toggle(app);
    ui::same_line_if_fits(tr("menu.file"));
    draw_file_menu(app);
    ui::same_line_if_fits(tr("menu.edit"));
    if (ui::begin_menu(tr("menu.edit"), "menu_edit")) {
        if (ui::menu_item(tr("menu.undo"), "menu_undo") && app.history.can_undo()) undo(app);
        if (ui::menu_item(tr("menu.redo"), "menu_redo") && app.history.can_redo()) redo(app);
        ui::end_menu();
    }
    ui::same_line_if_fits(tr("menu.language"));
    if (ui::begin_menu(tr("menu.language"), "menu_language")) {
        for (int i = 0; i < kLanguageCount; ++i) {
            const Language language = Language(i);
            const std::string id = std::string("language_") + language_code(language);
            // Each language is named in itself, so anyone can find their own.
            if (ui::menu_item(tr("language.name", language), id.c_str(), current_language() == language)) {
                use_language(app, language, true);
            }
        }
        ui::end_menu();
    }
    ui::same_line_if_fits(tr("menu.view"));
    draw_view_menu(app);
    draw_shortcuts_help(app);
    ImGui::Separator();
}

} // namespace setright::app
