// red_flags.cpp — one small rule per code; see red_flags.hpp and docs/formulas.md.
#include "red_flags.hpp"

#include "claim_ladder.hpp"
#include "deal_lookup.hpp"
#include "readiness.hpp"

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
    {"must_have_only_claimed", Severity::Critical},
    {"question_tabled_again", Severity::Warning},
    {"promised_answer_overdue", Severity::Warning},
    {"reference_does_not_answer", Severity::Warning},
    {"offer_expiring_unverified", Severity::Critical},
    {"vendor_contact_turnover", Severity::Warning},
    {"slow_first_response", Severity::Warning},
    {"plan_too_long", Severity::Info},
    {"no_no_decision_option", Severity::Info},
    {"implementation_deferred", Severity::Warning},
};

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

std::string plural(int64_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// Hours as people read them: whole numbers without decimals, else one decimal.
std::string hours_text(double hours) {
    char buffer[32];
    if (std::fabs(hours - std::round(hours)) < 0.05) std::snprintf(buffer, sizeof buffer, "%.0f", hours);
    else std::snprintf(buffer, sizeof buffer, "%.1f", hours);
    return buffer;
}

// What one rule needs: the deal, the instant judged, and where to put flags.
struct Context {
    const Deal& deal;
    const Moment& at;
    int64_t now;
    std::vector<RedFlag>& flags;

    void flag(const char* code, const std::string& subject, const std::string& explanation) {
        flags.push_back({code, red_flag_severity(code), subject, explanation});
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
            std::string text = "Must-have " + quoted(r.text) + " is only claimed by " + vendor_name(c.deal, claim.vendor);
            text += claim.status == ClaimStatus::Verified ? ": it is marked verified, but there is no evidence at all"
                                                          : ": nothing demonstrated, no evidence that answers it";
            c.flag("must_have_only_claimed", r.id, text);
        }
    }
}

void question_tabled_again(Context& c) {
    for (const Question& q : c.deal.questions) {
        if (!awaiting_answer(q, c.at)) continue;
        std::optional<Moment> first;
        const int times = times_raised(q, c.at, &first);
        if (times >= 2)
            c.flag("question_tabled_again", q.id,
                   quoted(q.text) + " raised " + std::to_string(times) + " times since " + format_moment(*first) + ", no answer");
    }
}

void promised_answer_overdue(Context& c) {
    for (const Question& q : c.deal.questions) {
        if (!answer_overdue(q, c.at)) continue;
        std::string text = "The answer to " + quoted(q.text) + " was promised by " + format_moment(*q.promised_by);
        if (!q.promised_by_whom.empty()) text += " (" + person_name(c.deal, q.promised_by_whom) + ")";
        const int64_t days = days_between(*q.promised_by, c.at);
        text += days >= 1 ? "; " + plural(days, "day", "days") + " later it is still not answered" : " and is still not answered";
        c.flag("promised_answer_overdue", q.id, text);
    }
}

void reference_does_not_answer(Context& c) {
    for (const Requirement& r : c.deal.requirements)
        for (const Claim& claim : r.claims)
            for (const Evidence& e : claim.evidence) {
                if (e.kind != EvidenceKind::Reference || e.answers) continue;
                if (e.date && !c.happened(*e.date)) continue;
                std::string what = !e.summary.empty() ? e.summary : e.source;
                std::string text = "The reference offered by " + vendor_name(c.deal, claim.vendor) + " for " + quoted(r.text);
                if (!what.empty()) text += " (" + what + ")";
                text += " does not answer the requirement";
                c.flag("reference_does_not_answer", r.id, text);
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
        const std::string when = days_left <= 0 ? "today" : "in " + plural(days_left, "day", "days");
        c.flag("offer_expiring_unverified", t->id,
               "Offer " + quoted(terms) + " expires " + format_moment(expires) + " (" + when + ") while " +
                   plural(open, "must-have is", "must-haves are") + " not verified");
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
        c.flag("vendor_contact_turnover", vendor,
               std::to_string(people.size()) + " different people have spoken for " + vendor_name(c.deal, vendor) + ": " + names);
    }
}

void slow_first_response(Context& c) {
    const std::optional<double>& set = c.deal.expected_response_hours;
    const double expected = set && std::isfinite(*set) && *set > 0 ? *set : kDefaultExpectedResponseHours;
    const std::vector<const Touch*> touches = touches_so_far(c);
    for (const std::string& vendor : vendor_ids(c.deal)) {
        auto is_vendor = [&](const Touch* t) { return t->vendor == vendor; };
        auto request = std::find_if(touches.begin(), touches.end(), [&](const Touch* t) { return is_vendor(t) && t->direction == Direction::ToVendor; });
        if (request == touches.end()) continue;
        auto reply = std::find_if(request + 1, touches.end(), [&](const Touch* t) { return is_vendor(t) && t->direction == Direction::FromVendor; });
        const std::string name = vendor_name(c.deal, vendor);
        const std::string limit = " (expected within " + hours_text(expected) + ")";
        if (reply != touches.end()) {
            const double hours = hours_between((*request)->at, (*reply)->at);
            if (hours > expected)
                c.flag("slow_first_response", vendor,
                       name + " took " + hours_text(hours) + " hours to reply to the first request of " + format_moment((*request)->at) + limit);
        } else {
            const double waited = (c.now - (*request)->at.minutes) / 60.0;
            if (waited > expected)
                c.flag("slow_first_response", vendor,
                       name + " has not replied to the first request of " + format_moment((*request)->at) + " in " + hours_text(waited) + " hours" + limit);
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
        c.flag("plan_too_long", "",
               "The plan has " + std::to_string(total) + " open items (" + plural(questions, "unanswered question", "unanswered questions") + ", " +
                   plural(requirements, "requirement", "requirements") + " not verified, " + plural(tasks, "post-sale task", "post-sale tasks") +
                   " not done); more than " + std::to_string(kPlanTooLongItems) + " is more than anyone follows up");
}

void no_no_decision_option(Context& c) {
    const bool present = std::any_of(c.deal.options.begin(), c.deal.options.end(), [](const DecisionOption& o) { return o.no_decision; });
    if (!present)
        c.flag("no_no_decision_option", "",
               "No option says \"no decision / keep what we have\", the choice buyers most often make; add it and compare honestly");
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
        const std::string signed_on = "Contract signed " + format_moment(contract->at);
        if (start) {
            const int64_t days = days_between(contract->at, start->at);
            if (days > kImplementationWindowDays)
                c.flag("implementation_deferred", contract->id,
                       signed_on + "; implementation started " + plural(days, "day", "days") + " later (" + format_moment(start->at) + ")");
        } else {
            const int64_t days = days_between(contract->at, c.at);
            if (days > kImplementationWindowDays)
                c.flag("implementation_deferred", contract->id, signed_on + "; " + plural(days, "day", "days") + " later implementation has not started");
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
        const bool counts = e.kind == QuestionEventKind::Raised || e.kind == QuestionEventKind::RaisedAgain ||
                            e.kind == QuestionEventKind::Tabled;
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
