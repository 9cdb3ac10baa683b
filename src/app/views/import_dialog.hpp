// import_dialog.hpp — the preview of an import: problems with their JSON
// pointers, what would be added or updated, what conflicts; apply or cancel.
#pragma once

namespace setright::app {
struct App;
void draw_import_dialog(App& app);
} // namespace setright::app
