// study_stats.cpp — see study_stats.hpp.
#include "core/studies/study_stats.hpp"

#include "core/studies/statistics.hpp"

#include <cmath>
#include <vector>

namespace setright {

namespace {

constexpr int64_t minutes_per_day = 24 * 60;

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

} // namespace

int weekday_monday_first(const Moment& m) {
    const int64_t days = floor_div(m.minutes, minutes_per_day);
    // 1970-01-01 was a Thursday, index 3 counting from Monday.
    return static_cast<int>(((days + 3) % 7 + 7) % 7);
}

StudyStats compute_study_stats(const Study& study) {
    StudyStats s;
    int email = 0, phone = 0, other = 0, never = 0, followed = 0;
    std::vector<double> hours, prices;
    for (const StudyRequest& r : study.requests) {
        ++s.requests;
        if (r.followed_up) ++followed;
        if (r.quoted_price && std::isfinite(*r.quoted_price)) prices.push_back(*r.quoted_price);
        const Materials& m = r.materials;
        const bool got[5] = {m.proposal, m.presentation, m.contract_template, m.portfolio, m.estimate};
        for (int i = 0; i < 5; ++i) s.materials_counts[i] += got[i] ? 1 : 0;

        if (!r.first_reply_at) {
            ++never;
            continue;
        }
        const Moment& reply = *r.first_reply_at;
        if (r.reply_channel == Channel::Email)
            ++email;
        else if (r.reply_channel == Channel::Call || r.reply_channel == Channel::Phone)
            ++phone;
        else
            ++other;
        if (r.sent_at) {
            const double h = hours_between(*r.sent_at, reply);
            if (h >= 0) hours.push_back(h);
        }
        if (reply.has_time) {
            const int hour = static_cast<int>(((reply.minutes % minutes_per_day) + minutes_per_day) % minutes_per_day / 60);
            ++s.replies_by_weekday_hour[weekday_monday_first(reply)][hour];
        }
    }
    s.share_email = share(email, s.requests);
    s.share_phone = share(phone, s.requests);
    s.share_other = share(other, s.requests);
    s.share_never = share(never, s.requests);
    s.share_followed_up = share(followed, s.requests);
    s.response_hours_median = median(hours);
    s.response_hours_mean = mean(hours);
    s.prices = static_cast<int>(prices.size());
    s.price_median = median(prices);
    s.price_mean = mean(prices);
    return s;
}

} // namespace setright
