// page_sync.cpp — see page_sync.hpp.
#include "ui/page_sync.hpp"

#include "logic/accessibility_mirror.hpp"
#include "logic/app_state.hpp"
#include "logic/find_index.hpp"
#include "logic/i18n.hpp"
#include "logic/notice.hpp"
#include "logic/print_document.hpp"
#include "ui/find_index.hpp"
#include "ui/item_registry.hpp"
#include "ui/lazy_font_loader.hpp"
#include "ui/storage_banners.hpp"
#include "ui/type_into_field.hpp"

#include "platform/platform.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <utility>

namespace setright::app {
namespace {

struct PageState {
    AccessibilityMirror mirror;
    FindIndexMirror find_index;
    bool listening = false;
    unsigned nav_id = 0; // ImGui's keyboard focus as last given to the page
    std::string language, title, notice, skip_link;
    const char* storage_problem = nullptr;
};

PageState& page() {
    static PageState state;
    return state;
}

// Sets `shown` to `now` and returns true when they differed.
bool changed(std::string& shown, const std::string& now) {
    if (shown == now) return false;
    shown = now;
    return true;
}

} // namespace

void sync_page(App& app) {
    PageState& state = page();
    if (!std::exchange(state.listening, true)) {
        // What the page does on its side is done next frame.
        const auto and_draw = [&app] {
            app.redraw = true;
            platform::request_frame();
        };
        platform::on_accessibility_focus([and_draw](unsigned key) {
            request_item_focus(key);
            and_draw();
        });
        platform::on_accessibility_typing([and_draw](unsigned key) {
            ui::start_typing_into(key);
            and_draw();
        });
        platform::on_find_scrolled([and_draw](unsigned key, float scroll) {
            ui::scroll_find_table(key, scroll);
            and_draw();
        });
        // The open deal as it is at the moment of printing, whoever asked.
        // The fonts for what it holds beyond the app's own are fetched first (the menu's print waits for them).
        platform::on_print([&app] {
            const std::string page = print_document(app);
            ui::request_fonts_for_text(page);
            platform::set_print_page(page, language_code(current_language()));
        });
    }
    const std::vector<DrawnItem>& items = everything_drawn_last_frame();
    // The first item is the main window's (its menu bar): items on any other layer sit in popups.
    if (!items.empty()) state.mirror.set_main_layer(items.front().layer);
    const ImGuiWindow* modal = ImGui::GetTopMostAndVisiblePopupModal();
    state.mirror.set_modal_layer(modal ? (modal->RootWindow ? modal->RootWindow->ID : modal->ID) : 0);
    const std::string tree_changes = state.mirror.changes(items, grids_drawn_last_frame(), regions_drawn_last_frame());
    if (!tree_changes.empty()) platform::update_accessibility_tree(tree_changes);
    const std::string find_changes = state.find_index.changes(ui::take_find_tables());
    if (!find_changes.empty()) platform::update_find_index(find_changes);
    if (state.mirror.places_pending()) {
        app.redraw = true;
        platform::request_frame();
    }
    // The page's focus follows ImGui's keyboard navigation (arrows in a table), not a mouse click.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.NavId != state.nav_id && g.NavCursorVisible) {
        state.nav_id = g.NavId;
        if (g.NavId) platform::focus_accessibility_element(g.NavId);
    }

    if (changed(state.language, language_code(current_language()))) platform::set_page_language(state.language);

    const Deal* deal = selected_deal(app);
    const std::string deal_title = deal ? (deal->title.empty() ? tr("deal.untitled") : deal->title) : std::string();
    if (changed(state.title, deal_title.empty() ? std::string(tr("app.title")) : deal_title + " — " + tr("app.title")))
        platform::set_page_title(state.title);
    if (changed(state.skip_link, deal ? std::string(tr("page.skip_to_deal")) : std::string())) platform::set_skip_link(state.skip_link);

    if (changed(state.notice, notice_text(app)) && !state.notice.empty()) platform::announce(state.notice, false);

    const char* problem = storage_problem_words(app);
    if (problem != state.storage_problem) {
        state.storage_problem = problem;
        if (problem) platform::announce(problem, true);
    }
}

} // namespace setright::app
