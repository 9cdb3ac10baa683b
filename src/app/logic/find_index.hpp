// find_index.hpp — what the page's find index must change to match the long
// tables of the frame just drawn.
//
// A table draws only the rows on screen, so the accessibility tree has no
// words for the rest, and the browser's find-in-page cannot find them. The
// page keeps every row's words in a scroller laid over each such table, its
// rows as tall as the table's and scrolled with it (aria-hidden: a screen
// reader reads the rows on screen from the tree). When find lands on a row
// out of view, the page scrolls the scroller to it and the app scrolls the
// table to match (ui/find_index.hpp). The words go to the page only when
// they change, and then only the rows that did: a letter typed into one
// requirement sends one row, not five thousand.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace setright::app {

struct FindTable {
    unsigned key = 0;                 // ImGui's id of the table's scrolling window
    float x = 0, y = 0, w = 0, h = 0; // its visible rectangle, CSS pixels
    float rows_top = 0;               // screen y of row 0 when scrolled to the top
    float row_height = 0;
    float line_height = 0;          // the height of the row's line of words: a row of several lines has them on its first
    float font_size = 0;            // the rows' text, so a match is painted over the words drawn
    float scroll = 0;               // how far the table is scrolled
    std::vector<std::string> words; // each row's words, in the order shown
    uint64_t version = 0;           // moves whenever `words` may have changed
};

class FindIndexMirror {
public:
    // The changes from what was sent before to `tables`, as JSON for the page
    // ("" when nothing changed):
    //   {"tables":[{"key", "rect":[x,y,w,h]?, "top"?, "row"?, "line"?, "font"?, "scroll"?,
    //     "count"?, "words":[[index, words]…]?}…], "remove":[key…]?}
    // Every field but the key only when it changed; rectangles and heights in
    // whole CSS pixels.
    std::string changes(const std::vector<const FindTable*>& tables);

private:
    struct Sent {
        int x = 0, y = 0, w = 0, h = 0, top = 0, row = 0, line = 0, font = 0, scroll = 0;
        uint64_t version = 0;
        std::vector<std::string> words;
    };
    std::unordered_map<unsigned, Sent> sent_;
};

} // namespace setright::app
