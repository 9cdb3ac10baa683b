// json_format.hpp — reading and writing Setright files (format v1).
//
// A file is {"format": "setright", "version": 1, "deals": [...]}; the full
// reference is docs/format-v1.md and docs/setright-v1.schema.json.
//
// Import never throws and never half-builds: the whole document is checked
// first and every problem is reported with its JSON pointer (or line and
// column for syntax errors); a workspace comes back only when there are none.
// Export is deterministic: the same workspace always gives the same bytes.
// Fields this version does not know are kept in each struct's `extra` and
// written back, so files from other Setright versions survive a round trip.
#pragma once

#include "model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace setright {

struct ImportProblem {
    std::string pointer; // RFC 6901 JSON pointer of the offending value, "" for the document
    std::string message;
    int line = 0;        // 1-based, for syntax errors; 0 when the pointer says where
    int column = 0;      // 1-based byte column
};

struct ImportResult {
    std::optional<Workspace> workspace;
    std::vector<ImportProblem> problems;
    bool ok() const { return workspace.has_value(); }
};

// Limits that keep hostile input from exhausting the stack or memory.
constexpr int max_json_depth = 64;
constexpr std::size_t max_json_string_bytes = 1024 * 1024;
constexpr std::size_t max_import_problems = 100; // then one final "and N more problems"

ImportResult import_workspace(std::string_view text);

// 2-space indent, trailing newline; known fields in model.hpp's order, then
// unknown (`extra`) fields sorted by key.
std::string export_workspace(const Workspace& ws);
// A v1 workspace file holding just that deal.
std::string export_deal(const Deal& deal);

// "deals.json: /deals/0/requirements/3/priority: expected one of must, should, nice"
// or, for syntax errors, "deals.json:3:14: syntax error: ...".
std::string format_problem(const std::string& file, const ImportProblem& p);

} // namespace setright
