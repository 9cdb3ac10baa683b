// deal_words.cpp — see deal_words.hpp. Sentences in assets/i18n/flags.tsv.
#include "deal_words.hpp"

#include "enum_labels.hpp"
#include "format.hpp"
#include "i18n.hpp"

#include "core/claim_ladder.hpp"
#include "core/deal_lookup.hpp"

namespace setright::app {
namespace {

std::string quoted(const std::string& text) { return "“" + text + "”"; }

std::string requirement_text(const Deal& deal, const std::string& id) {
    const Requirement* r = find_requirement(deal, id);
    return r ? r->text : id;
}

const Question* find_question(const Deal& deal, const std::string& id) {
    for (const Question& q : deal.questions)
        if (q.id == id) return &q;
    return nullptr;
}


} // namespace

std::string verdict_text(const Deal& deal, const ReadinessVerdict& verdict) {
    if (verdict.vendor.empty()) return tr(verdict.ready ? "verdict.ready_no_vendor" : "verdict.not_ready_no_vendor");
    return tr_fill(verdict.ready ? "verdict.ready_with" : "verdict.not_ready_with", {vendor_name(deal, verdict.vendor)});
}

std::string blocker_text(const Deal& deal, const Blocker& blocker, const Moment& at) {
    const std::string requirement = quoted(requirement_text(deal, blocker.requirement));
    switch (blocker.kind) {
    case BlockerKind::MustHaveNoClaim: return tr_fill("blocker.no_claim", {requirement});
    case BlockerKind::MustHaveNotSupported: return tr_fill("blocker.not_supported", {requirement});
    case BlockerKind::MustHaveNotVerified: {
        const Requirement* r = find_requirement(deal, blocker.requirement);
        const Claim* claim = r ? find_claim(*r, judged_vendor(deal)) : nullptr;
        if (!claim) return tr_fill("blocker.not_verified", {requirement, enum_label(ClaimStatus::Claimed)});
        const ClaimStatus effective = effective_status(*claim);
        if (claim->status == ClaimStatus::Verified)
            return tr_fill("blocker.verified_without_evidence", {requirement, enum_label(effective)});
        return tr_fill("blocker.not_verified", {requirement, enum_label(effective)});
    }
    case BlockerKind::PromisedAnswerOverdue: {
        const Question* q = find_question(deal, blocker.question);
        if (!q || !q->promised_by) return tr_fill("blocker.overdue_short", {requirement});
        const int64_t days = days_between(*q->promised_by, at);
        return tr_fill("blocker.overdue", {quoted(q->text), requirement, format_date(*q->promised_by), std::to_string(days)});
    }
    }
    return blocker.explanation;
}

std::string flag_title(const RedFlag& flag) {
    const std::string key = "flag." + flag.code + ".title";
    const char* text = tr(key.c_str());
    return key == text ? flag.code : text;
}

std::string flag_why(const RedFlag& flag) {
    const std::string key = "flag." + flag.code + ".why";
    const char* text = tr(key.c_str());
    return key == text ? flag.explanation : text;
}

std::string flag_subject(const Deal& deal, const RedFlag& flag) {
    if (flag.subject.empty()) return "";
    if (const Requirement* r = find_requirement(deal, flag.subject)) return quoted(r->text);
    if (const Question* q = find_question(deal, flag.subject)) return quoted(q->text);
    for (const Touch& t : deal.timeline)
        if (t.id == flag.subject) return format_date(t.at) + " · " + enum_label(t.channel) + (t.summary.empty() ? "" : " · " + t.summary);
    return vendor_name(deal, flag.subject);
}

} // namespace setright::app
