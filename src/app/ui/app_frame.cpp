// app_frame.cpp — the frame: menu bar, the deals list and the selected deal
// (side by side, or one screen at a time on a phone). See app_frame.hpp.
#include "ui/app_frame.hpp"

#include "logic/app_state.hpp"
#include "logic/export_tracking.hpp"
#include "logic/ui_language.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "logic/i18n.hpp"
#include "logic/notice.hpp"
#include "logic/persistence.hpp"
#include "ui/export_reminder_banner.hpp"
#include "ui/fonts.hpp"
#include "ui/item_registry.hpp"
#include "ui/lazy_font_loader.hpp"
#include "ui/storage_banners.hpp"
#include "ui/workshop_storage.hpp"
#include "views/case_presenter.hpp"
#include "views/deal_view.hpp"
#include "views/deals_view.hpp"
#include "views/follow_up_popup.hpp"
#include "views/import_dialog.hpp"
#include "views/main_menu.hpp"
#include "views/sheet_import_dialog.hpp"
#include "views/welcome_view.hpp"

#include "core/format/json_format.hpp"
#include "platform/platform.hpp"

#include <imgui.h>

#include <algorithm>
#include <new>
#include <string>

namespace setright::app {

void app_init(App& app) {
    // ?lang= first, then the language the user chose last time, then the browser's.
    app.theme = theme_choice_from_code(remembered_theme()).value_or(ThemeChoice::System);
    load_hidden_notes(app);
    std::optional<Language> language = language_from_code(platform::url_language());
    if (!language) language = language_from_code(remembered_language());
    if (!language) language = language_from_code(platform::preferred_language());
    use_language(app, language.value_or(Language::En), false);
    app.committed = app.workspace;
    persistence_start(app);
    export_tracking_start(app);
    workshop_start(app);
    // The last chance to save: both written before the page goes away.
    platform::on_page_hidden([&app] {
        persistence_flush(app);
        workshop_flush(app);
    });
    // Cells pasted on the Requirements tab go through the sheet preview too.
    platform::on_paste([&app](const std::string& text, const std::string& table_json) {
        if (app.pending_sheet || app.pending_import) return;
        app.pending_sheet = preview_pasted_cells(app, text, table_json);
        app.redraw = true;
    });
    // Picked or dropped files and opened links: workspace files and answer
    // files alike are worked out first, shown as a preview, applied on request.
    platform::on_files_received([&app](std::vector<platform::IncomingFile> files) {
        // A requirements sheet goes into the open deal through its own preview.
        for (auto file = files.begin(); file != files.end();) {
            if (file->refused != platform::Refusal::None || !is_sheet_file(file->name)) {
                ++file;
                continue;
            }
            if (app.pending_sheet) { // one sheet at a time: the others are listed as not read
                file->refused = platform::Refusal::ReadFailed;
                file->detail = tr("sheet.one_at_a_time");
                file->text.clear();
                ++file;
                continue;
            }
            if (is_workbook(file->text)) {
                // Its cells arrive later in the browser bundle (the reader is fetched the first time).
                app.pending_sheet = workbook_being_read(app, file->name);
                if (app.pending_sheet->reading)
                    platform::read_workbook(std::move(file->text), [&app, name = file->name](SheetTextResult read) {
                        workbook_read(app, name, std::move(read));
                        app.redraw = true;
                    });
            } else {
                app.pending_sheet = preview_sheet(app, file->name, file->text);
            }
            file = files.erase(file);
        }
        if (files.empty()) {
            app.redraw = true;
            platform::request_frame();
            return;
        }
        try {
            app.pending_import = plan_incoming(app.workspace, app.workshop, std::move(files));
        } catch (const std::bad_alloc&) {
            app.pending_import = ImportPlan{};
            app.pending_import->problems.push_back(tr("problem.out_of_memory"));
        }
        app.redraw = true; // the preview takes a few frames to open
        platform::request_frame();
    });
}

void app_before_frame(App& app) {
    // Fonts fetched for characters the last frames lacked are drawn from this frame on.
    if (ui::merge_arrived_fonts().first_unavailable) show_notice(app, [] { return std::string(tr("fonts.unavailable")); });
    draw_latin_with_hangul_font(current_language() == Language::Ko);
    ui::ThemeInputs inputs;
    inputs.dark = draws_dark(app.theme, platform::prefers_dark_colors());
    inputs.layout = layout_for_width(ImGui::GetIO().DisplaySize.x);
    inputs.coarse_pointer = platform::pointer_is_coarse();
    if (ui::apply_theme(inputs)) platform::set_page_colors(inputs.dark);
    // While the presenter shows, the arrows and Space are its keys alone
    // (case_presenter.cpp): keyboard navigation would also move focus and
    // press the focused button.
    ImGuiIO& io = ImGui::GetIO();
    if (app.workshop.presenting.empty())
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    else
        io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
}

namespace {

// The deals list and the deal, as the layout wants them: side by side
// (resizable, hideable), or on a phone one screen at a time.
void draw_deals_and_deal(App& app, float bottom_reserve) {
    WorkspaceView& view = app.workspace_view;
    const LayoutMode layout = ui::current_layout();
    Deal* deal = selected_deal(app);

    bool list_shown = false, deal_shown = true;
    if (layout == LayoutMode::Phone) {
        list_shown = view.phone_shows_deals || (!deal && !app.workspace.deals.empty());
        deal_shown = !list_shown;
    } else {
        list_shown = view.deals_list_beside.value_or(deals_list_beside_by_default(layout));
    }

    if (list_shown) {
        const float full = ImGui::GetContentRegionAvail().x;
        // Beside the deal: 16 em, but never more than a quarter of a projector's width.
        const float width = deal_shown ? std::min(ImGui::GetFontSize() * 16.0f, full * 0.24f) : full;
        const ImGuiChildFlags flags = deal_shown ? ImGuiChildFlags_ResizeX | ImGuiChildFlags_Borders : ImGuiChildFlags_None;
        ImGui::BeginChild("##deals", ImVec2(width, -bottom_reserve), flags);
        mark_landmark(Landmark::Navigation, tr("deals.title"));
        draw_deals_view(app);
        ImGui::EndChild();
        if (deal_shown) ImGui::SameLine();
    }
    if (!deal_shown) return;
    ImGui::BeginChild("##deal", ImVec2(0, -bottom_reserve));
    mark_landmark(Landmark::Main);
    if (Deal* shown = selected_deal(app))
        draw_deal_view(app, *shown);
    else if (app.workspace.deals.empty())
        draw_welcome_view(app);
    ImGui::EndChild();
}

} // namespace

void app_draw(App& app) {
    if (draw_case_presenter(app)) {
        persistence_tick(app);
        export_tracking_tick(app);
        workshop_tick(app);
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    // No background: the frame is cleared to the same colour, and painting
    // the whole screen twice costs fill rate (most, on a phone at 3 pixels a point).
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground;
    ImGui::Begin("##main", nullptr, flags);
    if (draw_storage_recovery(app)) {
        ImGui::End();
        return;
    }
    draw_main_menu(app);
    draw_storage_banner(app);
    draw_export_reminder_banner(app);
    draw_workshop_storage_banner(app);

    draw_deals_and_deal(app, ImGui::GetFrameHeightWithSpacing());
    draw_storage_status(app);
    notice_tick(app, platform::monotonic_seconds());
    if (const std::string notice = notice_text(app); !notice.empty()) {
        ImGui::SameLine();
        ui::text_item(notice, "notice");
    }
    draw_import_dialog(app);
    draw_sheet_import_dialog(app);
    draw_follow_up_popup(app);
    ImGui::End();

    // Typing into a field is one undo step: it ends when no field is active.
    if (app.edit_open && !ImGui::IsAnyItemActive()) end_edit(app);
    persistence_tick(app);
    export_tracking_tick(app);
    workshop_tick(app);
}

std::string app_state_json(const App& app) { return export_workspace(app.workspace); }

} // namespace setright::app
