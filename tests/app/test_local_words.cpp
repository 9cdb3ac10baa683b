// Results in the user's language (local_words.hpp): every sentence of the
// core's English tables (import problems, the report, verdicts, blockers and
// red flags) is translated with the same placeholders and the plural forms
// each language has; and the sentences read right in use.
#include "logic/local_words.hpp"

#include "logic/i18n.hpp"

#include "../core/sms_case_fixture.hpp"

#include "core/judging/readiness.hpp"
#include "core/judging/red_flags.hpp"
#include "core/reports/report_csv.hpp"
#include "core/reports/report_markdown.hpp"
#include "core/words/problem_words.hpp"
#include "core/words/verdict_words.hpp"

#include "plural_forms.hpp"

#include <doctest/doctest.h>

#include <cctype>
#include <regex>
#include <set>
#include <string>

using namespace setright;
using namespace setright::app;
using setright::test::plural_form_counts;
using setright::test::sms_case_deal;
using setright::test::when;

namespace {

// The facts a sentence writes out ("{1}", "{2}"), and those only a plural
// form agrees with ("{2:day|days}"): a language may need a plural form
// where English does not.
std::multiset<std::string> placeholders(const std::string& text) {
    static const std::regex placeholder("\\{[1-9]\\}");
    std::multiset<std::string> found;
    for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it) found.insert(it->str());
    return found;
}

std::set<std::string> plural_placeholders(const std::string& text) {
    static const std::regex plural("\\{([1-9]):[^}]*\\}");
    std::set<std::string> found;
    for (std::sregex_iterator it(text.begin(), text.end(), plural), end; it != end; ++it) found.insert("{" + (*it)[1].str() + "}");
    return found;
}

size_t plural_categories(Language language) {
    switch (language) {
    case Language::Ko: return 1;
    case Language::Ru: return 3;
    case Language::En:
    case Language::Nb: return 2;
    }
    return 2;
}

void check_translated(const std::string& key, const std::string& english) {
    CAPTURE(key);
    CHECK(std::string(tr(key.c_str(), Language::En)) == english);
    for (Language language : {Language::En, Language::Ko, Language::Nb, Language::Ru}) {
        const std::string code = language_code(language);
        CAPTURE(code);
        const std::string translated = tr(key.c_str(), language);
        CHECK(translated != key);
        CHECK(placeholders(translated) == placeholders(english));
        for (const std::string& agrees_with : plural_placeholders(translated)) CHECK(placeholders(english).count(agrees_with) == 1);
        for (size_t forms : plural_form_counts(translated)) CHECK(forms == plural_categories(language));
    }
}

Workspace one_deal() {
    Deal deal;
    deal.id = "d1";
    deal.title = "Helpdesk";
    Requirement r;
    r.id = "r1";
    r.text = "SSO";
    r.priority = Priority::Must;
    deal.requirements.push_back(r);
    Workspace ws;
    ws.deals.push_back(deal);
    return ws;
}

// The app's English names values as its UI does ("Must", "Prospecting"); the
// CLI writes the file format's names ("must"). Otherwise the same words.
std::string lowered(std::string text) {
    for (char& c : text) c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

} // namespace

TEST_CASE("local words: every sentence of the core is translated, English identical, same placeholders, each language's plural forms") {
    for (const EnglishWords& w : problem_english()) check_translated(std::string("problem.") + w.key, w.english);
    for (const EnglishWords& w : report_english()) check_translated(w.key, w.english);
    for (const EnglishWords& w : result_english()) check_translated(w.key, w.english);
}

TEST_CASE("local words: Russian and Norwegian plural forms agree with the number") {
    const LocalWords russian(Language::Ru);
    const char* days = "{1} {1:день|дня|дней}";
    CHECK(russian.fill(days, {Fact::count(1)}) == "1 день");
    CHECK(russian.fill(days, {Fact::count(3)}) == "3 дня");
    CHECK(russian.fill(days, {Fact::count(5)}) == "5 дней");
    CHECK(russian.fill(days, {Fact::count(11)}) == "11 дней");
    CHECK(russian.fill(days, {Fact::count(21)}) == "21 день");
    CHECK(russian.fill(days, {Fact::count(22)}) == "22 дня");
    CHECK(russian.fill(days, {Fact::count(112)}) == "112 дней");
    const LocalWords norwegian(Language::Nb);
    CHECK(norwegian.fill("{1} {1:dag|dager}", {Fact::count(1)}) == "1 dag");
    CHECK(norwegian.fill("{1} {1:dag|dager}", {Fact::count(2)}) == "2 dager");
    CHECK(LocalWords(Language::Ko).fill("{1}{1:일}", {Fact::count(2)}) == "2일");
    // UI strings filled from text (tr_fill): the form agrees with the number written, group separators and all.
    set_language(Language::En);
    CHECK(tr_fill("overview.overdue_by", {"1"}) == "overdue by 1 day");
    CHECK(tr_fill("deals.count", {"2"}) == "2 deals");
    set_language(Language::Ru);
    CHECK(tr_fill("overview.overdue_by", {"2 597"}) == "просрочено на 2 597 дней");
    CHECK(tr_fill("overview.raised_times", {"3"}) == "задан 3 раза");
    set_language(Language::Nb);
    CHECK(tr_fill("deals.count", {"1"}) == "1 avtale");
    set_language(Language::En);
}

TEST_CASE("local words: Korean particles agree with the name or number filled in before them") {
    const LocalWords korean(Language::Ko);
    CHECK(korean.phrase("verdict.ready_with", {"공급사"}) == "공급사와 계약할 준비됨");
    CHECK(korean.phrase("verdict.ready_with", {"한국통신"}) == "한국통신과 계약할 준비됨");
    CHECK(korean.phrase("verdict.ready_with", {"Acme"}) == "Acme와(과) 계약할 준비됨");
    CHECK(korean.phrase("blocker.not_supported", {"보고서", "공급사 A"}) == "필수 항목 “보고서”를 공급사 A가 지원하지 않음"); // A read 에이
    CHECK(korean.phrase("problem.flag_code_taken", {"2"}).rfind("2는 이미", 0) == 0);
    // Braces that name no particle are kept as they are.
    CHECK(korean.fill("{x} {1}{의}", {Fact("a")}) == "{x} a{의}");
    CHECK(Words().fill("{1}{은}", {Fact("계약")}) == "계약{은}");
}

TEST_CASE("local words: Russian keeps a vendor's name in the nominative, after a noun that takes the case") {
    const LocalWords russian(Language::Ru);
    CHECK(russian.phrase("verdict.ready_with", {"Поставщик А"}) == "ГОТОВО к подписанию с поставщиком «Поставщик А»");
    CHECK(russian.phrase("verdict.not_ready_with", {"Поставщик А"}) == "НЕ ГОТОВО к подписанию с поставщиком «Поставщик А»");
    CHECK(russian.phrase("blocker.no_claim", {"SSO", "Поставщик А"}).find("нет заявления поставщика «Поставщик А»") != std::string::npos);
    CHECK(russian.phrase("flag.vendor_contact_turnover.says", {Fact::count(3), "Поставщик А", "А, Б, В"}) ==
          "За поставщика «Поставщик А» говорили 3 человека: А, Б, В");
}

TEST_CASE("local words: the SMS case's verdict, blockers and flags, in Norwegian and Russian") {
    const Deal deal = sms_case_deal();
    const Moment at = when("2019-12-21");
    const ReadinessVerdict verdict = assess_readiness(deal, at);
    const LocalWords norwegian(Language::Nb);
    CHECK(verdict_words(deal, verdict, norwegian) == "IKKE KLAR til å signere med SMS vendor");
    REQUIRE(verdict.blockers.size() >= 3);
    CHECK(norwegian.say(verdict.blockers[0].says) == "Må-kravet «Recharge integration» er bare «Påstått», ikke bekreftet");
    bool saw_tabled = false;
    for (const RedFlag& flag : find_red_flags(deal, at)) {
        if (flag.code != "question_tabled_again") continue;
        saw_tabled = true;
        CHECK(subject_words(deal, flag.subject, LocalWords(Language::En)).find("“") == 0);
        CHECK(flag_title(flag.code, LocalWords(Language::En)) == "Question tabled again");
        const std::string russian = LocalWords(Language::Ru).say(flag.says);
        CHECK(russian.find("поднимали 2 раза с ") != std::string::npos);
        CHECK(russian.find("2019") != std::string::npos);
    }
    CHECK(saw_tabled);
}

TEST_CASE("local words: problems: a file's problem in Korean, with its pointer, and unknown codes keep the English message") {
    const ImportResult result = import_workspace(R"({"format":"setright","version":1,"deals":[{"id":"d","title":"T","stage":"maybe"}]})");
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

TEST_CASE("local words: report: the English app report is the CLI's but for the case of value names, the Russian one is Russian") {
    const Workspace ws = one_deal();
    const Moment at = *parse_moment("2019-12-21");
    set_language(Language::En);
    const std::string app = markdown_report(ws, at, LocalWords());
    std::string cli = markdown_report(ws, at);
    cli.replace(cli.find("2019-12-21"), 10, "21 Dec 2019");
    CHECK(app.find("| SSO | Must | 1 |") != std::string::npos);
    CHECK(lowered(app) == lowered(cli));
    CHECK(lowered(csv_report(ws, LocalWords())) == lowered(csv_report(ws)));
    set_language(Language::Ru);
    const std::string russian = markdown_report(ws, at, LocalWords());
    CHECK(russian.find("# Отчёт Setright: Helpdesk\n") == 0);
    CHECK(russian.find("Оценка на 21.12.2019.") != std::string::npos);
    CHECK(russian.find("| SSO | Обязательно | 1 |") != std::string::npos);
    CHECK(russian.find("### Требования") != std::string::npos);
    Workspace three = ws;
    three.deals.push_back(ws.deals[0]);
    three.deals.push_back(ws.deals[0]);
    CHECK(markdown_report(three, at, LocalWords()).find("# Отчёт Setright: 3 сделки\n") == 0);
    set_language(Language::En);
}
