// follow_up.cpp — see follow_up.hpp.
#include "core/reports/follow_up.hpp"

#include "core/reports/safe_text.hpp"
#include "core/words/words.hpp"

#include "core/judging/claim_ladder.hpp"
#include "core/judging/readiness.hpp"
#include "core/model/deal_lookup.hpp"

#include <algorithm>
#include <cstdio>

namespace setright {

namespace {

// Text from the file on one line of the message: a line break in a question
// would split its bullet, a control character has no place in a mail.
std::string one_line(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char u = decode_utf8(text, i);
        if (u.c == '\n' || u.c == '\r' || u.c == '\t')
            out += ' ';
        else if (!u.valid || is_control_character(u.c))
            out += kReplacementCharacter;
        else
            out.append(text, i, u.length);
        i += u.length;
    }
    return out;
}

// Who answers for the question: who promised, else who was asked, else the vendor.
std::string answerable(const Deal& deal, const Question& q) {
    if (!q.promised_by_whom.empty()) return person_name(deal, q.promised_by_whom);
    if (!q.asked_to.empty()) return person_name(deal, q.asked_to);
    return vendor_name(deal, q.vendor);
}

std::string question_line(const Words& w, const Deal& deal, const Question& q, const Moment& at) {
    const std::string text = one_line(q.text);
    if (q.promised_by) {
        const std::string who = one_line(answerable(deal, q));
        if (!answer_overdue(q, at)) return w.phrase("follow_up.promised", {text, who, Fact::on(*q.promised_by)});
        const int64_t days = days_between(*q.promised_by, at);
        if (days >= 1) return w.phrase("follow_up.overdue", {text, who, Fact::on(*q.promised_by), Fact::count(days)});
        return w.phrase("follow_up.overdue_today", {text, who, Fact::on(*q.promised_by)});
    }
    if (q.asked_at) return w.phrase("follow_up.asked", {text, Fact::on(*q.asked_at)});
    return w.phrase("follow_up.unanswered", {text});
}

// Must-haves whose claim from `vendor` has earned no more than "claimed"
// (a "verified" no evidence answers counts as claimed, as in the red flags).
std::vector<const Requirement*> claimed_must_haves(const Deal& deal, const std::string& vendor) {
    std::vector<const Requirement*> out;
    for (const Requirement& r : deal.requirements) {
        if (r.priority != Priority::Must) continue;
        const Claim* claim = find_claim(r, vendor);
        if (claim && effective_status(*claim) == ClaimStatus::Claimed) out.push_back(&r);
    }
    return out;
}

bool unreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
}

std::string percent_encoded(const std::string& text, bool keep_at) {
    std::string out;
    char hex[4];
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue; // CRLF: written once, from the LF
        if (c == '\n' || c == '\r') {
            out += "%0D%0A"; // RFC 6068: a line break in a body is CRLF
        } else if (unreserved(c) || (keep_at && c == '@')) {
            out += char(c);
        } else {
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            out += hex;
        }
    }
    return out;
}

} // namespace

FollowUpDraft follow_up_draft(const Deal& deal, const std::string& vendor, const Moment& at, const Words& w) {
    FollowUpDraft draft;
    const std::string deal_name = one_line(deal.title.empty() ? deal.id : deal.title);
    const std::string vendor_shown = one_line(vendor_name(deal, vendor));
    draft.subject = w.phrase("follow_up.subject", {deal_name, vendor_shown});

    // Overdue first: they are what the message is for; otherwise in the deal's order.
    std::vector<const Question*> waiting;
    for (const Question& q : deal.questions)
        if (q.vendor == vendor && awaiting_answer(q, at)) waiting.push_back(&q);
    std::stable_partition(waiting.begin(), waiting.end(), [&](const Question* q) { return answer_overdue(*q, at); });
    const std::vector<const Requirement*> claimed = claimed_must_haves(deal, vendor);

    draft.open_questions = int(waiting.size());
    draft.overdue_questions = int(std::count_if(waiting.begin(), waiting.end(), [&](const Question* q) { return answer_overdue(*q, at); }));
    draft.claimed_must_haves = int(claimed.size());

    std::string& body = draft.body;
    body += w.phrase("follow_up.greeting") + "\n\n";
    body += w.phrase("follow_up.intro", {deal_name, vendor_shown, Fact::on(at)}) + "\n\n";
    if (!waiting.empty()) {
        body += w.phrase("follow_up.questions") + "\n";
        for (const Question* q : waiting) body += "- " + question_line(w, deal, *q, at) + "\n";
        body += "\n";
    }
    if (!claimed.empty()) {
        body += w.phrase("follow_up.claimed") + "\n";
        for (const Requirement* r : claimed) body += "- " + one_line(r->text.empty() ? r->id : r->text) + "\n";
        body += "\n";
    }
    if (waiting.empty() && claimed.empty()) body += w.phrase("follow_up.nothing") + "\n\n";
    body += w.phrase("follow_up.closing") + "\n";
    return draft;
}

std::string mailto_url(const std::string& recipient, const std::string& subject, const std::string& body) {
    return "mailto:" + percent_encoded(recipient, true) + "?subject=" + percent_encoded(subject, false) +
           "&body=" + percent_encoded(body, false);
}

} // namespace setright
