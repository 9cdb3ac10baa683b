// main_menu.cpp — see main_menu.hpp.
#include "main_menu.hpp"

#include "app.hpp"
#include "i18n.hpp"
#include "widgets.hpp"

#include <imgui.h>

namespace setright::app {

void draw_main_menu(App& app) {
    (void)app;
    if (!ImGui::BeginMenuBar()) return;
    if (ui::begin_menu(tr("menu.language"), "menu_language")) {
        for (int i = 0; i < kLanguageCount; ++i) {
            const Language language = Language(i);
            std::string id = std::string("language_") + language_code(language);
            // Each language is named in itself, so anyone can find their own.
            if (ui::menu_item(tr("language.name", language), id.c_str(), current_language() == language))
                set_language(language);
        }
        ImGui::EndMenu();
    }
    ImGui::EndMenuBar();
}

} // namespace setright::app
