// Import problems as data: a code and its arguments give back exactly the
// English message, so the app can say the same in another language.
#include "core/format/json_format.hpp"
#include "core/words/problem_words.hpp"
#include "core/words/words.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace setright;

namespace {
const char* problem_english(const std::string& code) { return english_sentence("problem." + code); }
std::string fill(const char* text, const std::vector<std::string>& args) { return Words().fill(text, args); }
} // namespace

TEST_CASE("problem words: codes are unique and placeholders fill in order") {
    std::set<std::string> codes;
    for (const EnglishWords& text : problem_english()) CHECK_MESSAGE(codes.insert(text.key).second, text.key);
    CHECK(fill("duplicate {1} {2} (first at {3})", {"id", "'r1'", "/deals/0/requirements/0"}) ==
          "duplicate id 'r1' (first at /deals/0/requirements/0)");
    CHECK(fill("{2} before {1}", {"a", "b"}) == "b before a");
    CHECK(fill("missing {2}", {"only one"}) == "missing {2}");
    CHECK(problem_english("no_such_code") == nullptr);
    // A problem's key never finds a report or flag sentence, nor the reverse.
    CHECK(english_sentence("problem.report.title") == nullptr);
    CHECK(english_sentence("syntax") == nullptr);
}

TEST_CASE("problem words: every problem an import reports carries its code and arguments") {
    const ImportResult enum_problem =
            import_workspace(R"({"format":"setright","version":1,"deals":[{"id":"d","title":"T","stage":"maybe"}]})");
    REQUIRE(enum_problem.problems.size() == 1);
    const ImportProblem& p = enum_problem.problems[0];
    CHECK(p.code == "expected_one_of");
    REQUIRE(p.args.size() == 2);
    CHECK(p.args[1] == "'maybe'");
    CHECK(p.message == fill(problem_english(p.code), p.args));

    const ImportResult syntax = import_workspace("{\"format\": \"setright\",\n  \"deals\": [}");
    REQUIRE(syntax.problems.size() == 1);
    CHECK(syntax.problems[0].code == "syntax");
    CHECK(syntax.problems[0].line == 2);
    CHECK(syntax.problems[0].message.rfind("syntax error: ", 0) == 0);

    const ImportResult newer = import_workspace(R"({"format":"setright","version":7,"deals":[]})");
    REQUIRE(newer.problems.size() == 1);
    CHECK(newer.problems[0].code == "version_newer");
    CHECK(newer.problems[0].args == std::vector<std::string>{"7"});
    CHECK(newer.problems[0].message.find("made by a newer Setright") == 0);

    for (const char* text : {"", "[]", "{\"a\":1,\"a\":2}", "1e400", R"({"format":"setright"})"}) {
        for (const ImportProblem& problem : import_workspace(text).problems) {
            CAPTURE(text);
            REQUIRE(problem_english(problem.code) != nullptr);
            CHECK(problem.message == fill(problem_english(problem.code), problem.args));
        }
    }
}
