// print_page.hpp — a deal on one printed page, for the manager who signs.
//
// The verdict first (with every blocker under it), then the red flags, the
// vendors' coverage side by side and the promises still open, overdue ones
// first. An HTML fragment (one <article>, every text escaped): the page puts
// it where the browser prints from and styles it for paper (web/page.css,
// @media print), so what prints is a document with real text in the UI's
// fonts, not a picture of the canvas. Worded through a Words, so it prints
// in the UI language; names and texts, never ids. Every meaning is in words
// or type, none in colour alone: it reads the same in black and white.
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright {

class Words;

std::string print_page_html(const Deal& deal, const Moment& at, const Words& words);

} // namespace setright
