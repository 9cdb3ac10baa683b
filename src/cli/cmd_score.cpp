// cmd_score.cpp — `setright score FILE [--at DATE] [--json]`.
//
// For every deal: the readiness verdict with each blocker, weighted coverage
// per vendor and the red flags, all judged at --at (default today, UTC).
// --json gives the same as one JSON document whose field order never changes,
// for scripts and CI checks ("fail the build if the deal is not ready").
#include "at_option.hpp"
#include "cli_errors.hpp"
#include "command.hpp"
#include "core/words/verdict_words.hpp"
#include "load_workspace.hpp"
#include "read_file.hpp"

#include "core/judging/coverage.hpp"
#include "core/judging/readiness.hpp"
#include "core/judging/red_flags.hpp"
#include "core/model/enum_names.hpp"
#include "core/reports/safe_text.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <sstream>

namespace setright {

namespace {

const Words english; // what the CLI says: English

using OrderedJson = nlohmann::ordered_json;

struct DealScore {
    const Deal* deal = nullptr;
    ReadinessVerdict verdict;
    std::vector<VendorCoverage> coverage;
    std::vector<RedFlag> flags;
};

DealScore score_deal(const Deal& deal, const Moment& at) {
    return DealScore{&deal, assess_readiness(deal, at), compare_vendors(deal), find_red_flags(deal, at)};
}

// Titles, names and explanations come from the file: the whole text goes
// through terminal_text(), so no escape sequence in them reaches the terminal.
void print_text(const std::string& file, const Moment& at, const std::vector<DealScore>& scores) {
    std::ostringstream out;
    out << file << " at " << format_moment(at) << ": " << scores.size() << (scores.size() == 1 ? " deal\n" : " deals\n");
    for (const DealScore& s : scores) {
        const Deal& deal = *s.deal;
        out << "\nDeal " << deal.id << (deal.title.empty() ? "" : ": " + deal.title) << "\n";
        out << "  " << verdict_words(deal, s.verdict, english) << "\n";
        for (const Blocker& b : s.verdict.blockers) out << "    - " << blocker_kind_name(b.kind) << ": " << english.say(b.says) << "\n";

        out << "  Coverage:" << (s.coverage.empty() ? " no vendors\n" : "\n");
        for (const VendorCoverage& c : s.coverage) {
            out << "    " << (c.name.empty() ? c.vendor : c.name) << ": " << percent(c.coverage);
            if (c.must_total > 0)
                out << " (must-haves " << percent(c.must_coverage) << ", " << c.must_verified << " of " << c.must_total << " verified)";
            out << "\n";
        }

        out << "  Red flags:" << (s.flags.empty() ? " none\n" : "\n");
        for (const RedFlag& f : s.flags) out << "    [" << to_string(f.severity) << "] " << f.code << ": " << english.say(f.says) << "\n";
    }
    std::cout << terminal_text(out.str());
}

OrderedJson deal_json(const DealScore& s) {
    const Deal& deal = *s.deal;
    OrderedJson blockers = OrderedJson::array();
    for (const Blocker& b : s.verdict.blockers)
        blockers.push_back({{"kind", blocker_kind_name(b.kind)},
                            {"requirement", b.requirement},
                            {"question", b.subject.kind == SubjectKind::Question ? b.subject.id : ""},
                            {"explanation", english.say(b.says)}});
    OrderedJson coverage = OrderedJson::array();
    for (const VendorCoverage& c : s.coverage)
        coverage.push_back({{"vendor", c.vendor},
                            {"name", c.name},
                            {"coverage", c.coverage},
                            {"must_coverage", c.must_coverage},
                            {"must_total", c.must_total},
                            {"must_verified", c.must_verified}});
    OrderedJson flags = OrderedJson::array();
    for (const RedFlag& f : s.flags)
        flags.push_back({{"code", f.code},
                         {"severity", to_string(f.severity)},
                         {"subject", f.subject.id},
                         {"subject_kind", subject_kind_name(f.subject.kind)},
                         {"explanation", english.say(f.says)}});
    const char* missing = nothing_to_judge_name(s.verdict.missing);
    OrderedJson readiness = {{"ready", s.verdict.ready},
                             {"nothing_to_judge", *missing ? OrderedJson(missing) : OrderedJson(nullptr)},
                             {"vendor", s.verdict.vendor},
                             {"blockers", std::move(blockers)}};
    return {{"id", deal.id},
            {"title", deal.title},
            {"readiness", std::move(readiness)},
            {"coverage", std::move(coverage)},
            {"red_flags", std::move(flags)}};
}

void print_json(const std::string& file, const Moment& at, const std::vector<DealScore>& scores) {
    OrderedJson deals = OrderedJson::array();
    for (const DealScore& s : scores) deals.push_back(deal_json(s));
    OrderedJson doc = {{"file", file}, {"at", format_moment(at)}, {"deals", std::move(deals)}};
    // Imported text is valid UTF-8 already; replace is a guard, never a throw.
    std::cout << doc.dump(2, ' ', false, OrderedJson::error_handler_t::replace) << "\n";
}

int run_score(const Args& args) {
    require_operands(args, 1, 1, "FILE to score");
    const Moment at = at_option(args); // a bad date is a usage error before any file is read
    const std::string& path = args.operands[0];
    Workspace ws = load_workspace(path);
    std::vector<DealScore> scores;
    for (const Deal& deal : ws.deals) scores.push_back(score_deal(deal, at));
    if (args.has("json"))
        print_json(display_name(path), at, scores);
    else
        print_text(display_name(path), at, scores);
    return exit_ok;
}

} // namespace

const Command& score_command() {
    static const Command command{
            "score",
            "readiness verdict, coverage and red flags of every deal",
            "Usage: setright score FILE [--at DATE] [--json]\n"
            "\n"
            "For every deal in FILE ('-' for standard input):\n"
            "  - the readiness verdict: READY to sign only when every must-have is\n"
            "    verified (or its risk accepted) and no promised answer is overdue;\n"
            "    otherwise NOT READY, with each blocker;\n"
            "  - weighted coverage per vendor (and of the must-haves);\n"
            "  - red flags, with severity and explanation.\n"
            "\n"
            "Options:\n"
            "  --at DATE   judge as of DATE (YYYY-MM-DD or YYYY-MM-DDTHH:MMZ); a date\n"
            "              means the end of that day. Default: today (UTC)\n"
            "  --json      print one JSON document: {file, at, deals: [{id, title,\n"
            "              readiness: {ready, nothing_to_judge, vendor, blockers},\n"
            "              coverage, red_flags}]}; nothing_to_judge is null, or why\n"
            "              nothing was judged: no_vendor, no_vendor_chosen, no_must_have\n"
            "  -h, --help  show this help\n"
            "\n"
            "Exit code: 0 whatever the verdict; 1 if FILE is invalid; 2 on a usage error.\n",
            {{"at", 0, true, "DATE"}, {"json", 0, false, ""}},
            run_score,
    };
    return command;
}

} // namespace setright
