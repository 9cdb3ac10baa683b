// case_making.cpp — see case_making.hpp.
#include "core/workshop/case_making.hpp"

#include "core/judging/readiness.hpp"
#include "core/judging/red_flags.hpp"

#include <algorithm>
#include <set>

namespace setright {

namespace {

// The first sentence of a summary, as a step title.
std::string first_sentence(const std::string& text) {
    constexpr size_t max_title = 80;
    size_t end = text.find(". ");
    end = end == std::string::npos ? text.size() : end + 1;
    if (end <= max_title) return text.substr(0, end);
    // Cut at the last space before the limit, never inside a UTF-8 sequence.
    size_t cut = text.rfind(' ', max_title);
    if (cut == std::string::npos || cut == 0) {
        cut = max_title;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    return text.substr(0, cut) + "…";
}

// The day of a moment, as a date-only moment (revealing that whole day).
Moment make_day(const Moment& m) {
    const int64_t day_minutes = 24 * 60;
    const int64_t day = m.minutes >= 0 ? m.minutes / day_minutes : (m.minutes - day_minutes + 1) / day_minutes;
    return Moment{day * day_minutes, false};
}

std::vector<Moment> study_step_moments(const Study& study) {
    std::optional<Moment> first;
    for (const StudyRequest& r : study.requests)
        if (r.sent_at && (!first || *r.sent_at < *first)) first = r.sent_at;
    if (!first) return {};
    const int64_t start = first->has_time ? first->minutes : deadline_minutes(*first);
    std::vector<Moment> out;
    for (int64_t hours : {1, 24, 72, 168, 336}) out.push_back(Moment{start + hours * 60, true});
    return out;
}

} // namespace

CaseKey make_case(const Deal& deal) {
    struct Draft {
        Moment at;
        std::string id, title, text;
    };
    std::vector<Draft> drafts;
    if (!deal.timeline.empty()) {
        std::vector<const Touch*> touches;
        for (const Touch& t : deal.timeline) touches.push_back(&t);
        std::stable_sort(touches.begin(), touches.end(), [](const Touch* a, const Touch* b) { return a->at < b->at; });
        // Up to kMaxDraftSteps touches, a step each; beyond, runs of touches
        // ending at a day's end, each step revealing up to the end of its day.
        const size_t per_step = (touches.size() + kMaxDraftSteps - 1) / kMaxDraftSteps;
        for (size_t i = 0; i < touches.size();) {
            size_t end = std::min(i + per_step, touches.size());
            if (per_step > 1)
                while (end < touches.size() && days_between(touches[end - 1]->at, touches[end]->at) == 0) ++end;
            const Touch& last = *touches[end - 1];
            std::string text;
            for (size_t k = i; k < end; ++k) text += (k > i ? "\n" : "") + touches[k]->summary;
            const Moment at = per_step > 1 ? make_day(last.at) : last.at;
            drafts.push_back({at, "step-" + last.id, first_sentence(last.summary), text});
            i = end;
        }
    } else if (deal.study) {
        int n = 0;
        for (const Moment& m : study_step_moments(*deal.study)) drafts.push_back({m, "step-" + std::to_string(++n), format_moment(m), {}});
    }

    CaseKey key;
    std::set<std::string> seen;
    for (const Draft& d : drafts) {
        CaseStep step;
        step.id = d.id;
        step.at = d.at;
        step.title = d.title;
        step.text = d.text;
        for (const RedFlag& f : find_red_flags(deal, d.at))
            if (seen.insert(f.code).second) step.expected_flags.push_back(f.code);
        step.expected_decision = assess_readiness(deal, d.at).ready ? CaseDecision::Sign : CaseDecision::Wait;
        key.steps.push_back(std::move(step));
    }
    return key;
}

std::vector<std::string> case_flag_codes(const CaseKey& key) {
    std::vector<std::string> codes = red_flag_codes();
    for (const CaseSign& s : key.signs) codes.push_back(s.code);
    return codes;
}

bool revealed_by(const Moment& m, const Moment& step_at) {
    const int64_t end = step_at.has_time ? step_at.minutes : deadline_minutes(step_at);
    return m.minutes <= end;
}

} // namespace setright
