// report_markdown.hpp — a readable Markdown report of a workspace.
//
// Titled with the deal (or how many deals) and the date judged as of. Per
// deal: the verdict and its blockers, the requirements with each vendor's
// claim status, coverage, the questions still waiting for an answer (with who
// promised what by when) and the red flags. Meant to be pasted into an email
// or a wiki page before a signing meeting, so it speaks in names, texts and
// the reader's words: never an id or a code (an item without a name or text
// falls back to its id, the one thing it has).
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright {

// Text made safe inside Markdown: characters that would start emphasis,
// links, HTML or table cells are escaped ("|" as "\|", so a table keeps its
// columns), line breaks (CR, LF, CRLF) become one space, and every other
// control character (NUL, ESC, BEL, DEL, C1; TAB stays) becomes U+FFFD, as
// does a byte that is not UTF-8. Safe in a table cell, a heading or a line.
std::string markdown_text(const std::string& text);

// In English (the CLI's report), or in the words given (the app's, translated).
std::string markdown_report(const Workspace& ws, const Moment& at);
class Words;
std::string markdown_report(const Workspace& ws, const Moment& at, const Words& words);

} // namespace setright
