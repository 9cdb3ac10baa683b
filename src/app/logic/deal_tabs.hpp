// deal_tabs.hpp — which tabs a deal shows in its row and which wait behind
// "More": a deal shows the tabs of its perspective and of what it holds.
// A buyer has no use for customer lifetime value, and a deal without a study
// or a case key has no Study or Case to read; those tabs stay one click away
// under More, so nothing is out of reach, and a tab holding data is always in
// the row whatever the perspective.
#pragma once

#include "core/model/model.hpp"

#include <string_view>

namespace setright::app {

enum class TabPlace { Row, More };

// Where the tab with this id ("tab_study", ...) goes for this deal.
TabPlace tab_place(const Deal& deal, std::string_view tab_id);

// The key of a text that differs by perspective: `rep_key` for a sales
// rep's deal, `buyer_key` for a buyer's.
const char* seen_by(const Deal& deal, const char* rep_key, const char* buyer_key);

} // namespace setright::app
