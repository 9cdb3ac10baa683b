// report_markdown.cpp — see report_markdown.hpp.
#include "core/reports/report_markdown.hpp"

#include "core/reports/safe_text.hpp"
#include "core/words/verdict_words.hpp"
#include "core/words/words.hpp"

#include "core/judging/claim_ladder.hpp"
#include "core/judging/coverage.hpp"
#include "core/judging/readiness.hpp"
#include "core/judging/red_flags.hpp"
#include "core/model/deal_lookup.hpp"
#include "core/model/enum_names.hpp"

namespace setright {

namespace {

// The status a claim shows in the table; a "verified" that no evidence
// answers says so, since it does not count as verified.
std::string claim_cell(const Words& w, const Requirement& r, const std::string& vendor) {
    const Claim* claim = find_claim(r, vendor);
    if (!claim) return w.enum_value("claim_status", to_string(ClaimStatus::Unknown));
    ClaimStatus effective = effective_status(*claim);
    std::string cell = w.enum_value("claim_status", to_string(claim->status));
    if (effective != claim->status) cell = w.phrase("report.counts_as", {cell, w.enum_value("claim_status", to_string(effective))});
    return cell;
}

// "### Heading" from a phrase, escaped like any text.
std::string heading(const Words& w, const char* key) { return "### " + markdown_text(w.phrase(key)) + "\n\n"; }
std::string none(const Words& w) { return markdown_text(w.phrase("report.none")) + "\n\n"; }
std::string cell(const Words& w, const char* key) { return " " + markdown_text(w.phrase(key)) + " |"; }

void requirements_table(std::string& out, const Words& w, const Deal& deal) {
    out += heading(w, "report.requirements");
    if (deal.requirements.empty()) {
        out += none(w);
        return;
    }
    out += "|" + cell(w, "report.col_requirement") + cell(w, "report.col_priority") + cell(w, "report.col_weight");
    for (const Organisation& v : deal.vendors) out += " " + markdown_text(v.name.empty() ? v.id : v.name) + " |";
    out += "\n| --- | --- | ---: |";
    for (std::size_t i = 0; i < deal.vendors.size(); ++i) out += " --- |";
    out += "\n";
    for (const Requirement& r : deal.requirements) {
        out += "| " + markdown_text(r.text.empty() ? r.id : r.text) + " | " +
               markdown_text(w.enum_value("priority", to_string(r.priority))) + " | " + plain_number(r.weight) + " |";
        for (const Organisation& v : deal.vendors) out += " " + markdown_text(claim_cell(w, r, v.id)) + " |";
        out += "\n";
    }
    out += "\n";
}

void coverage_table(std::string& out, const Words& w, const Deal& deal) {
    std::vector<VendorCoverage> rows = compare_vendors(deal);
    if (rows.empty()) return;
    out += heading(w, "report.coverage") + "|" + cell(w, "report.col_vendor") + cell(w, "report.col_coverage") +
           cell(w, "report.col_must_covered") + cell(w, "report.col_must_verified") + "\n| --- | ---: | ---: | ---: |\n";
    for (const VendorCoverage& c : rows)
        out += "| " + markdown_text(c.name.empty() ? c.vendor : c.name) + " | " + markdown_text(w.percent(c.coverage)) + " | " +
               (c.must_total > 0 ? markdown_text(w.percent(c.must_coverage)) : std::string("–")) + " | " +
               markdown_text(w.phrase("report.n_of_m", {std::to_string(c.must_verified), std::to_string(c.must_total)})) + " |\n";
    out += "\n";
}

void open_questions(std::string& out, const Words& w, const Deal& deal, const Moment& at) {
    out += heading(w, "report.open_questions");
    bool any = false;
    for (const Question& q : deal.questions) {
        if (!awaiting_answer(q, at)) continue;
        if (!any)
            out += "|" + cell(w, "report.col_question") + cell(w, "report.col_vendor") + cell(w, "report.col_owner") +
                   cell(w, "report.col_promised_by") + cell(w, "report.col_status") + "\n| --- | --- | --- | --- | --- |\n";
        any = true;
        std::string owner = !q.promised_by_whom.empty() ? q.promised_by_whom : q.asked_to;
        std::string promised = q.promised_by ? markdown_text(w.date(*q.promised_by)) : "–";
        if (answer_overdue(q, at)) promised += " **" + markdown_text(w.phrase("report.overdue")) + "**";
        out += "| " + markdown_text(q.text) + " | " + markdown_text(q.vendor.empty() ? "" : vendor_name(deal, q.vendor)) + " | " +
               markdown_text(owner.empty() ? "" : person_name(deal, owner)) + " | " + promised + " | " +
               markdown_text(w.enum_value("question_status", to_string(q.status))) + " |\n";
    }
    out += any ? "\n" : none(w);
}

void red_flag_list(std::string& out, const Words& w, const Deal& deal, const Moment& at) {
    out += heading(w, "report.red_flags");
    std::vector<RedFlag> flags = find_red_flags(deal, at);
    // By its headline, as the app shows it: the code is for machines.
    for (const RedFlag& f : flags)
        out += "- **" + markdown_text(w.enum_value("severity", to_string(f.severity))) + "** " + markdown_text(flag_title(f.code, w)) +
               ": " + markdown_text(w.say(f.says)) + "\n";
    out += flags.empty() ? none(w) : "\n";
}

void deal_section(std::string& out, const Words& w, const Deal& deal, const Moment& at) {
    out += "## " + markdown_text(deal.title.empty() ? deal.id : deal.title) + "\n\n";
    out += markdown_text(w.phrase("report.stage_line", {Fact::choice("stage", to_string(deal.stage)),
                                                        Fact::choice("perspective", to_string(deal.perspective))})) +
           "\n\n";

    ReadinessVerdict verdict = assess_readiness(deal, at);
    out += "**" + markdown_text(verdict_words(deal, verdict, w)) + "**\n\n";
    for (const Blocker& b : verdict.blockers) out += "- " + markdown_text(w.say(b.says)) + "\n";
    if (!verdict.blockers.empty()) out += "\n";

    requirements_table(out, w, deal);
    coverage_table(out, w, deal);
    open_questions(out, w, deal, at);
    red_flag_list(out, w, deal, at);
}

} // namespace

std::string markdown_text(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        switch (c) {
        case '\r':
            if (i + 1 >= text.size() || text[i + 1] != '\n') out += ' '; // CRLF: one space, from the LF
            ++i;
            continue;
        case '\n':
            out += ' ';
            ++i;
            continue;
        case '<':
            out += "&lt;";
            ++i;
            continue;
        case '>':
            out += "&gt;";
            ++i;
            continue;
        case '&':
            out += "&amp;";
            ++i;
            continue;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '#':
            out += '\\';
            out += c;
            ++i;
            continue;
        default: break;
        }
        // Anything else is shown as it is, but a control character (NUL, ESC
        // and so every escape sequence, BEL, DEL, C1) or a byte that is not
        // UTF-8, which would reach the reader's viewer or terminal raw.
        const Utf8Char ch = decode_utf8(text, i);
        if (!ch.valid || is_control_character(ch.c))
            out += kReplacementCharacter;
        else
            out.append(text, i, ch.length);
        i += ch.length;
    }
    return out;
}

std::string markdown_report(const Workspace& ws, const Moment& at, const Words& words) {
    // Titled with what it covers: the deal, or how many deals.
    const std::string covers = ws.deals.size() == 1
                                       ? words.phrase("report.title", {ws.deals[0].title.empty() ? ws.deals[0].id : ws.deals[0].title})
                                       : words.phrase("report.title_many", {Fact::count(int64_t(ws.deals.size()))});
    std::string out = "# " + markdown_text(covers) + "\n\n";
    out += markdown_text(words.phrase("report.judged_as_of", {Fact::on(at)})) + "\n\n";
    for (const Deal& deal : ws.deals) deal_section(out, words, deal, at);
    return out;
}

std::string markdown_report(const Workspace& ws, const Moment& at) { return markdown_report(ws, at, Words()); }

} // namespace setright
