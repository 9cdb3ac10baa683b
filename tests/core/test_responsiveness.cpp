// Vendor responsiveness: time from each request to the vendor's next reply.
#include "core/studies/responsiveness.hpp"

#include "sms_case_fixture.hpp"

#include <doctest/doctest.h>

using namespace setright;
using setright::test::sms_case_deal;
using setright::test::when;

namespace {

Touch touch(const std::string& vendor, const char* at, Channel channel, Direction direction) {
    Touch t;
    t.vendor = vendor;
    t.at = when(at);
    t.channel = channel;
    t.direction = direction;
    return t;
}

} // namespace

TEST_CASE("responsiveness: the SMS case, request by request") {
    // 2019-10-28 → 2019-11-22 (600 h), 2019-11-22 → 2019-12-17 (600 h), contract 2019-12-21 → implementation 2020-01-07 (408 h).
    const ResponsivenessReport r = vendor_responsiveness(sms_case_deal());
    CHECK(r.overall.requests == 3);
    CHECK(r.overall.answered == 3);
    CHECK(r.overall.never_answered_share == 0);
    CHECK(r.overall.median_hours == 600);
    CHECK(r.overall.mean_hours == 536);
    CHECK(r.overall.p90_hours == 600);
    REQUIRE(r.by_channel.size() == 2);
    CHECK(r.by_channel[0].first == Channel::Email);
    CHECK(r.by_channel[0].second.requests == 2);
    CHECK(r.by_channel[0].second.mean_hours == 600);
    CHECK(r.by_channel[1].first == Channel::Contract);
    CHECK(r.by_channel[1].second.median_hours == 408);
}

TEST_CASE("responsiveness: unanswered requests, other vendors' replies do not count") {
    Deal d;
    d.vendors = {{"a", "A", Json::object()}, {"b", "B", Json::object()}};
    d.primary_vendor = "a";
    d.timeline = {
            touch("a", "2020-03-02T10:00Z", Channel::Form, Direction::ToVendor),
            touch("b", "2020-03-02T11:00Z", Channel::Email, Direction::FromVendor), // the other vendor
            touch("a", "2020-03-02T14:00Z", Channel::Email, Direction::FromVendor), // 4 h
            touch("a", "2020-03-02T09:00Z", Channel::Email, Direction::ToVendor),   // out of order: 5 h to the same reply
            touch("a", "2020-03-03T09:00Z", Channel::Phone, Direction::ToVendor),   // 8 h
            touch("a", "2020-03-03T17:00Z", Channel::Call, Direction::FromVendor),
            touch("a", "2020-03-04T09:00Z", Channel::Email, Direction::ToVendor), // never answered
            touch("b", "2020-03-05T09:00Z", Channel::Email, Direction::ToVendor),
    };
    const ResponsivenessReport r = vendor_responsiveness(d);
    CHECK(r.overall.requests == 4);
    CHECK(r.overall.answered == 3);
    CHECK(r.overall.never_answered_share == 0.25);
    CHECK(r.overall.median_hours == 5);
    CHECK(r.overall.mean_hours == doctest::Approx(17.0 / 3).epsilon(1e-12));
    CHECK(r.overall.p90_hours == doctest::Approx(7.4).epsilon(1e-12)); // rank 1.8 of {4, 5, 8}
    REQUIRE(r.by_channel.size() == 3);                                 // email, form, phone in Channel order
    CHECK(r.by_channel[0].first == Channel::Email);
    CHECK(r.by_channel[0].second.requests == 2);
    CHECK(r.by_channel[0].second.answered == 1);
    CHECK(r.by_channel[0].second.never_answered_share == 0.5);
    CHECK(r.by_channel[1].first == Channel::Form);
    CHECK(r.by_channel[1].second.median_hours == 4);
    CHECK(r.by_channel[2].first == Channel::Phone);

    const ResponsivenessReport b = vendor_responsiveness(d, "b");
    CHECK(b.overall.requests == 1);
    CHECK(b.overall.answered == 0);
    CHECK(b.overall.never_answered_share == 1);
    CHECK(b.overall.median_hours == 0); // no answers: 0, with answered == 0 saying why
    CHECK(b.overall.mean_hours == 0);
    CHECK(b.overall.p90_hours == 0);

    d.primary_vendor.clear(); // two vendors, none chosen: both counted, each with its own replies
    CHECK(vendor_responsiveness(d).overall.requests == 5);
    CHECK(vendor_responsiveness(d).overall.answered == 3);
}

TEST_CASE("responsiveness: an empty timeline") {
    const ResponsivenessReport r = vendor_responsiveness(Deal{});
    CHECK(r.overall.requests == 0);
    CHECK(r.overall.answered == 0);
    CHECK(r.overall.never_answered_share == 0);
    CHECK(r.overall.median_hours == 0);
    CHECK(r.by_channel.empty());
}

TEST_CASE("responsiveness: gaps pair each request with that vendor's next reply, across vendors") {
    Deal deal;
    deal.timeline.push_back(touch("b", "2026-01-05T09:00Z", Channel::Email, Direction::ToVendor));
    deal.timeline.push_back(touch("a", "2026-01-01T09:00Z", Channel::Email, Direction::ToVendor));
    deal.timeline.push_back(touch("b", "2026-01-04T09:00Z", Channel::Call, Direction::FromVendor)); // before b's request
    deal.timeline.push_back(touch("a", "2026-01-02T21:00Z", Channel::Email, Direction::FromVendor));
    const std::vector<ResponseGap> all = response_gaps(deal, "");
    REQUIRE(all.size() == 2);
    CHECK(all[0].request == &deal.timeline[1]); // by time, not entry order
    CHECK(all[0].reply == &deal.timeline[3]);
    CHECK(all[0].hours == 36.0);
    CHECK(all[1].request == &deal.timeline[0]);
    CHECK(all[1].reply == nullptr); // b replied before it was asked, not after
    CHECK_FALSE(all[1].hours.has_value());
    CHECK(response_gaps(deal, "a").size() == 1);
}
