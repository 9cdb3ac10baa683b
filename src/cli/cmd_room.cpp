// cmd_room.cpp — `setright room CASE_FILE ANSWERS... [--deal ID] [--csv | --json]`:
// a workshop room's answers to one case, added up for the debrief.
//
// The case is the deal the answer files name (or --deal). Every answer file
// is checked against it first; one that does not fit stops the command with
// each problem's file and JSON path, so the totals never silently leave
// someone out.
#include "cli_errors.hpp"
#include "command.hpp"
#include "load_workspace.hpp"
#include "read_file.hpp"

#include "core/format/case_json.hpp"
#include "core/model/enum_names.hpp"
#include "core/words/words.hpp"
#include "core/workshop/case_room.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace setright {

namespace {

using OrderedJson = nlohmann::ordered_json;

AnswerSheet load_sheet(const std::string& path) {
    const std::string name = display_name(path);
    AnswersImport result = import_answer_sheet(read_input(path));
    if (result.sheet) return std::move(*result.sheet);
    std::string message;
    for (const ImportProblem& problem : result.problems) message += (message.empty() ? "" : "\n") + format_problem(name, problem);
    throw InputError(message);
}

const Deal& find_case(const Workspace& ws, const std::string& id, const std::string& file) {
    const Deal& deal = deal_with_id(ws, id, file);
    if (!deal.case_key) throw InputError(file + ": deal '" + id + "' is not a case (it has no \"case\" block)");
    return deal;
}

OrderedJson room_json(const Deal& deal, const Room& room) {
    const CaseKey& key = *deal.case_key;
    OrderedJson steps = OrderedJson::array();
    for (size_t i = 0; i < key.steps.size(); ++i) {
        OrderedJson marked = OrderedJson::object();
        for (size_t c = 0; c < room.codes.size(); ++c) marked[room.codes[c]] = room.steps[i].marked[c];
        OrderedJson decisions = OrderedJson::object();
        for (size_t d = 0; d < kCaseDecisions; ++d) decisions[enum_name(CaseDecision(d))] = room.steps[i].decisions[d];
        decisions["none"] = room.steps[i].undecided;
        steps.push_back({{"id", key.steps[i].id}, {"marked", std::move(marked)}, {"decisions", std::move(decisions)}});
    }
    OrderedJson missed_by = OrderedJson::object();
    for (size_t c : room.most_missed) missed_by[room.codes[c]] = room.missed_by[c];
    OrderedJson scores = OrderedJson::array();
    for (const AnswerScore& p : room.participants)
        scores.push_back({{"participant", p.participant},
                          {"spotted", p.spotted.size()},
                          {"missed", p.missed.size()},
                          {"false_alarms", p.false_alarms.size()},
                          {"decisions_matched", p.decisions_matched},
                          {"decisions_expected", p.decisions_expected},
                          {"final_decision", p.final_decision ? OrderedJson(enum_name(*p.final_decision)) : OrderedJson(nullptr)}});
    return {{"deal", deal.id},
            {"participants", room.participants.size()},
            {"spotted", room.spotted},
            {"missed", room.missed},
            {"false_alarms", room.false_alarms},
            {"decisions_matched", room.decisions_matched},
            {"decisions_expected", room.decisions_expected},
            {"steps", std::move(steps)},
            {"missed_by", std::move(missed_by)},
            {"scores", std::move(scores)}};
}

int run_room(const Args& args) {
    require_operands(args, 2, size_t(-1), "CASE_FILE and at least one ANSWERS file");
    if (args.has("csv") && args.has("json")) throw UsageError("choose one of --csv and --json", "room");
    const std::string case_file = display_name(args.operands[0]);
    const Workspace ws = load_workspace(args.operands[0]);

    std::vector<AnswerSheet> sheets;
    std::vector<std::string> names;
    for (size_t i = 1; i < args.operands.size(); ++i) {
        sheets.push_back(load_sheet(args.operands[i]));
        names.push_back(display_name(args.operands[i]));
    }
    const std::string deal_id = args.has("deal") ? args.value("deal") : sheets.front().deal;
    const Deal& deal = find_case(ws, deal_id, case_file);

    std::string message;
    for (size_t i = 0; i < sheets.size(); ++i)
        for (const ImportProblem& p : answer_sheet_problems(deal, sheets[i]))
            message += (message.empty() ? "" : "\n") + format_problem(names[i], p);
    if (!message.empty()) throw InputError(message);

    const Room room = summarise_room(*deal.case_key, sheets);
    if (args.has("json"))
        std::cout << room_json(deal, room).dump(2, ' ', false, OrderedJson::error_handler_t::replace) << "\n";
    else if (args.has("csv"))
        std::cout << room_csv(*deal.case_key, room);
    else
        std::cout << room_markdown(deal, room, Words{});
    return exit_ok;
}

} // namespace

const Command& room_command() {
    static const Command command{
            "room",
            "add up a workshop room's answers to a case (heatmap, decisions, most missed)",
            "Usage: setright room CASE_FILE ANSWERS... [--deal ID] [--csv | --json]\n"
            "\n"
            "CASE_FILE is a Setright file holding the case (a deal with a \"case\" block);\n"
            "each ANSWERS file is one participant's setright-answers file. The case is\n"
            "the deal the answer files name, or --deal. Prints the debrief as Markdown:\n"
            "per step how many marked each flag and how the decisions spread, the\n"
            "most-missed flags and each participant's score (docs/workshops.md).\n"
            "An answer file that does not fit the case stops the command with its\n"
            "problems (file and JSON path).\n"
            "\n"
            "Options:\n"
            "  --deal ID   the deal that is the case (default: the one the answers name)\n"
            "  --csv       one fact per row: what,step,item,count,out_of\n"
            "  --json      one JSON document: {deal, participants, spotted, missed,\n"
            "              false_alarms, decisions_matched, decisions_expected,\n"
            "              steps: [{id, marked, decisions}], missed_by, scores}\n"
            "  -h, --help  show this help\n",
            {{"deal", 0, true, "ID"}, {"csv", 0, false, ""}, {"json", 0, false, ""}},
            run_room,
    };
    return command;
}

} // namespace setright
