// json_read.hpp — a parsed JSON document (flat_json.hpp) -> the model,
// checking everything.
//
// Every problem is recorded with its JSON pointer; reading goes on after a
// problem so that one import reports them all. The caller decides what to do
// with a half-read result (json_format.cpp throws it away).
#pragma once

#include "core/format/flat_json.hpp"
#include "core/format/json_format.hpp"
#include "core/model/model.hpp"

#include <string>
#include <vector>

namespace setright {

struct ProblemList {
    std::vector<ImportProblem> items; // at most max_import_problems
    size_t dropped = 0;               // problems beyond the cap, only counted

    void add(std::string pointer, std::string code, std::vector<std::string> args = {});
    void add(ImportProblem problem); // with line and column
    bool empty() const { return items.empty(); }
    size_t total() const { return items.size() + dropped; }
};

// The whole document: format, version, deals, unknown top-level fields.
void read_workspace(const FlatJson::Value& doc, Workspace& out, ProblemList& problems);

// One deal; pointers start with `pointer` (e.g. "/deals/3"). Also used by merge.
void read_deal(const FlatJson::Value& doc, const std::string& pointer, Deal& out, ProblemList& problems);

} // namespace setright
