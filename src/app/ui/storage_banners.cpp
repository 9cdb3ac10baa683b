// storage_banners.cpp — see storage_banners.hpp.
#include "ui/storage_banners.hpp"

#include "logic/app_state.hpp"
#include "logic/export_tracking.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "logic/persistence.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace setright::app {
namespace {

void banner(const ImVec4& colour, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ui::text_wrapped(text);
    ImGui::PopStyleColor();
}

} // namespace

bool draw_storage_recovery(App& app) {
    Persistence& p = app.persistence;
    if (p.problem != StorageProblem::Unusable) return false;
    banner(ui::critical(), storage_problem_words(app));
    ui::text_wrapped(tr("storage.unusable_body"));
    if (!p.problem_detail.empty()) ui::text_disabled(p.problem_detail.c_str());
    if (ui::button(tr("storage.download_unreadable"), "storage_download_unreadable")) download_set_aside(app);
    ImGui::SameLine();
    if (ui::button(tr("storage.start_empty"), "storage_start_empty")) {
        // The unreadable copy stays where it is (and in <prefix>.set-aside):
        // the store never writes over it.
        p.problem = StorageProblem::None;
    }
    return true;
}

void draw_storage_banner(App& app) {
    Persistence& p = app.persistence;
    switch (p.problem) {
    case StorageProblem::None:
    case StorageProblem::Unusable: return;
    case StorageProblem::Recovered:
        banner(ui::warning(), storage_problem_words(app));
        if (ui::button(tr("storage.download_unreadable"), "storage_download_unreadable")) download_set_aside(app);
        ImGui::SameLine();
        if (ui::button(tr("storage.dismiss"), "storage_dismiss")) p.problem = StorageProblem::None;
        break;
    case StorageProblem::QuotaExceeded:
        banner(ui::critical(), storage_problem_words(app));
        if (ui::button(tr("storage.export_now"), "storage_export_now")) {
            download_workspace(app);
            note_exported(app);
        }
        break;
    case StorageProblem::ChangedElsewhere:
        banner(ui::warning(), storage_problem_words(app));
        if (ui::button(tr("storage.use_theirs"), "storage_use_theirs")) use_other_tabs_copy(app);
        ImGui::SameLine();
        if (ui::button(tr("storage.keep_mine"), "storage_keep_mine")) {
            keep_this_tabs_copy(app);
        }
        break;
    case StorageProblem::Refused:
        banner(ui::critical(), storage_problem_words(app));
        ui::text_disabled(p.problem_detail.c_str());
        break;
    case StorageProblem::Unavailable:
        banner(ui::critical(), storage_problem_words(app));
        if (ui::button(tr("storage.export_now"), "storage_export_now")) {
            download_workspace(app);
            note_exported(app);
        }
        break;
    }
    ImGui::Separator();
}

const char* storage_problem_words(const App& app) {
    switch (app.persistence.problem) {
    case StorageProblem::None: return nullptr;
    case StorageProblem::Unusable: return tr("storage.unusable_title");
    case StorageProblem::Recovered: return tr("storage.recovered");
    case StorageProblem::QuotaExceeded: return tr("storage.quota");
    case StorageProblem::ChangedElsewhere: return tr("storage.other_tab");
    case StorageProblem::Refused: return tr("storage.refused");
    case StorageProblem::Unavailable: return tr("storage.unavailable");
    }
    return nullptr;
}

void draw_storage_status(App& app) {
    const Persistence& p = app.persistence;
    const std::string status = persistence_status(app);
    std::string line = status == "saved"       ? tr("storage.status_saved")
                       : status == "not_saved" ? tr("storage.status_not_saved")
                                               : tr("storage.status_unsaved");
    line += " · ";
    if (p.space && p.space->capacity > 0) {
        const double used = double(p.space->capacity - std::min(p.space->free, p.space->capacity));
        const std::string percent = format_percent(used / double(p.space->capacity)); // "0 %" in Norwegian and Russian, as elsewhere
        line += tr_fill("storage.status_usage", {percent, std::to_string(p.usage.backups)});
    } else {
        line += tr_fill("storage.status_usage_size", {format_number(double(p.usage.bytes) / 1024.0, 0), std::to_string(p.usage.backups)});
    }
    const ImVec4 quiet = ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
    ui::text_item(line.c_str(), "storage_status", &quiet, /*fit=*/true); // tests read what it says; a notice may follow
}

} // namespace setright::app
