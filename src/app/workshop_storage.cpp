// workshop_storage.cpp — see workshop_storage.hpp.
#include "workshop_storage.hpp"

#include "app.hpp"
#include "i18n.hpp"

#include "platform/platform.hpp"

namespace setright::app {

namespace {
constexpr const char* kSetAsideKey = "setright.workshop.unreadable";
}

void workshop_start(App& app) {
    Workshop& w = app.workshop;
    if (std::optional<std::string> text = platform::storage_read(kWorkshopStorageKey)) {
        if (!read_workshop_json(*text, w)) {
            platform::storage_write(kSetAsideKey, *text);
            app.notice = tr("case.storage_unreadable");
        }
    }
    w.saved_changes = w.changes;
}

void workshop_tick(App& app) {
    Workshop& w = app.workshop;
    if (w.changes == w.saved_changes) return;
    w.saved_changes = w.changes;
    const platform::StoreResult result = platform::storage_write(kWorkshopStorageKey, workshop_json(w));
    if (result.status != platform::StoreStatus::Ok) app.notice = tr_fill("case.storage_failed", {result.message});
}

} // namespace setright::app
