// Median, mean and percentile: the definitions in docs/formulas.md.
#include "core/studies/statistics.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace setright;

TEST_CASE("statistics: median of odd and even counts, unsorted input") {
    CHECK(median({5, 1, 3}).value() == 3);
    CHECK(median({4, 1, 3, 2}).value() == 2.5);
    CHECK(median({7}).value() == 7);
}

TEST_CASE("statistics: mean") {
    CHECK(mean({1, 2, 3, 4}).value() == 2.5);
    CHECK(mean({-2, 2}).value() == 0);
}

TEST_CASE("statistics: percentile interpolates linearly between closest ranks") {
    const std::vector<double> ten = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    CHECK(percentile(ten, 0).value() == 1);
    CHECK(percentile(ten, 100).value() == 10);
    CHECK(percentile(ten, 90).value() == doctest::Approx(9.1).epsilon(1e-12)); // rank 8.1
    CHECK(percentile({1, 2, 3, 4}, 25).value() == 1.75);                       // rank 0.75
    CHECK(percentile({1, 2, 3, 4}, 50).value() == 2.5);
    CHECK(percentile({1, 2, 3, 4}, 150).value() == 4); // p is clamped to 0..100
    CHECK(percentile({1, 2, 3, 4}, -5).value() == 1);
}

TEST_CASE("statistics: empty input gives no value, never NaN") {
    CHECK_FALSE(median({}).has_value());
    CHECK_FALSE(mean({}).has_value());
    CHECK_FALSE(percentile({}, 90).has_value());
    CHECK_FALSE(percentile({1, 2}, NAN).has_value());
}

TEST_CASE("statistics: NaN values are dropped, not averaged") {
    CHECK(mean({1, NAN, 3}).value() == 2);
    CHECK(median({NAN, 5, 1, 3}).value() == 3);
    CHECK_FALSE(mean({NAN, NAN}).has_value());
    CHECK_FALSE(median({NAN}).has_value());
}

TEST_CASE("statistics: share is 0 of nothing") {
    CHECK(share(1, 4) == 0.25);
    CHECK(share(0, 0) == 0);
    CHECK(share(3, 0) == 0);
}
