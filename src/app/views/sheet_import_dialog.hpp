// sheet_import_dialog.hpp — the preview of a requirements sheet (XLSX, CSV, TSV)
// going into the open deal: what each column is taken as (changeable), how
// many requirements it adds and the first of them, every cell it cannot read
// by its reference; Add (one undo step) or Cancel.
#pragma once

namespace setright::app {
struct App;
void draw_sheet_import_dialog(App& app);
} // namespace setright::app
