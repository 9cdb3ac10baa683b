// json_format.cpp — import and export of whole files (see json_format.hpp).
//
// Import runs in two steps, the first refusing before the second does any work:
//   1. text -> JSON (json_parse.hpp): nesting depth, string length, syntax
//      errors with line:column, numbers out of range, duplicate keys;
//   2. JSON -> model (json_read.hpp), which reports with JSON pointers.
#include "core/format/json_format.hpp"

#include "core/format/json_parse.hpp"
#include "core/format/json_read.hpp"
#include "core/format/json_text.hpp"
#include "core/format/json_write.hpp"
#include "core/words/problem_words.hpp"

#include <exception>

namespace setright {

namespace {

ImportResult refused(std::vector<ImportProblem> problems) {
    ImportResult result;
    result.problems = std::move(problems);
    return result;
}

} // namespace

ImportResult import_workspace(std::string_view text) {
    try {
        ProblemList problems;
        const std::optional<FlatJson> doc = parse_json_text(text, problems);
        Workspace ws;
        if (doc) read_workspace(doc->root(), ws, problems);
        if (!problems.empty()) {
            std::vector<ImportProblem> list = std::move(problems.items);
            if (problems.dropped > 0) list.push_back(make_problem("", "more_problems", {std::to_string(problems.dropped)}));
            return refused(std::move(list));
        }
        ImportResult result;
        result.workspace = std::move(ws);
        return result;
    } catch (const std::bad_alloc&) {
        return refused({make_problem("", "out_of_memory")});
    } catch (const std::exception& e) {
        return refused({make_problem("", "read_failed", {printable_utf8(e.what())})});
    } catch (...) {
        return refused({make_problem("", "read_failed", {"?"})});
    }
}

// Invalid UTF-8 held in memory (a paste gone wrong) is written as U+FFFD
// rather than making export throw.
std::string export_workspace(const Workspace& ws) {
    return workspace_to_json(ws).dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

std::string export_workspace_compact(const Workspace& ws) {
    return workspace_to_json(ws).dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
}

std::string export_deal(const Deal& deal) {
    Workspace ws;
    ws.deals.push_back(deal);
    return export_workspace(ws);
}

ImportProblem make_problem(std::string pointer, std::string code, std::vector<std::string> args, int line, int column) {
    for (std::string& arg : args) arg = printable_utf8(arg);
    const std::string key = "problem." + code;
    const char* english = english_sentence(key);
    std::string message = english ? Words().fill(english, args) : code;
    return ImportProblem{std::move(pointer), std::move(message), line, column, std::move(code), std::move(args)};
}

std::vector<ImportProblem> workspace_problems(const Workspace& ws) { return import_workspace(export_workspace_compact(ws)).problems; }

std::string format_problem(const std::string& file, const ImportProblem& p) {
    std::string out = file;
    if (p.line > 0) {
        out += ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
    } else if (!p.pointer.empty()) {
        if (!out.empty()) out += ": ";
        out += p.pointer;
    }
    if (!out.empty()) out += ": ";
    return out + p.message;
}

} // namespace setright
