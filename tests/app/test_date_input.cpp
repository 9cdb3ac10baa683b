// Typed dates: every form people write, in every language, and what the app
// itself shows reads back as the same day.
#include "logic/date_input.hpp"
#include "logic/format.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

namespace {
const Language kAll[] = {Language::En, Language::Ko, Language::Nb, Language::Ru};
const Moment kDay = make_date(2026, 12, 15);
} // namespace

TEST_CASE("date input: what the app shows reads back as the same day, in every language") {
    for (Language language : kAll) {
        for (int month = 1; month <= 12; ++month) {
            for (int day : {1, 9, 10, 28}) {
                const Moment date = make_date(2026, month, day);
                CAPTURE(format_date(date, language));
                CHECK(parse_user_date(format_date(date, language), language) == date);
            }
        }
        CHECK(parse_user_date(format_date(make_date(2024, 2, 29), language), language) == make_date(2024, 2, 29));
    }
}

TEST_CASE("date input: ISO, year first, Korean and English month names work in every language") {
    for (Language language : kAll) {
        CAPTURE(language_code(language));
        for (const char* text : {"2026-12-15", "  2026-12-15 ", "2026/12/15", "2026.12.15", "2026. 12. 15.", "2026년 12월 15일",
                                 "2026년12월15일", "15 Dec 2026", "15 dec 2026", "15 DEC 2026", "15 Dec. 2026", "15 December 2026",
                                 "15 december 2026", "Dec 15, 2026", "December 15, 2026", "dec 15 2026", "15-Dec-2026"}) {
            CAPTURE(text);
            CHECK(parse_user_date(text, language) == kDay);
        }
        CHECK(parse_user_date("1 Sept 2026", language) == make_date(2026, 9, 1));
        CHECK(parse_user_date("May 5, 2026", language) == make_date(2026, 5, 5));
    }
}

TEST_CASE("date input: Norwegian month names and day-first numbers") {
    for (const char* text : {"15. des. 2026", "15 des 2026", "15. desember 2026", "15 desember 2026", "15 Desember 2026", "15.12.2026",
                             "15/12/2026", "15. 12. 2026"}) {
        CAPTURE(text);
        CHECK(parse_user_date(text, Language::Nb) == kDay);
    }
    CHECK(parse_user_date("1. mai 2026", Language::Nb) == make_date(2026, 5, 1));
    CHECK(parse_user_date("3. okt. 2026", Language::Nb) == make_date(2026, 10, 3));
    CHECK(parse_user_date("1.5.2026", Language::Nb) == make_date(2026, 5, 1));
}

TEST_CASE("date input: Russian month names, genitive and nominative, and day-first numbers") {
    for (const char* text : {"15 дек. 2026", "15 дек 2026", "15 декабря 2026", "15 декабрь 2026", "15 Декабря 2026", "15 ДЕКАБРЯ 2026",
                             "15 декабря 2026 г.", "15 декабря 2026г.", "15.12.2026", "15/12/2026"}) {
        CAPTURE(text);
        CHECK(parse_user_date(text, Language::Ru) == kDay);
    }
    CHECK(parse_user_date("1 мая 2026", Language::Ru) == make_date(2026, 5, 1));
    CHECK(parse_user_date("8 марта 2026", Language::Ru) == make_date(2026, 3, 8));
    CHECK(parse_user_date("1 сент. 2026", Language::Ru) == make_date(2026, 9, 1));
    CHECK(parse_user_date("31 Августа 2026", Language::Ru) == make_date(2026, 8, 31));
    CHECK(parse_user_date("2 ЁЛКИ 2026", Language::Ru) == std::nullopt); // upper-case Ё read, no such month
}

TEST_CASE("date input: day-first numbers only where the language writes them so") {
    // 12/11/2026 is 12 Nov in Oslo and 11 Dec in New York: English and Korean read neither.
    CHECK_FALSE(parse_user_date("15.12.2026", Language::En).has_value());
    CHECK_FALSE(parse_user_date("15/12/2026", Language::Ko).has_value());
    CHECK(parse_user_date("12/11/2026", Language::Nb) == make_date(2026, 11, 12));
}

TEST_CASE("date input: impossible days, short years and other text are refused") {
    for (Language language : kAll) {
        CAPTURE(language_code(language));
        for (const char* text : {"31 Feb 2026", "29 Feb 2025",    "2026-02-30",   "2026/13/01", "2026년 2월 31일",
                                 "32 Dec 2026", "15 Dez 2026",    "tomorrow",     "15 Dec",     "Dec 2026",
                                 "15 Dec 26",   "15 Dec 202",     "1.12.202",     "2026",       "",
                                 "   ",         "15 Dec 2026 10", "15..Dec 2026", "2026/12.15", "15 Dec 2026 x",
                                 "15 Dec 2026!"}) {
            CAPTURE(text);
            CHECK_FALSE(parse_user_date(text, language).has_value());
        }
    }
    CHECK_FALSE(parse_user_date("31.02.2026", Language::Ru).has_value());
    CHECK_FALSE(parse_user_date("31 февраля 2026", Language::Ru).has_value());
}

TEST_CASE("date input: what a field says of text it cannot read") {
    CHECK(unread_date_message("15 Dez 2026", kDay, Language::En) == "“15 Dez 2026” is not a date; try 15 Dec 2026 or 2026-12-15");
    CHECK(unread_date_message("x", kDay, Language::Nb) == "«x» er ikke en dato; prøv 15.12.2026 eller 2026-12-15");
    CHECK(unread_date_message("x", kDay, Language::Ko).find("2026. 12. 15.") != std::string::npos);
    CHECK(unread_date_message("x", kDay, Language::Ru).find("15.12.2026") != std::string::npos);
}
