// app.cpp — see app.hpp.
#include "app.hpp"

#include "i18n.hpp"
#include "views/deals_view.hpp"
#include "views/main_menu.hpp"

#include "core/json_format.hpp"
#include "platform/platform.hpp"

#include <imgui.h>

namespace setright::app {

void app_init(App& app) {
    (void)app;
    std::optional<Language> language = language_from_code(platform::url_language());
    if (!language) language = language_from_code(platform::preferred_language());
    set_language(language.value_or(Language::En));
}

void app_draw(App& app) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_MenuBar;
    ImGui::Begin("##main", nullptr, flags);
    draw_main_menu(app);
    draw_deals_view(app);
    ImGui::End();
}

std::string app_state_json(const App& app) { return export_workspace(app.workspace); }

} // namespace setright::app
