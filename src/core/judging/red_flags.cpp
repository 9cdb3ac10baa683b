// red_flags.cpp — one small rule per code; see red_flags.hpp and docs/formulas.md.
#include "core/judging/red_flags.hpp"

#include "core/judging/claim_ladder.hpp"
#include "core/judging/readiness.hpp"
#include "core/model/deal_lookup.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <utility>

namespace setright {

namespace {

struct CodeRule {
    const char* code;
    Severity severity;
};

// Critical: can make the buyer sign for a must-have that is not there.
// Warning: a pattern that went wrong in the SMS vendor case. Info: worth knowing.
constexpr CodeRule kRules[] = {
        {"must_have_only_claimed", Severity::Critical},    {"question_tabled_again", Severity::Warning},
        {"promised_answer_overdue", Severity::Warning},    {"reference_does_not_answer", Severity::Warning},
        {"offer_expiring_unverified", Severity::Critical}, {"vendor_contact_turnover", Severity::Warning},
        {"slow_first_response", Severity::Warning},        {"plan_too_long", Severity::Info},
        {"no_no_decision_option", Severity::Info},         {"implementation_deferred", Severity::Warning},
};

// What one rule needs: the deal, the instant judged, and where to put flags.
struct Context {
    const Deal& deal;
    const Moment& at;
    int64_t now;
    std::vector<RedFlag>& flags;

    // `variant` picks the sentence: "flag.<code>.says", or "flag.<code>.<variant>".
    void flag(const char* code, Subject subject, std::vector<Fact> facts, const char* variant = "says") {
        flags.push_back({code, red_flag_severity(code), std::move(subject),
                         Sentence{std::string("flag.") + code + "." + variant, std::move(facts)}});
    }
    bool happened(const Moment& m) const { return m.minutes <= now; }
};

// Touches up to `at`, in time order (ties keep the timeline's order).
std::vector<const Touch*> touches_so_far(const Context& c) {
    std::vector<const Touch*> touches;
    for (const Touch& t : c.deal.timeline)
        if (c.happened(t.at)) touches.push_back(&t);
    std::stable_sort(touches.begin(), touches.end(), [](const Touch* a, const Touch* b) { return a->at < b->at; });
    return touches;
}

// The deal's vendors, then any vendor id that only the timeline names.
std::vector<std::string> vendor_ids(const Deal& deal) {
    std::vector<std::string> ids;
    for (const Organisation& o : deal.vendors) ids.push_back(o.id);
    for (const Touch& t : deal.timeline)
        if (!t.vendor.empty() && std::find(ids.begin(), ids.end(), t.vendor) == ids.end()) ids.push_back(t.vendor);
    return ids;
}

int unverified_must_haves(const Deal& deal, const Moment& at, const std::string& vendor) {
    const ReadinessVerdict verdict = assess_readiness(deal, at, vendor);
    return static_cast<int>(std::count_if(verdict.blockers.begin(), verdict.blockers.end(),
                                          [](const Blocker& b) { return b.kind != BlockerKind::PromisedAnswerOverdue; }));
}

void must_have_only_claimed(Context& c) {
    for (const Requirement& r : c.deal.requirements) {
        if (r.priority != Priority::Must) continue;
        for (const Claim& claim : r.claims) {
            if (effective_status(claim) != ClaimStatus::Claimed) continue;
            c.flag("must_have_only_claimed", Subject::requirement(r.id), {r.text, vendor_name(c.deal, claim.vendor)},
                   claim.status == ClaimStatus::Verified ? "marked_verified" : "says");
        }
    }
}

void question_tabled_again(Context& c) {
    for (const Question& q : c.deal.questions) {
        if (!awaiting_answer(q, c.at)) continue;
        std::optional<Moment> first;
        const int times = times_raised(q, c.at, &first);
        if (times >= 2) c.flag("question_tabled_again", Subject::question(q.id), {q.text, Fact::count(times), Fact::on(*first)});
    }
}

void promised_answer_overdue(Context& c) {
    for (const Question& q : c.deal.questions) {
        if (!answer_overdue(q, c.at)) continue;
        const std::string whom = q.promised_by_whom.empty() ? "" : " (" + person_name(c.deal, q.promised_by_whom) + ")";
        const int64_t days = days_between(*q.promised_by, c.at);
        if (days >= 1)
            c.flag("promised_answer_overdue", Subject::question(q.id), {q.text, Fact::on(*q.promised_by), whom, Fact::count(days)});
        else
            c.flag("promised_answer_overdue", Subject::question(q.id), {q.text, Fact::on(*q.promised_by), whom}, "today");
    }
}

void reference_does_not_answer(Context& c) {
    for (const Requirement& r : c.deal.requirements)
        for (const Claim& claim : r.claims)
            for (const Evidence& e : claim.evidence) {
                if (e.kind != EvidenceKind::Reference || e.answers) continue;
                if (e.date && !c.happened(*e.date)) continue;
                const std::string what = !e.summary.empty() ? e.summary : e.source;
                c.flag("reference_does_not_answer", Subject::requirement(r.id),
                       {vendor_name(c.deal, claim.vendor), r.text, what.empty() ? "" : " (" + what + ")"});
            }
}

void offer_expiring_unverified(Context& c) {
    for (const Touch* t : touches_so_far(c)) {
        if (!t->offer || !t->offer->expires) continue;
        const Moment& expires = *t->offer->expires;
        if (c.now > deadline_minutes(expires)) continue; // expired: no pressure left
        const int64_t days_left = days_between(c.at, expires);
        if (days_left > kOfferPressureDays) continue;
        const std::string vendor = !t->vendor.empty() ? t->vendor : judged_vendor(c.deal);
        const int open = unverified_must_haves(c.deal, c.at, vendor);
        if (open == 0) continue;
        const std::string terms = !t->offer->terms.empty() ? t->offer->terms : t->summary;
        if (days_left <= 0)
            c.flag("offer_expiring_unverified", Subject::touch(t->id), {terms, Fact::on(expires), Fact::count(open)}, "today");
        else
            c.flag("offer_expiring_unverified", Subject::touch(t->id),
                   {terms, Fact::on(expires), Fact::count(days_left), Fact::count(open)});
    }
}

void vendor_contact_turnover(Context& c) {
    const std::vector<const Touch*> touches = touches_so_far(c);
    for (const std::string& vendor : vendor_ids(c.deal)) {
        std::vector<std::string> people;
        for (const Touch* t : touches) {
            if (t->vendor != vendor || t->direction != Direction::FromVendor || t->who.empty()) continue;
            const std::string name = person_name(c.deal, t->who);
            if (std::find(people.begin(), people.end(), name) == people.end()) people.push_back(name);
        }
        if (static_cast<int>(people.size()) < kContactTurnoverPeople) continue;
        std::string names;
        for (const std::string& p : people) names += (names.empty() ? "" : ", ") + p;
        c.flag("vendor_contact_turnover", Subject::vendor(vendor),
               {Fact::count(int64_t(people.size())), vendor_name(c.deal, vendor), names});
    }
}

void slow_first_response(Context& c) {
    const std::optional<double>& set = c.deal.expected_response_hours;
    const double expected = set && std::isfinite(*set) && *set > 0 ? *set : kDefaultExpectedResponseHours;
    const std::vector<const Touch*> touches = touches_so_far(c);
    for (const std::string& vendor : vendor_ids(c.deal)) {
        auto is_vendor = [&](const Touch* t) { return t->vendor == vendor; };
        auto request = std::find_if(touches.begin(), touches.end(),
                                    [&](const Touch* t) { return is_vendor(t) && t->direction == Direction::ToVendor; });
        if (request == touches.end()) continue;
        auto reply = std::find_if(request + 1, touches.end(),
                                  [&](const Touch* t) { return is_vendor(t) && t->direction == Direction::FromVendor; });
        const std::string name = vendor_name(c.deal, vendor);
        if (reply != touches.end()) {
            const double hours = hours_between((*request)->at, (*reply)->at);
            if (hours > expected)
                c.flag("slow_first_response", Subject::vendor(vendor),
                       {name, Fact::hours(hours), Fact::on((*request)->at), Fact::hours(expected)});
        } else {
            const double waited = (c.now - (*request)->at.minutes) / 60.0;
            if (waited > expected)
                c.flag("slow_first_response", Subject::vendor(vendor),
                       {name, Fact::on((*request)->at), Fact::hours(waited), Fact::hours(expected)}, "no_reply");
        }
    }
}

void plan_too_long(Context& c) {
    const std::string vendor = judged_vendor(c.deal);
    int questions = 0, requirements = 0, tasks = 0;
    for (const Question& q : c.deal.questions) questions += awaiting_answer(q, c.at) ? 1 : 0;
    for (const Requirement& r : c.deal.requirements) {
        const Claim* claim = find_claim(r, vendor);
        const ClaimStatus s = claim ? effective_status(*claim) : ClaimStatus::Unknown;
        const bool settled = s == ClaimStatus::Verified || s == ClaimStatus::AcceptedRisk || s == ClaimStatus::NotSupported;
        requirements += settled ? 0 : 1;
    }
    for (const ChecklistItem& item : c.deal.post_sale) tasks += item.done ? 0 : 1;
    const int total = questions + requirements + tasks;
    if (total > kPlanTooLongItems)
        c.flag("plan_too_long", Subject::deal(),
               {Fact::count(total), Fact::count(questions), Fact::count(requirements), Fact::count(tasks), Fact::count(kPlanTooLongItems)});
}

void no_no_decision_option(Context& c) {
    const bool present = std::any_of(c.deal.options.begin(), c.deal.options.end(), [](const DecisionOption& o) { return o.no_decision; });
    if (!present) c.flag("no_no_decision_option", Subject::deal(), {});
}

void implementation_deferred(Context& c) {
    const std::vector<const Touch*> touches = touches_so_far(c);
    for (const Touch* contract : touches) {
        if (contract->channel != Channel::Contract) continue;
        const Touch* start = nullptr;
        for (const Touch* t : touches) {
            const bool same_vendor = t->vendor == contract->vendor || t->vendor.empty() || contract->vendor.empty();
            if (t->channel == Channel::Implementation && same_vendor && !(t->at < contract->at)) {
                start = t;
                break;
            }
        }
        if (start) {
            const int64_t days = days_between(contract->at, start->at);
            if (days > kImplementationWindowDays)
                c.flag("implementation_deferred", Subject::touch(contract->id),
                       {Fact::on(contract->at), Fact::count(days), Fact::on(start->at)});
        } else {
            const int64_t days = days_between(contract->at, c.at);
            if (days > kImplementationWindowDays)
                c.flag("implementation_deferred", Subject::touch(contract->id), {Fact::on(contract->at), Fact::count(days)}, "not_started");
        }
    }
}

} // namespace

int times_raised(const Question& q, const Moment& at, std::optional<Moment>* first) {
    // One occasion per day (UTC): a question raised and tabled on the same
    // call was put off once, not twice. Being asked counts as being raised.
    const int64_t now = judged_instant(at);
    std::set<int64_t> days;
    std::optional<Moment> earliest;
    auto count = [&](const Moment& when) {
        days.insert(days_between(Moment{}, when));
        if (!earliest || when < *earliest) earliest = when;
    };
    if (q.asked_at && q.asked_at->minutes <= now) count(*q.asked_at);
    for (const QuestionEvent& e : q.history) {
        const bool counts =
                e.kind == QuestionEventKind::Raised || e.kind == QuestionEventKind::RaisedAgain || e.kind == QuestionEventKind::Tabled;
        if (counts && e.at.minutes <= now) count(e.at);
    }
    if (first) *first = earliest;
    return static_cast<int>(days.size());
}

const std::vector<std::string>& red_flag_codes() {
    static const std::vector<std::string> codes = [] {
        std::vector<std::string> list;
        for (const CodeRule& rule : kRules) list.push_back(rule.code);
        return list;
    }();
    return codes;
}

Severity red_flag_severity(const std::string& code) {
    for (const CodeRule& rule : kRules)
        if (code == rule.code) return rule.severity;
    return Severity::Info;
}

std::vector<RedFlag> find_red_flags(const Deal& deal, const Moment& at) {
    std::vector<RedFlag> flags;
    Context c{deal, at, judged_instant(at), flags};
    must_have_only_claimed(c);
    question_tabled_again(c);
    promised_answer_overdue(c);
    reference_does_not_answer(c);
    offer_expiring_unverified(c);
    vendor_contact_turnover(c);
    slow_first_response(c);
    plan_too_long(c);
    no_no_decision_option(c);
    implementation_deferred(c);
    return flags;
}

} // namespace setright
