// json_format.cpp — import and export of whole files (see json_format.hpp).
//
// Import runs in three steps, each refusing before the next does any work:
//   1. a byte scan for nesting depth and string length (json_text.hpp),
//   2. nlohmann's parser, whose exceptions become problems with line:column,
//   3. the model reader (json_read.hpp), which reports with JSON pointers.
#include "json_format.hpp"

#include "json_read.hpp"
#include "json_text.hpp"
#include "json_write.hpp"

#include <exception>

namespace setright {

namespace {

ImportResult refused(std::vector<ImportProblem> problems) {
    ImportResult result;
    result.problems = std::move(problems);
    return result;
}

ImportProblem at_offset(std::string_view text, size_t offset, std::string message) {
    const TextPosition pos = position_of(text, offset);
    return ImportProblem{"", std::move(message), pos.line, pos.column};
}

// nlohmann's what() is "[json.exception.parse_error.101] parse error at line
// 1, column 7: syntax error while parsing value - invalid literal; last read:
// '...'". Keep the part after the position (we compute our own) and make sure
// the quoted input is printable.
std::string syntax_message(const std::string& what) {
    constexpr size_t max_message = 200;
    std::string rest = what;
    const size_t column = rest.find(", column ");
    if (column != std::string::npos) {
        const size_t colon = rest.find(": ", column);
        if (colon != std::string::npos) rest = rest.substr(colon + 2);
    }
    const std::string verbose = "syntax error while parsing value - ";
    if (rest.compare(0, verbose.size(), verbose) == 0) rest = rest.substr(verbose.size());
    else if (rest.compare(0, 13, "syntax error ") == 0) rest = rest.substr(13);
    if (rest.size() > max_message) rest = rest.substr(0, max_message) + "...";
    return "syntax error: " + printable_utf8(rest);
}

std::string plural(size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

} // namespace

ImportResult import_workspace(std::string_view text) {
    try {
        const TextScan scan = scan_text(text, max_json_depth, max_json_string_bytes);
        if (scan.issue == TextScan::Issue::TooDeep)
            return refused({at_offset(text, scan.offset,
                                      "nested more than " + std::to_string(max_json_depth) + " levels deep; a Setright file never is")});
        if (scan.issue == TextScan::Issue::StringTooLong)
            return refused({at_offset(text, scan.offset, "a string longer than 1 MB; a Setright file never holds one")});

        Json doc;
        try {
            doc = Json::parse(text.begin(), text.end());
        } catch (const Json::parse_error& e) {
            // e.byte counts the bytes read, including the one that failed.
            return refused({at_offset(text, e.byte > 0 ? e.byte - 1 : 0, syntax_message(e.what()))});
        } catch (const Json::out_of_range&) {
            // Thrown for a number too large for a double (1e400); nlohmann gives no position.
            return refused({{"", "a number is out of range (too large for a double, like 1e400)", 0, 0}});
        }

        Workspace ws;
        ProblemList problems;
        read_workspace(doc, ws, problems);
        if (!problems.empty()) {
            std::vector<ImportProblem> list = std::move(problems.items);
            if (problems.dropped > 0) list.push_back({"", "... and " + plural(problems.dropped, "more problem"), 0, 0});
            return refused(std::move(list));
        }
        ImportResult result;
        result.workspace = std::move(ws);
        return result;
    } catch (const std::bad_alloc&) {
        return refused({{"", "not enough memory to read this file", 0, 0}});
    } catch (const std::exception& e) {
        return refused({{"", std::string("could not read this file: ") + printable_utf8(e.what()), 0, 0}});
    } catch (...) {
        return refused({{"", "could not read this file", 0, 0}});
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
