// The calendar (calendar_ics.hpp): every date of a deal once, as RFC 5545
// writes it (escaped text, folded lines, CRLF), by names, with UIDs that do
// not change from one export to the next. ical.js reads the CLI's output in
// tests/cli/calendar.test.mjs; these check the bytes.
#include "core/reports/calendar_ics.hpp"

#include "core/words/words.hpp"

#include "named_deal_fixture.hpp"

#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace setright;
using setright::test::has;
using setright::test::named_workspace;

namespace {

Moment at(const char* text) { return parse_moment(text).value(); }

// named_workspace()'s deal with one date of every kind: the target sign
// date, a promised answer still open and one answered, an offer, a
// requirement's and an after-signing task's due dates.
Deal dated_deal() {
    Deal deal = named_workspace().deals[0];
    deal.target_sign_date = at("2024-03-31");
    Question answered = deal.questions[0];
    answered.id = "q-2";
    answered.text = "Is there an audit log API?";
    answered.status = QuestionStatus::Answered;
    answered.promised_by = at("2024-03-05");
    answered.promised_by_whom.clear(); // promised by the vendor as a whole
    answered.vendor = "v-2";
    deal.questions.push_back(answered);
    Touch offer;
    offer.id = "t-1";
    offer.at = at("2024-03-02");
    offer.vendor = "v-2";
    offer.offer = Offer{at("2024-03-25"), "20% off, if signed; first year", {}};
    deal.timeline.push_back(offer);
    deal.requirements[0].due = at("2024-03-15");
    deal.requirements[0].owner = "p-1";
    ChecklistItem kickoff;
    kickoff.id = "c-1";
    kickoff.text = "Kick-off call";
    kickoff.due = at("2024-04-10");
    deal.post_sale.push_back(kickoff);
    return deal;
}

// The content lines of `ics`, unfolded (RFC 5545 3.1).
std::vector<std::string> unfolded_lines(const std::string& ics) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < ics.size()) {
        const std::size_t end = ics.find("\r\n", start);
        REQUIRE(end != std::string::npos); // every line ends with CRLF
        const std::string line = ics.substr(start, end - start);
        if (!line.empty() && line[0] == ' ')
            lines.back() += line.substr(1);
        else
            lines.push_back(line);
        start = end + 2;
    }
    return lines;
}

std::vector<std::string> values_of(const std::string& ics, const std::string& name) {
    std::vector<std::string> values;
    for (const std::string& line : unfolded_lines(ics))
        if (line.rfind(name + ":", 0) == 0) values.push_back(line.substr(name.size() + 1));
    return values;
}

} // namespace

TEST_CASE("calendar: a deal's dates, each an all-day event with its UID, names not ids, and a reminder the day before") {
    const std::string ics = calendar_ics(dated_deal(), at("2024-03-01T09:30Z"), Words());
    CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Setright//Setright calendar//EN\r\n", 0) == 0);
    CHECK(has(ics, "X-WR-CALNAME:Setright: CRM for the sales team\r\n"));
    CHECK(has(ics, "BEGIN:VEVENT\r\n"
                   "UID:promise/d-1/q-1@setright\r\n"
                   "DTSTAMP:20240301T093000Z\r\n"
                   "DTSTART;VALUE=DATE:20240310\r\n"
                   "DTEND;VALUE=DATE:20240311\r\n"
                   "SUMMARY:Answer promised by Dana Rep: Does Okta sync groups both ways?\r\n"
                   "DESCRIPTION:Deal: CRM for the sales team\\nVendor: Acme CRM\\nStatus: promise\r\n"
                   " d\r\n"
                   "TRANSP:TRANSPARENT\r\n"
                   "BEGIN:VALARM\r\n"
                   "ACTION:DISPLAY\r\n"
                   "TRIGGER:-P1D\r\n"
                   "DESCRIPTION:Answer promised by Dana Rep: Does Okta sync groups both ways?\r\n"
                   "END:VALARM\r\n"
                   "END:VEVENT\r\n"));
    CHECK(ics.size() >= 15);
    CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");

    CHECK(values_of(ics, "UID") == std::vector<std::string>{"target-sign/d-1@setright", "promise/d-1/q-1@setright",
                                                            "promise/d-1/q-2@setright", "offer/d-1/t-1@setright",
                                                            "requirement/d-1/r-1@setright", "post-sale/d-1/c-1@setright"});
    CHECK(values_of(ics, "SUMMARY") ==
          std::vector<std::string>{"Target signing: CRM for the sales team",
                                   "Answer promised by Dana Rep: Does Okta sync groups both ways?",
                                   "Answer promised by Bolt Systems: Is there an audit log API?", "Offer from Bolt Systems expires",
                                   "Requirement due: Single sign-on with Okta", "After signing\\, due: Kick-off call"});
    CHECK(values_of(ics, "DTSTART;VALUE=DATE") ==
          std::vector<std::string>{"20240331", "20240310", "20240305", "20240325", "20240315", "20240410"});
    // The terms, escaped; the owner by name.
    const std::vector<std::string> descriptions = values_of(ics, "DESCRIPTION"); // each event's, then its alarm's
    CHECK(has(descriptions[5], "\\nTerms: 20% off\\, if signed\\; first year"));
    CHECK(descriptions[7] == "Deal: CRM for the sales team\\nOwner: Dana Rep");
    // Everything still to come is reminded; the answered question is not.
    CHECK(values_of(ics, "TRIGGER").size() == 5);
    CHECK(values_of(ics, "DESCRIPTION").size() == 6 + 5);
    // What a person reads holds no id.
    for (const char* name : {"SUMMARY", "DESCRIPTION", "X-WR-CALNAME"})
        for (const std::string& text : values_of(ics, name))
            for (const char* id : {"d-1", "v-1", "v-2", "r-1", "p-1", "q-1", "q-2", "t-1", "c-1"}) {
                INFO(text);
                CHECK_FALSE(has(text, id));
            }
}

TEST_CASE("calendar: two exports differ only in DTSTAMP, so a calendar updates its events instead of copying them") {
    const std::string first = calendar_ics(dated_deal(), at("2024-03-01T09:30Z"), Words());
    const std::string second = calendar_ics(dated_deal(), at("2024-05-20"), Words());
    CHECK(values_of(first, "UID") == values_of(second, "UID"));
    CHECK(values_of(second, "DTSTAMP") == std::vector<std::string>(6, "20240520T000000Z"));
    std::string restamped = first;
    for (std::size_t pos = restamped.find("20240301T093000Z"); pos != std::string::npos; pos = restamped.find("20240301T093000Z", pos))
        restamped.replace(pos, 16, "20240520T000000Z");
    CHECK(restamped == second);
    // UIDs are unique, and different ids never make the same UID: "/" inside an id is encoded.
    const std::vector<std::string> uids = values_of(first, "UID");
    CHECK(std::set<std::string>(uids.begin(), uids.end()).size() == uids.size());
    Deal a = dated_deal(), b = dated_deal();
    a.id = "x/y";
    a.questions[0].id = "z";
    b.id = "x";
    b.questions[0].id = "y/z";
    CHECK(values_of(calendar_ics(a, at("2024-03-01"), Words()), "UID")[1] == "promise/x%2Fy/z@setright");
    CHECK(values_of(calendar_ics(b, at("2024-03-01"), Words()), "UID")[1] == "promise/x/y%2Fz@setright");
}

TEST_CASE("calendar: a date with a time is written in UTC, an instant with no end") {
    Deal deal = dated_deal();
    deal.questions[0].promised_by = at("2024-03-10T17:45+03:00");
    const std::string ics = calendar_ics(deal, at("2024-03-01"), Words());
    CHECK(values_of(ics, "DTSTART") == std::vector<std::string>{"20240310T144500Z"});
    CHECK(values_of(ics, "DTEND;VALUE=DATE").size() == 5); // the all-day events only
}

TEST_CASE("calendar: text is escaped as RFC 5545 TEXT, control characters and broken UTF-8 replaced") {
    CHECK(ics_text("a\\b;c,d:e") == "a\\\\b\\;c\\,d:e");
    CHECK(ics_text("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour");
    CHECK(ics_text("tab\tkept") == "tab\tkept");
    CHECK(ics_text(std::string("nul\0esc\x1b", 8)) == "nul\xEF\xBF\xBD"
                                                      "esc\xEF\xBF\xBD");
    CHECK(ics_text("bad \xff byte") == "bad \xEF\xBF\xBD byte");
    CHECK(ics_text("한국어, русский") == "한국어\\, русский");
}

TEST_CASE("calendar: lines fold at 75 octets with CRLF and a space, never inside a UTF-8 character") {
    CHECK(ics_line("SHORT:x") == "SHORT:x\r\n");
    const std::string ascii = "SUMMARY:" + std::string(200, 'a');
    const std::string folded = ics_line(ascii);
    CHECK(folded.substr(0, 77) == "SUMMARY:" + std::string(67, 'a') + "\r\n");
    std::string korean = "SUMMARY:";
    for (int i = 0; i < 60; ++i) korean += "한"; // 3 octets each
    for (const std::string& line : {folded, ics_line(korean)}) {
        std::istringstream physical(line);
        std::string row, joined;
        bool first = true;
        while (std::getline(physical, row)) {
            REQUIRE(!row.empty());
            CHECK(row.back() == '\r');
            row.pop_back();
            CHECK(row.size() <= 75);
            if (!first) {
                CHECK(row[0] == ' ');
                row.erase(0, 1);
                // A continuation starts on a character, not inside one.
                CHECK((static_cast<unsigned char>(row[0]) & 0xC0) != 0x80);
            }
            joined += row;
            first = false;
        }
        CHECK(joined + "\r\n" == (line == folded ? ascii : korean) + "\r\n");
    }
}

TEST_CASE("calendar: a workspace's deals in one calendar, named by their number") {
    Workspace ws;
    ws.deals = {dated_deal(), dated_deal()};
    ws.deals[1].id = "d-2";
    const std::string ics = calendar_ics(ws, at("2024-03-01"), Words());
    CHECK(values_of(ics, "X-WR-CALNAME") == std::vector<std::string>{"Setright: 2 deals"});
    CHECK(values_of(ics, "UID").size() == 12);
    CHECK(values_of(ics, "UID")[6] == "target-sign/d-2@setright");
    // A deal without a date: a calendar with no events.
    Deal undated = named_workspace().deals[0];
    undated.questions[0].promised_by.reset();
    const std::string empty = calendar_ics(undated, at("2024-03-01"), Words());
    CHECK_FALSE(has(empty, "BEGIN:VEVENT"));
    CHECK(has(empty, "END:VCALENDAR\r\n"));
}
