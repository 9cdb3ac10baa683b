// print_page.cpp — see print_page.hpp.
#include "core/reports/print_page.hpp"

#include "core/reports/safe_text.hpp"
#include "core/words/verdict_words.hpp"
#include "core/words/words.hpp"

#include "core/judging/coverage.hpp"
#include "core/judging/readiness.hpp"
#include "core/judging/red_flags.hpp"
#include "core/model/deal_lookup.hpp"
#include "core/model/enum_names.hpp"

#include <algorithm>
#include <initializer_list>

namespace setright {

namespace {

// <tag class="...">escaped text</tag>
std::string element(const char* tag, const std::string& text, const char* css_class = nullptr) {
    std::string out = "<";
    out += tag;
    if (css_class) out += std::string(" class=\"") + css_class + "\"";
    return out + ">" + html_text(text) + "</" + tag + ">";
}

std::string heading(const Words& w, const char* key) { return element("h2", w.phrase(key)); }

std::string header_row(const Words& w, std::initializer_list<const char*> keys) {
    std::string out = "<thead><tr>";
    for (const char* key : keys) out += element("th", w.phrase(key));
    return out + "</tr></thead>";
}

std::string verdict_section(const Words& w, const Deal& deal, const Moment& at) {
    const ReadinessVerdict verdict = assess_readiness(deal, at);
    const char* state = verdict.ready ? "ready" : verdict.missing != NothingToJudge::None ? "unjudged" : "not-ready";
    std::string out = std::string("<section class=\"print-verdict print-verdict-") + state + "\">";
    out += element("p", verdict_words(deal, verdict, w), "print-verdict-words");
    if (!verdict.blockers.empty()) {
        out += "<ul class=\"print-blockers\">";
        for (const Blocker& b : verdict.blockers) out += element("li", w.say(b.says));
        out += "</ul>";
    }
    return out + "</section>";
}

std::string red_flags_section(const Words& w, const Deal& deal, const Moment& at) {
    std::string out = "<section>" + heading(w, "report.red_flags");
    const std::vector<RedFlag> flags = find_red_flags(deal, at);
    if (flags.empty()) return out + element("p", w.phrase("report.none")) + "</section>";
    out += "<ul class=\"print-flags\">";
    for (const RedFlag& f : flags)
        out += "<li>" + element("strong", w.enum_value("severity", to_string(f.severity))) + " " +
               html_text(flag_title(f.code, w) + ": " + w.say(f.says)) + "</li>";
    return out + "</ul></section>";
}

std::string coverage_section(const Words& w, const Deal& deal) {
    const std::vector<VendorCoverage> rows = compare_vendors(deal);
    if (rows.empty()) return {};
    std::string out = "<section>" + heading(w, "report.coverage") + "<table class=\"print-coverage\">" +
                      header_row(w, {"report.col_vendor", "report.col_coverage", "report.col_must_covered", "report.col_must_verified"}) +
                      "<tbody>";
    for (const VendorCoverage& c : rows) {
        out += "<tr>" + element("th", c.name.empty() ? c.vendor : c.name) + element("td", w.percent(c.coverage)) +
               element("td", c.must_total > 0 ? w.percent(c.must_coverage) : std::string("–")) +
               element("td", w.phrase("report.n_of_m", {std::to_string(c.must_verified), std::to_string(c.must_total)})) + "</tr>";
    }
    return out + "</tbody></table></section>";
}

std::string open_promises_section(const Words& w, const Deal& deal, const Moment& at) {
    std::string out = "<section>" + heading(w, "report.open_questions");
    std::vector<const Question*> open;
    for (const Question& q : deal.questions)
        if (awaiting_answer(q, at)) open.push_back(&q);
    if (open.empty()) return out + element("p", w.phrase("report.none")) + "</section>";
    // What is overdue is what the reader must chase first.
    std::stable_partition(open.begin(), open.end(), [&at](const Question* q) { return answer_overdue(*q, at); });
    out += "<table class=\"print-questions\">" +
           header_row(w, {"report.col_question", "report.col_vendor", "report.col_owner", "report.col_promised_by", "report.col_status"}) +
           "<tbody>";
    for (const Question* q : open) {
        const std::string& owner = !q->promised_by_whom.empty() ? q->promised_by_whom : q->asked_to;
        std::string promised = q->promised_by ? html_text(w.date(*q->promised_by)) : "–";
        if (answer_overdue(*q, at)) promised += " " + element("strong", w.phrase("report.overdue"));
        out += "<tr>" + element("td", q->text) + element("td", q->vendor.empty() ? "" : vendor_name(deal, q->vendor)) +
               element("td", owner.empty() ? "" : person_name(deal, owner)) + "<td>" + promised + "</td>" +
               element("td", w.enum_value("question_status", to_string(q->status))) + "</tr>";
    }
    return out + "</tbody></table></section>";
}

} // namespace

std::string print_page_html(const Deal& deal, const Moment& at, const Words& words) {
    std::string out = "<article class=\"print-deal\"><header>";
    out += element("h1", deal.title.empty() ? deal.id : deal.title);
    out += element("p",
                   words.phrase("report.judged_as_of", {Fact::on(at)}) + " " +
                           words.phrase("report.stage_line", {Fact::choice("stage", to_string(deal.stage)),
                                                              Fact::choice("perspective", to_string(deal.perspective))}),
                   "print-meta");
    out += "</header>";
    out += verdict_section(words, deal, at);
    out += red_flags_section(words, deal, at);
    out += coverage_section(words, deal);
    out += open_promises_section(words, deal, at);
    return out + "</article>";
}

} // namespace setright
