// table_sort.hpp — sorting a table's rows by the columns the user clicked.
// Rows are sorted when they are built: every frame for a short list, only on
// a change for the long ones rows_cache.hpp keeps.
#pragma once

#include <imgui.h>

#include <algorithm>
#include <vector>

namespace setright::ui {

// `compare(a, b, column)` returns <0, 0 or >0 for the column's own order.
template <class Row, class Compare> void sort_rows(std::vector<Row>& rows, Compare compare) {
    const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs || specs->SpecsCount == 0) return;
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        for (int i = 0; i < specs->SpecsCount; ++i) {
            const ImGuiTableColumnSortSpecs& spec = specs->Specs[i];
            const int order = compare(a, b, spec.ColumnIndex);
            if (order != 0) return spec.SortDirection == ImGuiSortDirection_Ascending ? order < 0 : order > 0;
        }
        return false;
    });
}

template <class T> int three_way(const T& a, const T& b) { return a < b ? -1 : b < a ? 1 : 0; }

} // namespace setright::ui
