// report_markdown.hpp — a readable Markdown report of a workspace.
//
// Per deal: the verdict and its blockers, the requirements with each
// vendor's claim status, coverage, the questions still waiting for an answer
// (with who promised what by when) and the red flags. Meant to be pasted into
// an email or a wiki page before a signing meeting.
#pragma once

#include "model.hpp"

#include <string>

namespace setright {

// Text made safe inside Markdown: characters that would start emphasis,
// links, HTML or table cells are escaped, and line breaks become spaces.
std::string markdown_text(const std::string& text);

// In English (the CLI's report), or in the words given (the app's, translated).
std::string markdown_report(const std::string& file, const Workspace& ws, const Moment& at);
class ReportWords;
std::string markdown_report(const std::string& file, const Workspace& ws, const Moment& at, const ReportWords& words);

} // namespace setright
