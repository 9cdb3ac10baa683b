// rows_cache.hpp — a table's rows kept from frame to frame, built again only
// when what they come from changes: the workspace (App::changes, bumped by
// every edit, undo and import), the list's address and length (the rows
// hold pointers into it), the as-of minute, the view's filters and the
// columns the user sorted by. Building 5,000 rows walked every question's
// history or every requirement's claims each frame: a fifth of a frame at
// scale.
#pragma once

#include "views/table_sort.hpp"

#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace setright::ui {

struct RowsKey {
    uint64_t changes = 0;
    const void* list = nullptr;
    std::size_t length = 0;
    int64_t at = 0;
    std::string filters;                   // the view's filters, written out by the caller
    std::vector<std::pair<int, int>> sort; // (column, direction) of the table's sort, read by RowsCache
    bool operator==(const RowsKey& o) const {
        return changes == o.changes && list == o.list && length == o.length && at == o.at && filters == o.filters && sort == o.sort;
    }
};

template <class Row> class RowsCache {
public:
    // `build()` makes the rows, sorted by sort_rows; called inside the table
    // (its sort is part of the key) or outside any (no sort).
    template <class Build> const std::vector<Row>& rows(RowsKey key, Build&& build) {
        if (const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs())
            for (int i = 0; i < specs->SpecsCount; ++i)
                key.sort.emplace_back(specs->Specs[i].ColumnIndex, int(specs->Specs[i].SortDirection));
        if (!built_from_ || !(*built_from_ == key)) {
            rows_ = build();
            built_from_ = std::move(key);
            ++generation_;
        }
        return rows_;
    }
    // Moves each time the rows are built again (find_index.hpp's version).
    uint64_t generation() const { return generation_; }

private:
    std::optional<RowsKey> built_from_;
    std::vector<Row> rows_;
    uint64_t generation_ = 0;
};

} // namespace setright::ui
