// study_stats.hpp — the figures of a lead-response (mystery-shopper) study.
//
// Who answered and how, how fast, what prices were quoted, which materials
// arrived, who followed up unprompted (DOMAIN.md, section 3).
// Formulas and edge cases: docs/formulas.md.
#pragma once

#include "core/model/model.hpp"

#include <array>
#include <optional>

namespace setright {

struct StudyStats {
    int requests = 0;
    // Shares of all requests by how the first reply came; they add up to 1 when requests > 0, all 0 otherwise.
    double share_email = 0; // reply_channel email
    double share_phone = 0; // reply_channel call or phone
    double share_other = 0; // any other reply channel, or a reply with no channel recorded
    double share_never = 0; // no first_reply_at
    // sent_at → first_reply_at over the replies with both moments (negative spans are dropped).
    std::optional<double> response_hours_median, response_hours_mean;
    std::optional<double> price_median, price_mean; // over the quoted prices
    int prices = 0;                                 // requests with a quoted price
    double share_followed_up = 0;                   // of all requests
    // How many requests got each material: proposal, presentation, contract template, portfolio, estimate.
    std::array<int, 5> materials_counts{};
    // First replies by weekday (0 = Monday) and hour of day, UTC; date-only replies have no hour and are left out.
    std::array<std::array<int, 24>, 7> replies_by_weekday_hour{};
};

StudyStats compute_study_stats(const Study& study);

// 0 = Monday … 6 = Sunday, for the UTC day of the moment.
int weekday_monday_first(const Moment& m);

} // namespace setright
