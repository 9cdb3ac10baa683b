// question_queue.cpp — see question_queue.hpp.
#include "logic/question_queue.hpp"

#include "core/judging/readiness.hpp"
#include "core/judging/red_flags.hpp"
#include "core/model/deal_lookup.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_set>
#include <utility>

namespace setright::app {
namespace {

int64_t minutes_or_max(const std::optional<Moment>& m) { return m ? m->minutes : INT64_MAX; }

} // namespace

std::vector<const Question*> next_questions(const Deal& deal, const Moment& at) {
    // Each question's urgency is computed once (not per comparison), and the
    // must-haves looked up in one set: thousands of questions sort in a blink.
    std::unordered_set<std::string> must_haves;
    for (const Requirement& r : deal.requirements)
        if (r.priority == Priority::Must) must_haves.insert(r.id);
    using Urgency = std::tuple<bool, bool, int, int64_t, int64_t>;
    std::vector<std::pair<Urgency, const Question*>> ranked;
    for (const Question& q : deal.questions) {
        if (!awaiting_answer(q, at)) continue;
        const bool on_must_have = !q.requirement.empty() && must_haves.count(q.requirement) > 0;
        ranked.emplace_back(Urgency{!answer_overdue(q, at), !on_must_have, -times_raised(q, at), minutes_or_max(q.promised_by),
                                    minutes_or_max(q.asked_at)},
                            &q);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const Question*> out;
    out.reserve(ranked.size());
    for (const auto& entry : ranked) out.push_back(entry.second);
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
