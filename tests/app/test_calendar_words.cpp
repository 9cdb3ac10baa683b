// The calendar the app downloads (calendar_ics.hpp) through its LocalWords:
// summaries and descriptions in the UI's language, every placeholder and
// particle filled, the deal's names as they are.
#include "logic/local_words.hpp"

#include "../core/named_deal_fixture.hpp"

#include "core/reports/calendar_ics.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright;
using namespace setright::app;
using setright::test::has;
using setright::test::named_workspace;

namespace {

// The calendar with its folded lines joined again (RFC 5545 3.1).
std::string unfolded_calendar(Language language) {
    Deal deal = named_workspace().deals[0];
    deal.target_sign_date = parse_moment("2024-03-31");
    std::string ics = calendar_ics(deal, parse_moment("2024-03-01T12:00Z").value(), LocalWords(language));
    for (std::size_t at = ics.find("\r\n "); at != std::string::npos; at = ics.find("\r\n ", at)) ics.erase(at, 3);
    return ics;
}

} // namespace

TEST_CASE("calendar words: in Korean, Russian and Norwegian, with names and no placeholder left") {
    const std::string ko = unfolded_calendar(Language::Ko);
    CHECK(has(ko, "\r\nX-WR-CALNAME:Setright: CRM for the sales team\r\n"));
    CHECK(has(ko, "\r\nSUMMARY:목표 계약일: CRM for the sales team\r\n"));
    CHECK(has(ko, "약속한 답변: Does Okta sync groups both ways?\r\n"));
    CHECK(has(ko, "\r\nDESCRIPTION:거래: CRM for the sales team\\n공급업체: Acme CRM\\n상태: 답변 약속됨\r\n"));

    const std::string ru = unfolded_calendar(Language::Ru);
    CHECK(has(ru, "\r\nSUMMARY:Обещанный ответ (Dana Rep): Does Okta sync groups both ways?\r\n"));
    CHECK(has(ru, "\\nСтатус: Обещан ответ\r\n"));

    const std::string nb = unfolded_calendar(Language::Nb);
    CHECK(has(nb, "\r\nSUMMARY:Svar lovet av Dana Rep: Does Okta sync groups both ways?\r\n"));
    CHECK(has(nb, "\r\nSUMMARY:Planlagt signering: CRM for the sales team\r\n"));

    for (const std::string* ics : {&ko, &ru, &nb}) {
        CHECK_FALSE(has(*ics, "{"));
        CHECK_FALSE(has(*ics, "calendar."));
    }
}
