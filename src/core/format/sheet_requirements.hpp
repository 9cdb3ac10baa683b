// sheet_requirements.hpp — a requirements sheet (an RFP, a security
// questionnaire, the buying committee's list) as requirements of a deal.
//
// Which column holds what is guessed from the header row, in English,
// Korean, Norwegian and Russian ("Priority", "우선순위", "Prioritet",
// "Приоритет"), and can be set by hand (--map in the CLI). Cells are read
// the way people fill them in: priorities as words in the four languages
// ("Must", "필수", "Må", "Обязательно"), weights with a decimal comma, dates as
// 2026-12-17, 17.12.2026 or 2026. 12. 17., a vendor's answers ("Yes", "No",
// "Partly") as claims. A vendor's "yes" in a sheet is a claim, never more:
// evidence makes it verified. Every cell that cannot be read is reported
// with its reference (C7), and then nothing is to be applied.
#pragma once

#include "core/format/sheet_text.hpp"
#include "core/model/model.hpp"
#include "core/words/words.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace setright {

enum class SheetField { Ignore, Text, Category, Priority, Weight, Owner, Due, Notes, Claim };

// "ignore", "text", "category", "priority", "weight", "owner", "due", "notes", "claim".
const char* sheet_field_name(SheetField field);
std::optional<SheetField> sheet_field_from_name(std::string_view name);

struct SheetMapping {
    std::vector<SheetField> columns; // one per column; missing ones are ignored
    bool header = true;              // row header_row + 1 names the columns; it and the rows above are not requirements
    std::size_t header_row = 0;      // 0: row 1
};

// The header is the first of the sheet's first ten rows with a cell naming a
// field (a title or a date above it, as RFP sheets have, is passed over);
// each such column maps to that field (the first column naming it, if two
// do). Without a header, the first column is the text and the rest is ignored.
SheetMapping guess_mapping(const SheetGrid& grid);

struct SheetProblem {
    std::string cell; // "C7"; empty when about the whole sheet
    Sentence says;
};

struct SheetImport {
    std::vector<Requirement> requirements; // with ids not taken in the deal
    std::vector<SheetProblem> problems;    // any: apply nothing
};

// The sheet's rows as requirements for `into`; a Claim column's answers are
// `claim_vendor`'s (an Organisation id of the deal; empty: the deal's primary
// vendor, or its only one). Rows with no cell filled are skipped.
SheetImport requirements_from_sheet(const SheetGrid& grid, const SheetMapping& mapping, const Deal& into,
                                    const std::string& claim_vendor = {});

} // namespace setright
