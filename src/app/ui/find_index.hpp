// find_index.hpp — long tables give the page every row's words, so the
// browser's find-in-page finds rows scrolled out of view, and follow the
// page when find scrolls to one (logic/find_index.hpp says how).
#pragma once

#include "logic/find_index.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace setright::ui {

// Inside a scrolling table whose rows a clipper draws, after its loop:
// `count` rows, `row_height` apart (the clipper's ItemsHeight), the first at
// screen y `first_row_y` (its StartPosY). `words(i)` is row i's words, asked
// only when `version` moved since the table last said it. A row taller than
// its words' line (a phone's stacked row) gives that line's height.
void findable_rows(uint64_t version, int count, float first_row_y, float row_height, const std::function<std::string(int)>& words,
                   float line_height = 0);

// The tables that said their rows in the frame just drawn; starts the list
// of the next frame.
std::vector<const app::FindTable*> take_find_tables();

// Find-in-page scrolled table `key` to `scroll`: the table follows next frame.
void scroll_find_table(unsigned key, float scroll);

} // namespace setright::ui
