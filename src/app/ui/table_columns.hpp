// table_columns.hpp — a table's columns sized to what they hold. A column
// of known content (a combo of choices, a number, a date) is exactly as
// wide as its widest content in the user's language, every frame, so a
// language switch or a zoom never leaves "…" in a combo; the columns of
// free text share what is left. Where the table is too narrow for all of
// them, the columns of least use are hidden (they stay in the item's
// detail below the table), never squeezed until their words are cut.
#pragma once

#include <string_view>
#include <vector>

namespace setright::ui {

struct TableColumn {
    const char* header = ""; // the app's words (tr())
    const char* id = "";     // the header's item id (a click sorts)
    // > 0: the column is this wide (content_width() and friends);
    // 0: it stretches, by `weight`, and is never narrower than `min_width`.
    float width = 0.0f;
    float weight = 1.0f;
    float min_width = 0.0f;
    // 0: always shown; where the table is too narrow, the column with the
    // highest `drop` is hidden first.
    int drop = 0;
    int flags = 0; // more ImGuiTableColumnFlags (NoSort…)
};

// Calls TableSetupColumn for each column inside BeginTable. `table_width`
// is the width the table was given.
void setup_columns(const std::vector<TableColumn>& columns, float table_width);

// Widths of content: the widest of `texts`; as a combo (its arrow and
// frame padding added); as buttons side by side.
float text_width(const std::vector<std::string_view>& texts);
float combo_width(const std::vector<std::string_view>& choices);
float buttons_width(const std::vector<const char*>& texts);

} // namespace setright::ui
