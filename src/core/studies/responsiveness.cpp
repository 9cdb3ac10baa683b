// responsiveness.cpp — first-response times per request; see responsiveness.hpp.
#include "core/studies/responsiveness.hpp"

#include "core/model/deal_lookup.hpp"
#include "core/studies/statistics.hpp"

#include <algorithm>
#include <map>

namespace setright {

namespace {

struct Request {
    Channel channel;
    std::optional<double> hours; // absent: never answered
};

ResponseStats stats_of(const std::vector<Request>& requests) {
    ResponseStats s;
    std::vector<double> hours;
    for (const Request& r : requests) {
        ++s.requests;
        if (r.hours) hours.push_back(*r.hours);
    }
    s.answered = static_cast<int>(hours.size());
    s.never_answered_share = share(s.requests - s.answered, s.requests);
    s.median_hours = median(hours).value_or(0);
    s.mean_hours = mean(hours).value_or(0);
    s.p90_hours = percentile(hours, 90).value_or(0);
    return s;
}

} // namespace

std::vector<ResponseGap> response_gaps(const Deal& deal, const std::string& vendor) {
    // The timeline need not be sorted; a stable sort keeps entry order for equal moments.
    std::vector<const Touch*> touches;
    for (const Touch& t : deal.timeline)
        if (vendor.empty() || t.vendor == vendor) touches.push_back(&t);
    std::stable_sort(touches.begin(), touches.end(), [](const Touch* a, const Touch* b) { return a->at < b->at; });

    std::vector<ResponseGap> gaps;
    for (size_t i = 0; i < touches.size(); ++i) {
        const Touch& request = *touches[i];
        if (request.direction != Direction::ToVendor) continue;
        ResponseGap gap{&request, nullptr, std::nullopt};
        for (size_t j = i + 1; j < touches.size(); ++j) {
            const Touch& reply = *touches[j];
            if (reply.direction == Direction::FromVendor && reply.vendor == request.vendor) {
                gap.reply = &reply;
                gap.hours = hours_between(request.at, reply.at);
                break;
            }
        }
        gaps.push_back(gap);
    }
    return gaps;
}

ResponsivenessReport vendor_responsiveness(const Deal& deal, const std::string& requested_vendor) {
    std::vector<Request> requests;
    for (const ResponseGap& gap : response_gaps(deal, judged_vendor(deal, requested_vendor)))
        requests.push_back(Request{gap.request->channel, gap.hours});

    ResponsivenessReport report;
    report.overall = stats_of(requests);
    std::map<int, std::vector<Request>> by_channel;
    for (const Request& r : requests) by_channel[static_cast<int>(r.channel)].push_back(r);
    for (const auto& [channel, list] : by_channel) report.by_channel.emplace_back(static_cast<Channel>(channel), stats_of(list));
    return report;
}

} // namespace setright
