// Import problems in the user's language: every code the core can report has
// a sentence in all four languages with the same placeholders.
#include "problem_words.hpp"

#include "i18n.hpp"

#include "core/problem_texts.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>

using namespace setright;
using namespace setright::app;

namespace {

std::multiset<std::string> placeholders(const std::string& text) {
    static const std::regex placeholder("\\{[1-9]\\}");
    std::multiset<std::string> found;
    for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it) found.insert(it->str());
    return found;
}

} // namespace

TEST_CASE("problem words: every problem code is translated, with the English text and the same placeholders") {
    for (const ProblemText& text : problem_texts()) {
        const std::string key = std::string("problem.") + text.code;
        CAPTURE(key);
        CHECK(std::string(tr(key.c_str(), Language::En)) == text.english);
        for (Language language : {Language::Ko, Language::Nb, Language::Ru}) {
            const std::string translated = tr(key.c_str(), language);
            CHECK(translated != key);
            CHECK(placeholders(translated) == placeholders(text.english));
        }
    }
}

TEST_CASE("problem words: a file's problem in Korean, with its pointer, and unknown codes keep the English message") {
    const ImportResult result = import_workspace(
        R"({"format":"setright","version":1,"deals":[{"id":"d","title":"T","stage":"maybe"}]})");
    REQUIRE(result.problems.size() == 1);
    set_language(Language::Ko);
    CHECK(describe_problem("deal.json", result.problems[0]) ==
          "deal.json: /deals/0/stage: prospecting, discovery, demo, proposal, negotiation, signed, implementing, live, "
          "churned, lost, no_decision 중 하나여야 하지만 'maybe'입니다");
    ImportProblem odd{"/x", "something new", 0, 0, "code_from_the_future", {}};
    CHECK(problem_message(odd) == "something new");
    set_language(Language::En);
    CHECK(describe_problem("deal.json", result.problems[0]) == format_problem("deal.json", result.problems[0]));
}
