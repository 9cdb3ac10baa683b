// report_markdown.cpp — see report_markdown.hpp.
#include "report_markdown.hpp"

#include "verdict_words.hpp"

#include "claim_ladder.hpp"
#include "coverage.hpp"
#include "deal_lookup.hpp"
#include "enum_names.hpp"
#include "readiness.hpp"
#include "red_flags.hpp"

namespace setright {

namespace {

// An id in a code span, unless a backtick would end the span early.
std::string md_id(const std::string& id) {
    if (id.empty()) return "";
    if (id.find('`') != std::string::npos || id.find('\n') != std::string::npos) return markdown_text(id);
    return "`" + id + "`";
}

// The status a claim shows in the table; a "verified" that no evidence
// answers says so, since it does not count as verified.
std::string claim_cell(const Requirement& r, const std::string& vendor) {
    const Claim* claim = find_claim(r, vendor);
    if (!claim) return "unknown";
    ClaimStatus effective = effective_status(*claim);
    std::string cell = to_string(claim->status);
    if (effective != claim->status) cell += std::string(" (counts as ") + to_string(effective) + ")";
    return cell;
}

void requirements_table(std::string& out, const Deal& deal) {
    out += "### Requirements\n\n";
    if (deal.requirements.empty()) {
        out += "None.\n\n";
        return;
    }
    out += "| Id | Requirement | Priority | Weight |";
    for (const Organisation& v : deal.vendors) out += " " + markdown_text(v.name.empty() ? v.id : v.name) + " |";
    out += "\n| --- | --- | --- | ---: |";
    for (std::size_t i = 0; i < deal.vendors.size(); ++i) out += " --- |";
    out += "\n";
    for (const Requirement& r : deal.requirements) {
        out += "| " + md_id(r.id) + " | " + markdown_text(r.text) + " | " + to_string(r.priority) + " | " +
               plain_number(r.weight) + " |";
        for (const Organisation& v : deal.vendors) out += " " + claim_cell(r, v.id) + " |";
        out += "\n";
    }
    out += "\n";
}

void coverage_table(std::string& out, const Deal& deal) {
    std::vector<VendorCoverage> rows = compare_vendors(deal);
    if (rows.empty()) return;
    out += "### Coverage\n\n| Vendor | Coverage | Must-haves covered | Must-haves verified |\n"
           "| --- | ---: | ---: | ---: |\n";
    for (const VendorCoverage& c : rows)
        out += "| " + markdown_text(c.name.empty() ? c.vendor : c.name) + " | " + percent(c.coverage) + " | " +
               (c.must_total > 0 ? percent(c.must_coverage) : std::string("–")) + " | " +
               std::to_string(c.must_verified) + " of " + std::to_string(c.must_total) + " |\n";
    out += "\n";
}

void open_questions(std::string& out, const Deal& deal, const Moment& at) {
    out += "### Open questions\n\n";
    bool any = false;
    for (const Question& q : deal.questions) {
        if (!awaiting_answer(q, at)) continue;
        if (!any) out += "| Question | Vendor | Owner | Promised by | Status |\n| --- | --- | --- | --- | --- |\n";
        any = true;
        std::string owner = !q.promised_by_whom.empty() ? q.promised_by_whom : q.asked_to;
        std::string promised = q.promised_by ? format_moment(*q.promised_by) : "–";
        if (answer_overdue(q, at)) promised += " **(overdue)**";
        out += "| " + markdown_text(q.text) + " | " + markdown_text(q.vendor.empty() ? "" : vendor_name(deal, q.vendor)) +
               " | " + markdown_text(owner.empty() ? "" : person_name(deal, owner)) + " | " + promised + " | " +
               to_string(q.status) + " |\n";
    }
    out += any ? "\n" : "None.\n\n";
}

void red_flag_list(std::string& out, const Deal& deal, const Moment& at) {
    out += "### Red flags\n\n";
    std::vector<RedFlag> flags = find_red_flags(deal, at);
    for (const RedFlag& f : flags)
        out += std::string("- **") + to_string(f.severity) + "** " + md_id(f.code) + ": " + markdown_text(f.explanation) + "\n";
    out += flags.empty() ? "None.\n\n" : "\n";
}

void deal_section(std::string& out, const Deal& deal, const Moment& at) {
    out += "## " + markdown_text(deal.title.empty() ? deal.id : deal.title) + "\n\n";
    out += "Deal " + md_id(deal.id) + " · stage " + to_string(deal.stage) + " · seen by the " +
           to_string(deal.perspective) + "\n\n";

    ReadinessVerdict verdict = assess_readiness(deal, at);
    out += "**" + markdown_text(verdict_line(deal, verdict)) + "**\n\n";
    for (const Blocker& b : verdict.blockers) out += "- " + markdown_text(b.explanation) + "\n";
    if (!verdict.blockers.empty()) out += "\n";

    requirements_table(out, deal);
    coverage_table(out, deal);
    open_questions(out, deal, at);
    red_flag_list(out, deal, at);
}

} // namespace

std::string markdown_text(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        switch (c) {
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == '\n') break; // CRLF: one space, from the LF
            out += ' ';
            break;
        case '\n': out += ' '; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '#':
            out += '\\';
            out += c;
            break;
        default: out += c;
        }
    }
    return out;
}

std::string markdown_report(const std::string& file, const Workspace& ws, const Moment& at) {
    std::string out = "# Setright report: " + markdown_text(file) + "\n\n";
    out += "Judged at " + format_moment(at) + ". " + std::to_string(ws.deals.size()) +
           (ws.deals.size() == 1 ? " deal.\n\n" : " deals.\n\n");
    for (const Deal& deal : ws.deals) deal_section(out, deal, at);
    return out;
}

} // namespace setright
