// file_names.hpp — names for the files the app downloads: after what they
// hold (a deal's title), readable in any script.
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright::app {

// `title` as a file name without its extension: characters no file system
// takes (/ \ : * ? " < > |) and control characters removed, each run of
// spaces as one "-", no "-" or "." at either end (a leading dot hides a file,
// Windows drops a trailing one), at most 60 bytes, never cutting a UTF-8
// character. Korean, Cyrillic and æøå stay as they are. `fallback` (a deal's
// id) when nothing is left.
std::string file_slug(const std::string& title, const std::string& fallback);

// The deal's title as a file name (its id when it has none), then `tail`:
// ".json", "-room.csv".
std::string deal_file_name(const Deal& deal, const std::string& tail);
// A report on the whole workspace: named after its deal when it holds one,
// "setright-report" otherwise; then `tail` (".md").
std::string report_file_name(const Workspace& workspace, const std::string& tail);

} // namespace setright::app
