// responsiveness.hpp — how fast a vendor answers, from the deal's timeline.
//
// Every to_vendor touch is a request; its response time is the time to the
// next from_vendor touch of the same vendor (at the same instant or later).
// A request with no later reply in the timeline is never answered.
// Formulas and edge cases: docs/formulas.md.
#pragma once

#include "core/model/model.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace setright {

struct ResponseStats {
    int requests = 0;
    int answered = 0;
    double never_answered_share = 0; // (requests - answered) / requests; 0 when requests is 0
    // Over the answered requests, in hours. All 0 when answered is 0: check answered first.
    double median_hours = 0, mean_hours = 0, p90_hours = 0;
};

struct ResponsivenessReport {
    ResponseStats overall;
    // By the channel of the request, in Channel order, only channels that occur.
    std::vector<std::pair<Channel, ResponseStats>> by_channel;
};

// vendor empty -> the deal's primary vendor, else its only vendor; if still
// none (several vendors, no primary), every vendor's requests are counted,
// each matched with replies from its own vendor.
// Each request to a vendor and the vendor's next reply after it (by time, the
// same vendor), or none yet. `vendor` "" takes every vendor.
struct ResponseGap {
    const Touch* request = nullptr;
    const Touch* reply = nullptr; // null: never answered
    std::optional<double> hours;  // request to reply
};
std::vector<ResponseGap> response_gaps(const Deal& deal, const std::string& vendor);

ResponsivenessReport vendor_responsiveness(const Deal& deal, const std::string& vendor = {});

} // namespace setright
