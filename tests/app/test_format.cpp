// Dates and numbers as each language writes them.
#include "logic/format.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

TEST_CASE("format: dates in each language") {
    const Moment day = make_date(2019, 12, 21);
    CHECK(format_date(day, Language::En) == "21 Dec 2019");
    CHECK(format_date(day, Language::Ko) == "2019. 12. 21.");
    CHECK(format_date(day, Language::Nb) == "21.12.2019");
    CHECK(format_date(day, Language::Ru) == "21.12.2019");
    CHECK(format_moment_local(*parse_moment("2019-10-16T14:05Z"), Language::Nb) == "16.10.2019 14:05");
}

TEST_CASE("format: numbers group and mark decimals as each language does") {
    CHECK(format_number(1234567.891, 2, Language::En) == "1,234,567.89");
    CHECK(format_number(1234567.891, 2, Language::Ko) == "1,234,567.89");
    CHECK(format_number(400000, 0, Language::Ru) == "400\xC2\xA0"
                                                    "000");
    CHECK(format_number(-1234.5, 1, Language::Nb) == "-1\xC2\xA0"
                                                     "234,5");
    CHECK(format_number(0.004, 2, Language::En) == "0.00");
    CHECK(format_number(999.5, 0, Language::En) == "1,000");
}

TEST_CASE("format: waits in hours under two days, in days from there, and filters ignore ASCII case only") {
    set_language(Language::En);
    CHECK(format_wait(36, 0, 1) == "36 h");
    CHECK(format_wait(600, 0, 1) == "25.0 d");
    CHECK(format_wait(47.5, 1, 1) == "47.5 h");
    set_language(Language::Ru);
    CHECK(format_wait(600, 0, 0) == "25 дн.");
    set_language(Language::En);
    CHECK(contains_ignoring_case("Single Sign-On via SAML", "sign-on"));
    CHECK(contains_ignoring_case("anything", ""));
    CHECK_FALSE(contains_ignoring_case("SSO", "saml"));
    CHECK(contains_ignoring_case("Вход через SSO", "sso"));
    CHECK_FALSE(contains_ignoring_case("Вход", "вход")); // Cyrillic matches exactly
}

TEST_CASE("format: sizes in units of 1024, whole units without a decimal, the exact count when asked") {
    CHECK(format_size(830, false, Language::En) == "830 bytes");
    CHECK(format_size(64ull * 1024 * 1024, false, Language::En) == "64 MB");
    CHECK(format_size(1536, true, Language::En) == "1.5 KB (1,536 bytes)");
    CHECK(format_size(1073741824, true, Language::En) == "1 GB (1,073,741,824 bytes)");
    CHECK(format_size(1073741823, false, Language::En) == "1,023.9 MB"); // never rounded up to a unit it has not reached
    CHECK(format_size(1288490189, false, Language::Nb) == "1,2 GB");
    CHECK(format_size(64ull * 1024 * 1024, false, Language::Ru) == "64 МБ");
}
