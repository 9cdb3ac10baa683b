// export_reminder_banner.cpp — see export_reminder_banner.hpp.
#include "ui/export_reminder_banner.hpp"

#include "logic/app_state.hpp"
#include "logic/downloads.hpp"
#include "logic/export_reminder.hpp"
#include "logic/export_tracking.hpp"
#include "logic/i18n.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/format/json_format.hpp"

#include <imgui.h>

namespace setright::app {

void export_everything(App& app) {
    download(app, "setright-workspace.json", "application/json", export_workspace(app.workspace));
    note_exported(app);
}

void draw_export_reminder_banner(App& app) {
    if (!export_reminder_shown(app)) return;
    ui::text_item(export_reminder_text(app.export_record), "export_reminder", &ui::warning());
    if (ui::button(tr("export.everything"), "export_reminder_export")) export_everything(app);
    ui::same_line_if_fits(tr("export.remind_later"));
    if (ui::button(tr("export.remind_later"), "export_reminder_snooze")) snooze_export_reminder(app);
    ImGui::Separator();
}

} // namespace setright::app
