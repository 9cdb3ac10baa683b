// workshop_storage.cpp — see workshop_storage.hpp.
#include "ui/workshop_storage.hpp"

#include "logic/app_state.hpp"
#include "logic/i18n.hpp"
#include "logic/notice.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "platform/platform.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <string>

namespace setright::app {

namespace {
constexpr const char* kSetAsideKey = "setright.workshop.unreadable";
constexpr const char* kGenerationKey = "setright.workshop.generation";
constexpr const char* kDurableName = "workshop";

int64_t stored_generation() {
    const std::optional<std::string> text = platform::storage_read(kGenerationKey);
    return text ? std::strtoll(text->c_str(), nullptr, 10) : 0;
}

// Writes the answers and their new generation; false (and a notice) when storage refused.
bool write_copy(App& app, const std::string& text, int64_t generation) {
    const platform::StoreResult result = platform::storage_write(kWorkshopStorageKey, text);
    if (result.status == platform::StoreStatus::Ok) {
        platform::storage_write(kGenerationKey, std::to_string(generation));
        app.workshop.generation = generation;
        return true;
    }
    show_notice(app, [message = result.message] { return tr_fill("case.storage_failed", {message}); });
    return false;
}

// The save itself: refused when another tab stored a newer copy (in
// localStorage or, fresher across tabs, the durable copy).
std::optional<platform::DurableCopy> save_now(App& app, int64_t durable_generation) {
    Workshop& w = app.workshop;
    const int64_t newest = std::max(stored_generation(), durable_generation);
    if (newest > w.generation) {
        w.newer_elsewhere = newest;
        app.redraw = true;
        return std::nullopt;
    }
    w.saved_changes = w.changes;
    platform::DurableCopy copy{w.generation + 1, workshop_json(w)};
    if (!write_copy(app, copy.text, copy.generation)) return std::nullopt;
    return copy;
}

// Takes the newest stored copy: the durable one (read fresh) or, when it is
// not newer, localStorage (which can lag another tab's write).
void use_stored_copy(App& app, std::optional<platform::DurableCopy> durable) {
    Workshop& w = app.workshop;
    const int64_t generation = stored_generation();
    if (durable && durable->generation > generation && read_workshop_json(durable->text, w)) {
        w.generation = durable->generation;
    } else {
        const std::optional<std::string> text = platform::storage_read(kWorkshopStorageKey);
        if (!text || !read_workshop_json(*text, w)) return; // nothing usable: keep choosing
        w.generation = generation;
    }
    w.newer_elsewhere = 0;
    w.saved_changes = w.changes;
    app.redraw = true;
    platform::request_frame();
}

} // namespace

void workshop_start(App& app) {
    Workshop& w = app.workshop;
    w.generation = stored_generation();
    const std::optional<platform::DurableCopy> durable = platform::durable_copy_at_start(kDurableName);
    if (durable && durable->generation > w.generation && read_workshop_json(durable->text, w)) {
        w.generation = durable->generation; // localStorage lost the last save: the durable copy has it
    } else if (std::optional<std::string> text = platform::storage_read(kWorkshopStorageKey)) {
        if (!read_workshop_json(*text, w)) {
            platform::storage_write(kSetAsideKey, *text);
            show_notice(app, [] { return std::string(tr("case.storage_unreadable")); });
        }
    }
    w.saved_changes = w.changes;
}

void workshop_tick(App& app) {
    Workshop& w = app.workshop;
    if (w.changes == w.saved_changes || w.save_in_flight || w.newer_elsewhere) return;
    w.save_in_flight = true;
    platform::run_save_section(
            kDurableName, [&app](int64_t durable_generation) { return save_now(app, durable_generation); },
            [&app](bool) {
                app.workshop.save_in_flight = false;
                app.redraw = true;
                platform::request_frame(); // changes made meanwhile are saved next
            });
}

void workshop_flush(App& app) {
    Workshop& w = app.workshop;
    if (w.changes == w.saved_changes || w.newer_elsewhere) return;
    if (std::optional<platform::DurableCopy> copy = save_now(app, 0)) platform::keep_durably(kDurableName, *copy, [](bool) {});
}

void draw_workshop_storage_banner(App& app) {
    Workshop& w = app.workshop;
    if (!w.newer_elsewhere) return;
    ui::text_item(tr("case.storage_other_tab"), "workshop_other_tab", &ui::warning());
    if (ui::button(tr("case.storage_use_theirs"), "workshop_use_theirs"))
        platform::read_durable_copy(kDurableName,
                                    [&app](std::optional<platform::DurableCopy> durable) { use_stored_copy(app, std::move(durable)); });
    ImGui::SameLine();
    if (ui::button(tr("case.storage_keep_mine"), "workshop_keep_mine")) {
        w.generation = w.newer_elsewhere; // saves over it on the next tick
        w.newer_elsewhere = 0;
    }
    ImGui::Separator();
}

} // namespace setright::app
