// case_json.hpp — workshop cases in JSON: the answer key inside a deal
// ("case", read and written with the deal) and a participant's answer file
// ({"format": "setright-answers", "version": 1, ...}). docs/workshops.md is
// the reference of both.
#pragma once

#include "core/format/json_field_reader.hpp"
#include "core/format/json_format.hpp"
#include "core/format/json_write.hpp"
#include "core/model/model.hpp"
#include "core/workshop/case_answers.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace setright {

constexpr int answers_format_version = 1;

struct AnswersImport {
    std::optional<AnswerSheet> sheet; // set only when there are no problems
    std::vector<ImportProblem> problems;
};

// Reads an answer file; like import_workspace it never throws and never
// returns half a sheet. Whether it fits a case: answer_sheet_problems().
AnswersImport import_answer_sheet(std::string_view text);
// 2-space indent and a trailing newline.
std::string export_answer_sheet(const AnswerSheet& sheet);
// The same as JSON values, for files that hold many sheets (the app's saved workshop).
OrderedJson answer_sheet_json(const AnswerSheet& sheet);
void read_answer_sheet(const FlatJson::Value& doc, AnswerSheet& out, ProblemList& problems);

// What is wrong with `sheet` as answers to the case in `case_deal`: another
// deal's case, steps the case does not have, flags it does not offer.
std::vector<ImportProblem> answer_sheet_problems(const Deal& case_deal, const AnswerSheet& sheet);

} // namespace setright
