// import_dialog.hpp — the preview of an import: problems with their JSON
// pointers (or why a file or link was not read at all), what would be added
// or updated, what conflicts, whose answers a workshop room would gain or
// have replaced; apply or cancel.
#pragma once

namespace setright::app {
struct App;
void draw_import_dialog(App& app);
} // namespace setright::app
