// case_json.cpp — see case_json.hpp. The fields of the case key and of an
// answer file are read and written by their field lists (model.hpp,
// case_answers.hpp); this file adds the answer file's envelope and the checks
// that span a whole case or sheet.
#include "core/format/case_json.hpp"

#include "core/format/json_object_writer.hpp"
#include "core/format/json_parse.hpp"
#include "core/judging/red_flags.hpp"

#include <algorithm>
#include <exception>

namespace setright {

using namespace json_detail;

namespace {

bool is_red_flag_code(const std::string& code) {
    const auto& codes = red_flag_codes();
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

bool is_case_flag(const CaseKey& key, const std::string& code) {
    if (is_red_flag_code(code)) return true;
    return std::any_of(key.signs.begin(), key.signs.end(), [&](const CaseSign& s) { return s.code == code; });
}

void check_case_key(ProblemList& p, const Path& at, const CaseKey& key) {
    const Path signs = at.member("signs");
    for (size_t i = 0; i < key.signs.size(); ++i)
        if (is_red_flag_code(key.signs[i].code))
            p.add(signs.item(i).member("code").str(), "flag_code_taken", {in_quotes(key.signs[i].code)});
    check_unique(p, signs, key.signs, "code", [](const CaseSign& s) -> const std::string& { return s.code; });

    const Path steps = at.member("steps");
    check_unique(p, steps, key.steps, "id", [](const CaseStep& s) -> const std::string& { return s.id; });
    for (size_t i = 0; i < key.steps.size(); ++i) {
        const CaseStep& step = key.steps[i];
        const Path step_at = steps.item(i);
        // A date that did not read stays Moment{} and is reported already.
        const bool both_read = i > 0 && step.at != Moment{} && key.steps[i - 1].at != Moment{};
        if (both_read && step.at < key.steps[i - 1].at)
            p.add(step_at.member("at").str(), "step_out_of_order", {format_moment(key.steps[i - 1].at)});
        for (size_t f = 0; f < step.expected_flags.size(); ++f)
            if (!is_case_flag(key, step.expected_flags[f]))
                p.add(step_at.member("expected_flags").item(f).str(), "unknown_flag", {in_quotes(step.expected_flags[f])});
    }
}

// --- Answer files -------------------------------------------------------------

void read_sheet(const FlatJson::Value& doc, AnswerSheet& out, ProblemList& p) {
    if (!doc.is_object()) return p.add("", "not_answers");
    const Path root;
    FieldReader r(p, doc, root);
    const auto format = r.find("format");
    if (!format || !format->is_string() || format->string() != "setright-answers") return p.add("", "not_answers");
    if (!read_version(r, answers_format_version)) return;

    fields(out, r);
    out.extra = r.extra();
}

} // namespace

// Sign codes are not red-flag codes and are unique; steps are unique, in time
// order, and expect only flags the case offers.
void json_detail::after_read(ProblemList& p, const Path& at, const CaseKey& key) { check_case_key(p, at, key); }

const StepAnswer* answer_at(const AnswerSheet& sheet, const std::string& step) {
    for (const StepAnswer& a : sheet.answers)
        if (a.step == step) return &a;
    return nullptr;
}

StepAnswer& answer_at(AnswerSheet& sheet, const std::string& step) {
    for (StepAnswer& a : sheet.answers)
        if (a.step == step) return a;
    sheet.answers.push_back(StepAnswer{step, {}, {}, {}, Json::object()});
    return sheet.answers.back();
}

AnswersImport import_answer_sheet(std::string_view text) {
    AnswersImport result;
    try {
        ProblemList problems;
        const std::optional<FlatJson> doc = parse_json_text(text, problems);
        AnswerSheet sheet;
        if (doc) read_sheet(doc->root(), sheet, problems);
        if (problems.empty()) {
            result.sheet = std::move(sheet);
            return result;
        }
        result.problems = std::move(problems.items);
        if (problems.dropped > 0) result.problems.push_back(make_problem("", "more_problems", {std::to_string(problems.dropped)}));
    } catch (const std::bad_alloc&) {
        result.problems = {make_problem("", "out_of_memory")};
    } catch (const std::exception& e) {
        result.problems = {make_problem("", "read_failed", {printable_utf8(e.what())})};
    }
    return result;
}

void read_answer_sheet(const FlatJson::Value& doc, AnswerSheet& out, ProblemList& problems) { read_sheet(doc, out, problems); }

std::string export_answer_sheet(const AnswerSheet& sheet) {
    return answer_sheet_json(sheet).dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

OrderedJson answer_sheet_json(const AnswerSheet& sheet) {
    ObjectWriter w;
    w.always("format", "setright-answers");
    w.always("version", answers_format_version);
    fields(sheet, w);
    return w.finish(sheet.extra);
}

std::vector<ImportProblem> answer_sheet_problems(const Deal& case_deal, const AnswerSheet& sheet) {
    ProblemList p;
    if (sheet.deal != case_deal.id) {
        p.add("/deal", "answers_for_other_case", {in_quotes(sheet.deal), in_quotes(case_deal.id)});
        return std::move(p.items);
    }
    const CaseKey empty;
    const CaseKey& key = case_deal.case_key ? *case_deal.case_key : empty;
    const Path root;
    const Path answers = root.member("answers");
    for (size_t i = 0; i < sheet.answers.size(); ++i) {
        const StepAnswer& a = sheet.answers[i];
        const Path at = answers.item(i);
        if (std::none_of(key.steps.begin(), key.steps.end(), [&](const CaseStep& s) { return s.id == a.step; }))
            p.add(at.member("step").str(), "no_such_step", {in_quotes(a.step)});
        for (size_t f = 0; f < a.flags.size(); ++f)
            if (!is_case_flag(key, a.flags[f])) p.add(at.member("flags").item(f).str(), "unknown_flag", {in_quotes(a.flags[f])});
    }
    std::vector<ImportProblem> out = std::move(p.items);
    if (p.dropped > 0) out.push_back(make_problem("", "more_problems", {std::to_string(p.dropped)}));
    return out;
}

} // namespace setright
