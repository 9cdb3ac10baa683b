// cmd_study.cpp — `setright study FILE [--json]`: the figures of each
// lead-response (mystery-shopper) study in the file.
//
// Only deals that hold a study are listed; a file with none says so and
// exits 0 (it is a valid file, just not a study).
#include "cli_errors.hpp"
#include "command.hpp"
#include "core/words/verdict_words.hpp"
#include "load_workspace.hpp"
#include "read_file.hpp"

#include "core/reports/safe_text.hpp"
#include "core/studies/study_stats.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <sstream>

namespace setright {

namespace {

using OrderedJson = nlohmann::ordered_json;

const char* const material_names[] = {"proposal", "presentation", "contract_template", "portfolio", "estimate"};

std::string hours(const std::optional<double>& h) {
    if (!h) return "n/a";
    char text[32];
    std::snprintf(text, sizeof text, "%.1f h", *h);
    return text;
}

std::string amount(const std::optional<double>& value) {
    if (!value) return "n/a";
    char text[48];
    std::snprintf(text, sizeof text, "%.0f", *value);
    return text;
}

// The deal's id, title and currency come from the file: printed through
// terminal_text(), like every line the CLI writes for a person.
void print_text(const Deal& deal, const StudyStats& s) {
    std::ostringstream out;
    out << "\nDeal " << deal.id << (deal.title.empty() ? "" : ": " + deal.title) << "\n";
    out << "  Requests: " << s.requests << "\n";
    out << "  First replies: email " << percent(s.share_email) << ", phone " << percent(s.share_phone) << ", other "
        << percent(s.share_other) << ", never answered " << percent(s.share_never) << "\n";
    out << "  Time to first reply: median " << hours(s.response_hours_median) << ", mean " << hours(s.response_hours_mean) << "\n";
    out << "  Quoted prices (" << s.prices << "): median " << amount(s.price_median) << ", mean " << amount(s.price_mean)
        << (s.prices > 0 ? " " + deal.currency : std::string()) << "\n";
    out << "  Followed up unprompted: " << percent(s.share_followed_up) << "\n";
    out << "  Materials received:";
    for (std::size_t i = 0; i < s.materials_counts.size(); ++i)
        out << (i == 0 ? " " : ", ") << material_names[i] << " " << s.materials_counts[i];
    out << "\n";
    std::cout << terminal_text(out.str());
}

OrderedJson optional_number(const std::optional<double>& value) { return value ? OrderedJson(*value) : OrderedJson(nullptr); }

OrderedJson study_json(const Deal& deal, const StudyStats& s) {
    OrderedJson materials = OrderedJson::object();
    for (std::size_t i = 0; i < s.materials_counts.size(); ++i) materials[material_names[i]] = s.materials_counts[i];
    OrderedJson by_hour = OrderedJson::array();
    for (const auto& day : s.replies_by_weekday_hour) by_hour.push_back(day);
    return {{"id", deal.id},
            {"title", deal.title},
            {"requests", s.requests},
            {"share_email", s.share_email},
            {"share_phone", s.share_phone},
            {"share_other", s.share_other},
            {"share_never", s.share_never},
            {"response_hours_median", optional_number(s.response_hours_median)},
            {"response_hours_mean", optional_number(s.response_hours_mean)},
            {"prices", s.prices},
            {"price_median", optional_number(s.price_median)},
            {"price_mean", optional_number(s.price_mean)},
            {"currency", deal.currency},
            {"share_followed_up", s.share_followed_up},
            {"materials", std::move(materials)},
            {"replies_by_weekday_hour", std::move(by_hour)}};
}

int run_study(const Args& args) {
    require_operands(args, 1, 1, "FILE with a study");
    const std::string& path = args.operands[0];
    const std::string name = display_name(path);
    Workspace ws = load_workspace(path);

    OrderedJson deals = OrderedJson::array();
    int studies = 0;
    for (const Deal& deal : ws.deals) {
        if (!deal.study) continue;
        ++studies;
        StudyStats stats = compute_study_stats(*deal.study);
        if (args.has("json"))
            deals.push_back(study_json(deal, stats));
        else {
            if (studies == 1) std::cout << terminal_text(name) << "\n";
            print_text(deal, stats);
        }
    }
    if (args.has("json")) {
        OrderedJson doc = {{"file", name}, {"deals", std::move(deals)}};
        std::cout << doc.dump(2, ' ', false, OrderedJson::error_handler_t::replace) << "\n";
    } else if (studies == 0) {
        std::cout << terminal_text(name + ": no deal has a study\n");
    }
    return exit_ok;
}

} // namespace

const Command& study_command() {
    static const Command command{
            "study",
            "statistics of lead-response studies (who answered, how fast, at what price)",
            "Usage: setright study FILE [--json]\n"
            "\n"
            "For every deal in FILE ('-' for standard input) that holds a study: the\n"
            "number of requests, how first replies came (email, phone, other, never),\n"
            "the median and mean time to the first reply, the quoted prices, how many\n"
            "vendors followed up unprompted and which materials arrived.\n"
            "\n"
            "Options:\n"
            "  --json      print one JSON document: {file, deals: [{id, title, requests,\n"
            "              share_email, share_phone, share_other, share_never,\n"
            "              response_hours_median, response_hours_mean, prices,\n"
            "              price_median, price_mean, currency, share_followed_up,\n"
            "              materials, replies_by_weekday_hour}]}; missing figures are null\n"
            "  -h, --help  show this help\n",
            {{"json", 0, false, ""}},
            run_study,
    };
    return command;
}

} // namespace setright
