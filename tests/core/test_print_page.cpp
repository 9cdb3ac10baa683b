// The printed page (print_page.hpp): the verdict and each blocker, the red
// flags, coverage side by side and the open promises, overdue first; names,
// never ids; every text escaped, so a title cannot become markup. The browser
// prints it in tests/e2e/print.test.mjs (pdftotext reads the PDF).
#include "core/reports/print_page.hpp"

#include "core/judging/readiness.hpp"
#include "core/judging/red_flags.hpp"
#include "core/reports/safe_text.hpp"
#include "core/words/verdict_words.hpp"
#include "core/words/words.hpp"

#include "named_deal_fixture.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright;
using setright::test::check_no_ids_or_codes;
using setright::test::has;
using setright::test::named_at;
using setright::test::named_workspace;

TEST_CASE("print page: the verdict first, with every blocker, then flags, coverage and open promises") {
    const Deal deal = named_workspace().deals[0];
    const Words words;
    const std::string page = print_page_html(deal, named_at(), words);
    const ReadinessVerdict verdict = assess_readiness(deal, named_at());
    REQUIRE_FALSE(verdict.ready);
    REQUIRE_FALSE(verdict.blockers.empty());

    const size_t verdict_at = page.find(html_text(verdict_words(deal, verdict, words)));
    REQUIRE(verdict_at != std::string::npos);
    CHECK(has(page, "print-verdict-not-ready"));
    for (const Blocker& b : verdict.blockers) CHECK(has(page, "<li>" + html_text(words.say(b.says)) + "</li>"));
    for (const RedFlag& f : find_red_flags(deal, named_at())) CHECK(has(page, html_text(flag_title(f.code, words))));
    const size_t flags_at = page.find("<h2>Red flags</h2>");
    const size_t coverage_at = page.find("<h2>Coverage</h2>");
    const size_t promises_at = page.find("<h2>Open questions</h2>");
    CHECK(verdict_at < flags_at);
    CHECK(flags_at < coverage_at);
    CHECK(coverage_at < promises_at);
    CHECK(promises_at != std::string::npos);
    CHECK(has(page, "<th>Acme CRM</th>"));
    CHECK(has(page, "<th>Bolt Systems</th>"));
    CHECK(has(page, "<td>Does Okta sync groups both ways?</td>"));
    CHECK(has(page, "<td>Dana Rep</td>"));
    CHECK(has(page, "<strong>(overdue)</strong>"));
    check_no_ids_or_codes(page);
}

TEST_CASE("print page: overdue promises come before the others") {
    Deal deal = named_workspace().deals[0];
    Question later = deal.questions[0];
    later.id = "q-2";
    later.text = "When does the EU region open?";
    later.promised_by = parse_moment("2024-04-30");
    deal.questions.insert(deal.questions.begin(), later);
    const std::string page = print_page_html(deal, named_at(), Words());
    CHECK(page.find("Does Okta sync groups both ways?") < page.find("When does the EU region open?"));
}

TEST_CASE("print page: a deal with nothing open says so, and no coverage table without vendors") {
    Deal deal;
    deal.id = "d-9";
    deal.title = "Empty";
    const std::string page = print_page_html(deal, named_at(), Words());
    CHECK(has(page, "print-verdict-unjudged"));
    CHECK(has(page, "<h2>Open questions</h2><p>None.</p>"));
    CHECK_FALSE(has(page, "print-coverage"));
}

TEST_CASE("print page: text from a file never becomes markup") {
    Deal deal = named_workspace().deals[0];
    deal.title = "<img src=x onerror=alert(1)> & \"CFO's\" pick\x1b[2J";
    deal.vendors[0].name = "</td><script>steal()</script>";
    const std::string page = print_page_html(deal, named_at(), Words());
    CHECK_FALSE(has(page, "<img"));
    CHECK_FALSE(has(page, "<script"));
    CHECK_FALSE(has(page, "\x1b"));
    CHECK(has(page, "<h1>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;CFO&#39;s&quot; pick\xEF\xBF\xBD[2J</h1>"));
    CHECK(has(page, "&lt;/td&gt;&lt;script&gt;steal()&lt;/script&gt;"));
}

TEST_CASE("html_text: markup characters as references, controls and broken UTF-8 as U+FFFD, the rest as it is") {
    CHECK(html_text("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;");
    CHECK(html_text("한국어 — Ёлка\tå\n") == "한국어 — Ёлка\tå\n");
    CHECK(html_text(std::string("x\0y", 3)) == "x\xEF\xBF\xBDy");
    CHECK(html_text("\xC3") == "\xEF\xBF\xBD");
}
