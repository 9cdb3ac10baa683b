// The numbers behind the Study tab's charts.
#include "logic/study_charts.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

namespace {

StudyRequest request(const char* sent, const char* reply, std::optional<double> price = std::nullopt) {
    StudyRequest r;
    r.sent_at = parse_moment(sent);
    if (reply) r.first_reply_at = parse_moment(reply);
    r.quoted_price = price;
    return r;
}

} // namespace

TEST_CASE("study charts: first replies fall in the bin whose upper bound they do not pass") {
    Study s;
    s.requests = {request("2020-03-02T10:00Z", "2020-03-02T11:00Z"), // 1 h: first bin
                  request("2020-03-02T10:00Z", "2020-03-02T11:01Z"), // just over: second
                  request("2020-03-02T10:00Z", "2020-03-04T10:00Z"), // 48 h: 1–2 days
                  request("2020-03-02T10:00Z", "2020-03-20T10:00Z"), // over a week
                  request("2020-03-02T10:00Z", "2020-03-01T10:00Z"), // negative: dropped
                  request("2020-03-02T10:00Z", nullptr),
                  request("2020-03-02T10:00Z", nullptr)};
    const ResponseHistogram h = response_histogram(s);
    CHECK(h.counts == std::array<int, 6>{1, 1, 0, 1, 0, 1});
    CHECK(h.never == 2);
}

TEST_CASE("study charts: prices on a log axis widened to whole decades") {
    Study s;
    CHECK_FALSE(price_axis(s).has_value());
    s.requests = {request("2020-03-02", nullptr, 150000.0), request("2020-03-02", nullptr, 2500000.0), request("2020-03-02", nullptr, 0.0)};
    const std::optional<LogAxis> axis = price_axis(s);
    REQUIRE(axis.has_value());
    CHECK(axis->low == doctest::Approx(100000));
    CHECK(axis->high == doctest::Approx(10000000));
    CHECK(axis->position(1000000) == doctest::Approx(0.5));
    CHECK(axis->position(1) == 0);
    CHECK(axis->ticks().front() == doctest::Approx(100000));
    CHECK(axis->ticks().size() == 7); // 1, 2, 5 × 10^5 and 10^6, then 10^7
}

TEST_CASE("study charts: the figures worked out at once place every positive price on the axis, in order") {
    Study s;
    s.requests = {request("2020-03-02T10:00Z", "2020-03-02T10:30Z", 2500000.0), request("2020-03-02T10:00Z", nullptr, 0.0),
                  request("2020-03-02T10:00Z", nullptr, 150000.0), request("2020-03-02T10:00Z", nullptr, 1000000.0)};
    const StudyFigures figures = study_figures(s);
    CHECK(figures.stats.requests == 4);
    CHECK(figures.histogram.counts[0] == 1);
    CHECK(figures.histogram.never == 3);
    REQUIRE(figures.axis.has_value());
    REQUIRE(figures.price_places.size() == 3); // the zero price is not on a log axis
    CHECK(figures.price_places[0] == doctest::Approx(figures.axis->position(150000)));
    CHECK(figures.price_places[1] == doctest::Approx(0.5));
    CHECK(figures.price_places[2] == doctest::Approx(figures.axis->position(2500000)));
    CHECK(study_figures(Study{}).price_places.empty());
}
