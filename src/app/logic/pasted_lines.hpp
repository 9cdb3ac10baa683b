// pasted_lines.hpp — text pasted into a "new …" field, as the items it holds.
// A column copied from a spreadsheet or a list from an email arrives as lines
// (\n, \r\n or \r between them); each line that is not blank is one item.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace setright::app {

// The lines of `text` that hold more than spaces, each trimmed; the cells of
// a copied spreadsheet row (tab-separated) joined by one space.
std::vector<std::string> non_blank_lines(std::string_view text);

} // namespace setright::app
