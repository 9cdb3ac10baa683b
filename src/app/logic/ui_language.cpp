// ui_language.cpp — see ui_language.hpp.
#include "logic/ui_language.hpp"

#include "logic/app_state.hpp"
#include "logic/notice.hpp"
#include "logic/persistence.hpp"
#include "platform/platform.hpp"

#include <utility>

namespace setright::app {
namespace {

void switch_to(Language language, bool remember) {
    set_language(language);
    if (remember) remember_language(language_code(language));
}

} // namespace

void use_language(App& app, Language language, bool remember) {
    if (has_translations(language)) {
        switch_to(language, remember);
        return;
    }
    platform::read_translations(language_code(language), [&app, language, remember](std::optional<std::string> words) {
        // (Chosen twice before the first arrived: the second's words are not needed.)
        if (words && !has_translations(language)) add_translations(std::move(*words));
        if (has_translations(language))
            switch_to(language, remember);
        else
            show_notice(app, [language] { return tr_fill("language.unavailable", {tr("language.name", language)}); });
        app.redraw = true;
    });
}

} // namespace setright::app
