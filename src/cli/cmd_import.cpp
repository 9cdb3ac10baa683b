// cmd_import.cpp — `setright import SHEET --into FILE [--deal ID] [--vendor ID]
// [--map COLUMN=FIELD,...] [-o OUT]`.
//
// A requirements sheet saved as CSV, TSV (core/format/sheet_text.hpp) or
// XLSX (core/format/sheet_xlsx.hpp) added to a deal of a workspace
// (core/format/sheet_requirements.hpp). All or nothing: a cell that cannot
// be read is listed with its reference and the workspace is not written;
// otherwise FILE (or OUT) is replaced whole, through a temporary file
// (write_file.hpp), like merge.
#include "cli_errors.hpp"
#include "command.hpp"
#include "load_workspace.hpp"
#include "read_file.hpp"
#include "write_file.hpp"

#include "core/format/json_format.hpp"
#include "core/format/sheet_requirements.hpp"
#include "core/format/sheet_xlsx.hpp"
#include "core/reports/safe_text.hpp"
#include "core/words/words.hpp"

#include <algorithm>
#include <iostream>
#include <sstream>
#include <utility>
#include <vector>

namespace setright {

namespace {

// "A" -> 0, "C" -> 2, "AA" -> 26; nullopt for anything but letters.
std::optional<std::size_t> column_index(const std::string& letters) {
    if (letters.empty() || letters.size() > 3) return std::nullopt;
    std::size_t n = 0;
    for (char c : letters) {
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
        if (c < 'A' || c > 'Z') return std::nullopt;
        n = n * 26 + std::size_t(c - 'A' + 1);
    }
    return n - 1;
}

using ColumnFields = std::vector<std::pair<std::size_t, SheetField>>;

// --map A=text,C=priority; read before any file, so a typo costs no reading.
ColumnFields map_option(const Args& args) {
    ColumnFields fields;
    std::istringstream pairs(args.value("map", ""));
    std::string pair;
    while (std::getline(pairs, pair, ',')) {
        const auto equals = pair.find('=');
        const std::optional<std::size_t> column = column_index(pair.substr(0, equals));
        const std::optional<SheetField> field = equals == std::string::npos ? std::nullopt : sheet_field_from_name(pair.substr(equals + 1));
        if (!column || !field)
            throw UsageError("--map takes COLUMN=FIELD pairs such as A=text,C=priority (fields: text, category, priority, weight, "
                             "owner, due, notes, claim, ignore); not '" +
                                     pair + "'",
                             args.command);
        fields.emplace_back(*column, *field);
    }
    return fields;
}

Deal& deal_to_fill(Workspace& ws, const Args& args, const std::string& file) {
    if (args.has("deal")) return deal_with_id(ws, args.value("deal"), file);
    if (ws.deals.size() == 1) return ws.deals[0];
    std::string ids;
    for (const Deal& deal : ws.deals) ids += (ids.empty() ? "" : ", ") + deal.id;
    throw UsageError(ws.deals.empty() ? file + " has no deal to add requirements to"
                                      : file + " has several deals: choose one with --deal ID (" + ids + ")",
                     args.command);
}

std::string mapping_words(const SheetMapping& mapping) {
    std::string out;
    for (std::size_t c = 0; c < mapping.columns.size(); ++c)
        if (mapping.columns[c] != SheetField::Ignore)
            out += (out.empty() ? "" : ", ") + cell_reference(0, c).substr(0, cell_reference(0, c).size() - 1) + " " +
                   sheet_field_name(mapping.columns[c]);
    return out;
}

int run_import(const Args& args) {
    require_operands(args, 1, 1, "SHEET to import (.csv, .tsv or .xlsx)");
    if (!args.has("into")) throw UsageError("missing --into FILE (the workspace to add the requirements to)", args.command);
    const std::string& sheet_path = args.operands[0];
    const std::string into = args.value("into");
    const std::string output = args.value("output", into);
    if (into.empty() || output.empty()) throw UsageError("--into FILE and -o OUT must not be empty", args.command);
    if (into == "-" && sheet_path == "-") throw UsageError("SHEET and --into FILE cannot both be standard input", args.command);
    const ColumnFields mapped = map_option(args);
    const std::string sheet_name = display_name(sheet_path);
    const SheetTextResult read = read_sheet_file(read_input(sheet_path));
    if (read.error) throw InputError(terminal_text(sheet_name + ": " + read.error->what));
    SheetMapping mapping = guess_mapping(*read.grid);
    for (const auto& [column, field] : mapped) {
        if (mapping.columns.size() <= column) mapping.columns.resize(column + 1, SheetField::Ignore);
        mapping.columns[column] = field;
    }

    Workspace ws = load_workspace(into);
    Deal& deal = deal_to_fill(ws, args, display_name(into));
    const auto is_vendor = [&args](const Organisation& o) { return o.id == args.value("vendor"); };
    if (args.has("vendor") && std::none_of(deal.vendors.begin(), deal.vendors.end(), is_vendor))
        throw InputError(display_name(into) + ": deal '" + deal.id + "' has no vendor '" + args.value("vendor") + "'");
    SheetImport imported = requirements_from_sheet(*read.grid, mapping, deal, args.value("vendor", ""));
    if (!imported.problems.empty()) {
        std::string lines;
        for (const SheetProblem& p : imported.problems) lines += (lines.empty() ? "" : "\n") + sheet_name + ": " + Words().say(p.says);
        throw InputError(terminal_text(lines + "\n" + display_name(into) + " is unchanged"));
    }
    const std::size_t added = imported.requirements.size();
    for (Requirement& r : imported.requirements) deal.requirements.push_back(std::move(r));
    const std::string bytes = export_workspace(ws);

    std::ostringstream summary;
    summary << "added " << added << (added == 1 ? " requirement" : " requirements") << " from " << sheet_name << " to deal '" << deal.id
            << "' (columns: " << mapping_words(mapping) << ")\n";
    if (output == "-") {
        std::cout << bytes;
        std::cerr << terminal_text(summary.str());
    } else {
        write_file_atomically(output, bytes);
        std::cout << terminal_text(summary.str());
    }
    return exit_ok;
}

} // namespace

const Command& import_command() {
    static const Command command{
            "import",
            "add the requirements of a sheet (XLSX, CSV, TSV) to a deal",
            "Usage: setright import SHEET --into FILE [--deal ID] [--vendor ID]\n"
            "                       [--map COLUMN=FIELD,...] [-o OUT]\n"
            "\n"
            "Adds every row of SHEET ('-' for standard input) as a requirement of a\n"
            "deal in the workspace FILE, and writes the workspace back to FILE (or to\n"
            "OUT), whole or not at all. SHEET is an XLSX workbook (its first visible\n"
            "sheet, cells as shown: dates as dates, a formula's value) or a sheet saved\n"
            "as text: comma, semicolon or tab separated (whichever its first row holds\n"
            "most of), UTF-8, with or without a byte order mark (\"CSV UTF-8\").\n"
            "\n"
            "A header row names the columns (the first of rows 1-10 that does; a title\n"
            "above it is passed over), in English, Korean, Norwegian or Russian:\n"
            "  text       Requirement, 요구 사항, Krav, Требование\n"
            "  category   Category, 분류, Kategori, Категория\n"
            "  priority   Priority, 우선순위, Prioritet, Приоритет\n"
            "             (cells: Must / Should / Nice to have, 필수 / 권장 / 선택,\n"
            "             Må / Bør / Fint å ha, Обязательно / Желательно / ...)\n"
            "  weight     Weight, 가중치, Vekt, Вес (a number; 1,5 is read as 1.5)\n"
            "  owner      Owner, 담당자, Ansvarlig, Ответственный\n"
            "  due        Due date, 기한, Frist, Срок (2026-12-17, 17.12.2026 or\n"
            "             2026. 12. 17.)\n"
            "  claim      Vendor answer, 공급업체 응답, Svar, Ответ поставщика\n"
            "             (Yes / No / Partly; a yes is a claim: evidence verifies it)\n"
            "Other columns are left out. Without such a header, column A is the text.\n"
            "\n"
            "If any cell cannot be read, each one is listed by its reference (C7)\n"
            "and nothing is written.\n"
            "\n"
            "Options:\n"
            "  --into FILE       the workspace to add to (required)\n"
            "  --deal ID         the deal to add to (needed when FILE has several)\n"
            "  --vendor ID       whose answers the claim column holds (default: the\n"
            "                    deal's primary vendor, or its only one)\n"
            "  --map PAIRS       columns set by hand, e.g. A=text,C=priority,D=ignore\n"
            "  -o, --output OUT  write the workspace to OUT instead of FILE ('-':\n"
            "                    standard output)\n"
            "  -h, --help        show this help\n"
            "\n"
            "Exit code: 0 added, 1 SHEET or FILE cannot be read (every problem\n"
            "listed, nothing written), 2 usage error.\n",
            {{"into", 0, true, "FILE"},
             {"deal", 0, true, "ID"},
             {"vendor", 0, true, "ID"},
             {"map", 0, true, "PAIRS"},
             {"output", 'o', true, "OUT"}},
            run_import,
    };
    return command;
}

} // namespace setright
