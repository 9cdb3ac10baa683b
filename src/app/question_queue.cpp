// question_queue.cpp — see question_queue.hpp.
#include "question_queue.hpp"

#include "core/deal_lookup.hpp"
#include "core/readiness.hpp"
#include "core/red_flags.hpp"

#include <algorithm>
#include <tuple>

namespace setright::app {
namespace {

bool on_must_have(const Deal& deal, const Question& q) {
    const Requirement* r = q.requirement.empty() ? nullptr : find_requirement(deal, q.requirement);
    return r && r->priority == Priority::Must;
}

int64_t minutes_or_max(const std::optional<Moment>& m) { return m ? m->minutes : INT64_MAX; }

} // namespace

std::vector<const Question*> next_questions(const Deal& deal, const Moment& at) {
    std::vector<const Question*> out;
    for (const Question& q : deal.questions)
        if (awaiting_answer(q, at)) out.push_back(&q);
    auto urgency = [&](const Question* q) {
        return std::make_tuple(!answer_overdue(*q, at), !on_must_have(deal, *q), -times_raised(*q, at),
                               minutes_or_max(q->promised_by), minutes_or_max(q->asked_at));
    };
    std::stable_sort(out.begin(), out.end(), [&](const Question* a, const Question* b) { return urgency(a) < urgency(b); });
    return out;
}

std::vector<const Question*> promises_due(const Deal& deal, const Moment& at, int days) {
    std::vector<const Question*> out;
    for (const Question& q : deal.questions) {
        if (!q.promised_by || !awaiting_answer(q, at)) continue;
        if (answer_overdue(q, at) || days_between(at, *q.promised_by) <= days) out.push_back(&q);
    }
    std::stable_sort(out.begin(), out.end(), [](const Question* a, const Question* b) { return *a->promised_by < *b->promised_by; });
    return out;
}

int age_days(const Question& question, const Moment& at) {
    if (!question.asked_at) return 0;
    return int(std::max<int64_t>(0, days_between(*question.asked_at, at)));
}

} // namespace setright::app
