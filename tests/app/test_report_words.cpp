// The Markdown report in the user's language: every phrase of the core's
// report has a row with the same English and the same placeholders.
#include "report_words_local.hpp"

#include "i18n.hpp"

#include "core/report_markdown.hpp"

#include <doctest/doctest.h>

#include <cctype>
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

} // namespace

TEST_CASE("report words: every phrase translated, English identical to the core's, same placeholders") {
    for (const ProblemText& phrase : report_phrases()) {
        CAPTURE(phrase.code);
        CHECK(std::string(tr(phrase.code, Language::En)) == phrase.english);
        for (Language language : {Language::Ko, Language::Nb, Language::Ru}) {
            const std::string translated = tr(phrase.code, language);
            CHECK(translated != phrase.code);
            CHECK(placeholders(translated) == placeholders(phrase.english));
        }
    }
}

// The app's English names values as its UI does ("Must", "Prospecting"); the
// CLI writes the file format's names ("must"). Otherwise the same words.
std::string lowered(std::string text) {
    for (char& c : text) c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

TEST_CASE("report words: the English app report is the CLI's but for the case of value names, the Russian one is Russian") {
    const Workspace ws = one_deal();
    const Moment at = *parse_moment("2019-12-21");
    set_language(Language::En);
    const std::string app = markdown_report("w.json", ws, at, LocalReportWords());
    std::string cli = markdown_report("w.json", ws, at);
    cli.replace(cli.find("2019-12-21"), 10, "21 Dec 2019");
    CHECK(app.find("| `r1` | SSO | Must | 1 |") != std::string::npos);
    CHECK(lowered(app) == lowered(cli));
    set_language(Language::Ru);
    const std::string russian = markdown_report("w.json", ws, at, LocalReportWords());
    CHECK(russian.find("# Отчёт Setright: w.json") == 0);
    CHECK(russian.find("Оценка на 21.12.2019. Сделок: 1.") != std::string::npos);
    CHECK(russian.find("| `r1` | SSO | Обязательно | 1 |") != std::string::npos);
    CHECK(russian.find("### Требования") != std::string::npos);
    set_language(Language::En);
}
