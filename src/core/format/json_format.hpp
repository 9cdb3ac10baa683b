// json_format.hpp — the Setright file format v1: import, export, messages.
//
// A file is {"format": "setright", "version": 1, "deals": [...]} plus any
// fields this version does not know, which are kept. docs/format-v1.md is the
// reference; docs/setright-v1.schema.json says the same for validators.
//
// Import never throws and never builds half a workspace: it checks the whole
// document, collects every problem with its JSON pointer, and returns a
// workspace only when there is none. Export is deterministic: the same
// workspace gives the same bytes, fields in the documented order.
#pragma once

#include "core/model/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace setright {

struct ImportProblem {
    std::string pointer;           // RFC 6901 JSON pointer ("/deals/0/id"); "" for the document as a whole
    std::string message;           // in English (problem_words.hpp)
    int line = 0;                  // 1-based, for syntax errors only (0: not known)
    int column = 0;                // 1-based byte column in that line
    std::string code;              // which sentence (problem_words.hpp), for translation
    std::vector<std::string> args; // what fills its {1}, {2}, ...
};

// A problem from its code and arguments; the message is the English sentence.
ImportProblem make_problem(std::string pointer, std::string code, std::vector<std::string> args = {}, int line = 0, int column = 0);

struct ImportResult {
    std::optional<Workspace> workspace; // set only when there are no problems
    std::vector<ImportProblem> problems;
    bool ok() const { return workspace.has_value(); }
};

// Limits on hostile or broken input (each is refused with a message).
constexpr int max_json_depth = 64;                // nested arrays and objects
constexpr size_t max_json_string_bytes = 1 << 20; // one string value or key: 1 MB
constexpr size_t max_import_problems = 100;       // more are summarised as "... and N more"

constexpr int format_version = 1;

ImportResult import_workspace(std::string_view text);

// 2-space indent and a trailing newline.
std::string export_workspace(const Workspace& ws);
// Same content without whitespace (for autosave), no trailing newline.
std::string export_workspace_compact(const Workspace& ws);
// A v1 workspace file holding just that deal (to send it to the other side).
std::string export_deal(const Deal& deal);

// What import would say about the exported workspace: empty when it reads back.
// Export writes what it is given, so a workspace edited into a bad state
// (a NaN weight, a dangling vendor id, two requirements "r1") exports to a
// file that import refuses; call this before saving to find out in time.
std::vector<ImportProblem> workspace_problems(const Workspace& ws);

// "deals.json: /deals/0/requirements/3/priority: expected one of must, should, nice"
// "deals.json:3:14: syntax error: ..." (when the problem has a line)
std::string format_problem(const std::string& file, const ImportProblem& p);

} // namespace setright
