// Wrapped text ends its lines between words, never inside one ("1," / "250,000").
#include "logic/line_breaks.hpp"

#include <doctest/doctest.h>

using setright::app::break_between_words;
using setright::app::may_break_inside_word;

TEST_CASE("only text where ImGui could break inside a word is checked") {
    CHECK(may_break_inside_word("Lifetime value 1,250,000 kr"));
    CHECK(may_break_inside_word("lovet innen 23.10.2019"));
    CHECK(may_break_inside_word("«Hva synkroniserer den?» spurte"));
    CHECK(may_break_inside_word("he said \"no\""));
    CHECK_FALSE(may_break_inside_word("Yes, it does. 12 items!"));
    CHECK_FALSE(may_break_inside_word("1 250 000"));
    CHECK_FALSE(may_break_inside_word("契約、要件。"));
    CHECK_FALSE(may_break_inside_word(""));
}

TEST_CASE("a break inside a word moves back before the word") {
    const std::string_view line = "Lifetime value 1,250,000 kr";
    // ImGui would break after "1," (index 17): the line ends at the space before the number instead.
    CHECK(break_between_words(line, 17) == 14);
    CHECK(break_between_words(line, 21) == 14); // after "1,250,"
    CHECK(break_between_words("lovet innen 23.10.2019", 15) == 11);
    CHECK(break_between_words("egentlig: oppsigelser?» (må-krav", 22) == 9); // "?»" stays together
}

TEST_CASE("breaks between words stay where they were") {
    CHECK(break_between_words("Yes, it does", 4) == 4);           // after a comma, before a space
    CHECK(break_between_words("Yes it does", 3) == 3);            // at a space
    CHECK(break_between_words("1,250,000", 2) == 2);              // a number wider than the line: nowhere better
    CHECK(break_between_words("Lifetime value 1,250", 20) == 20); // at the end
    CHECK(break_between_words("x", 0) == 0);
}
