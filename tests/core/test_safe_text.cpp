// Exports that cannot attack their reader: CSV cells no spreadsheet reads as
// a formula, Markdown whose tables keep their columns and carry no control
// characters, terminal text without escape sequences (safe_text.hpp,
// report_markdown.hpp's markdown_text).
#include "core/format/json_format.hpp"
#include "core/reports/report_csv.hpp"
#include "core/reports/report_markdown.hpp"
#include "core/reports/safe_text.hpp"
#include "core/words/words.hpp"
#include "core/workshop/case_room.hpp"

#include "sms_case_fixture.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright;
using namespace std::string_literals;

namespace {

const std::string fffd = "\xEF\xBF\xBD";

// Unescaped "|" in a Markdown table row: one more than its cells.
int pipes(const std::string& row) {
    int n = 0;
    for (size_t i = 0; i < row.size(); ++i) {
        if (row[i] == '\\')
            ++i;
        else if (row[i] == '|')
            ++n;
    }
    return n;
}

// The line of `text` that holds `needle`.
std::string line_with(const std::string& text, const std::string& needle) {
    const size_t at = text.find(needle);
    if (at == std::string::npos) return {};
    const size_t start = text.rfind('\n', at) + 1; // npos + 1 == 0
    return text.substr(start, text.find('\n', at) - start);
}

bool has_raw_control(const std::string& text, bool allow_cr) {
    for (unsigned char c : text)
        if ((c < 0x20 && c != '\n' && c != '\t' && !(allow_cr && c == '\r')) || c == 0x7F) return true;
    return text.find("\xC2\x9B") != std::string::npos; // C1 CSI
}

} // namespace

TEST_CASE("csv: a text cell starting like a formula gets a leading quote (OWASP)") {
    CHECK(csv_text("=1+1") == "'=1+1");
    CHECK(csv_text("+1") == "'+1");
    CHECK(csv_text("-2+3") == "'-2+3");
    CHECK(csv_text("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_text("\t=1+1") == "'\t=1+1");
    CHECK(csv_text("\r=1+1") == "\"'\r=1+1\""); // CR: quoted too, as RFC 4180 asks
    // Quotes and commas: prefixed, then quoted with inner quotes doubled.
    CHECK(csv_text("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    // Anything else stays as it was; a formula character later in the cell is harmless.
    CHECK(csv_text("Recharge integration") == "Recharge integration");
    CHECK(csv_text("a=b") == "a=b");
    CHECK(csv_text("") == "");
    CHECK(csv_text("'=1") == "'=1");
    // A semicolon splits cells in many locales' spreadsheets: quoted, so no cell starts at "=".
    CHECK(csv_text("x;=1+1") == "\"x;=1+1\"");
}

TEST_CASE("csv: a number cell is a number, negative or not, and the same text is guarded") {
    CHECK(csv_number(-3) == "-3");
    CHECK(csv_number(-0.5) == "-0.5");
    CHECK(csv_number(2) == "2");
    CHECK(csv_text("-3") == "'-3");
}

TEST_CASE("csv: control characters but TAB, CR and LF become U+FFFD") {
    CHECK(csv_text("a\x1b]0;pwned\x07z") == "\"a" + fffd + "]0;pwned" + fffd + "z\""); // quoted for its ";"
    CHECK(csv_text("a\0b"s) == "a" + fffd + "b");
    CHECK(csv_text("a\x1b[2Jb") == "a" + fffd + "[2Jb");
    CHECK(csv_text("line\nbreak") == "\"line\nbreak\"");
    CHECK(csv_text("tab\there") == "tab\there");
    CHECK(csv_text("Emoji 😀, 한국어") == "\"Emoji 😀, 한국어\"");
}

TEST_CASE("csv: the report and the room write every cell through the guard") {
    Workspace ws;
    Deal deal;
    deal.id = "=HYPERLINK(\"http://x\",\"y\")";
    deal.title = "Budget";
    Organisation v;
    v.id = "@SUM(A1)";
    deal.vendors.push_back(v);
    Requirement r;
    r.id = "+1";
    r.text = "-1+2\x1b[2J";
    r.weight = 3;
    deal.requirements.push_back(r);
    ws.deals.push_back(deal);
    const std::string csv = csv_report(ws);
    CHECK(csv == "Deal,Requirement,Priority,Weight,Vendor,Status\r\n"
                 "Budget,'-1+2" +
                         fffd + "[2J,should,3,'@SUM(A1),unknown\r\n");
    ws.deals[0].title.clear(); // shown by its id then, guarded the same
    CHECK(csv_report(ws).find("\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'-1+2") != std::string::npos);

    CaseKey key;
    key.steps.push_back(
            CaseStep{"-s1", test::when("2019-10-16"), "Demo", "", {"must_have_only_claimed"}, std::nullopt, "", Json::object()});
    AnswerSheet ana;
    ana.deal = "sms";
    ana.participant = "=HYPERLINK(\"http://x\",\"y\")";
    const Room room = summarise_room(key, {ana});
    const std::string room_text = room_csv(key, room);
    CHECK(room_text.find("marked,'-s1,must_have_only_claimed,0,1\r\n") != std::string::npos);
    CHECK(room_text.find("spotted,,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",0,1\r\n") != std::string::npos);
    CHECK(room_text.find("false_alarms,,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",0,\r\n") != std::string::npos);
}

TEST_CASE("markdown: | is escaped, CR and LF become a space, controls become U+FFFD") {
    CHECK(markdown_text("a|b") == "a\\|b");
    CHECK(markdown_text("a\rb") == "a b");
    CHECK(markdown_text("a\nb") == "a b");
    CHECK(markdown_text("a\r\nb") == "a b");
    CHECK(markdown_text("a\0b"s) == "a" + fffd + "b");
    CHECK(markdown_text("\x1b]0;pwned\x07") == fffd + "\\]0;pwned" + fffd);
    CHECK(markdown_text("\x1b[2J") == fffd + "\\[2J");
    CHECK(markdown_text("del\x7f c1\xC2\x9B") == "del" + fffd + " c1" + fffd);
    CHECK(markdown_text("not utf-8 \xff") == "not utf-8 " + fffd);
    CHECK(markdown_text("tab\tstays, 한국어 too") == "tab\tstays, 한국어 too");
}

TEST_CASE("markdown: hostile ids and titles keep the report's tables whole and its bytes printable") {
    Workspace ws;
    Deal deal;
    deal.id = "d|1";
    deal.title = "\x1b]0;pwned\x07"
                 "Budget\0 approved"s;
    Organisation v;
    v.id = "acme";
    v.name = "Acme | Co\r";
    deal.vendors.push_back(v);
    deal.primary_vendor = "acme";
    Requirement r;
    r.id = "r|1\r";
    r.text = "Sync\x1b[2J | \0now"s;
    r.priority = Priority::Must;
    deal.requirements.push_back(r);
    ws.deals.push_back(deal);
    const std::string md = markdown_report(ws, test::when("2019-10-20"));
    CHECK_FALSE(has_raw_control(md, false));
    const std::string header = line_with(md, "| Requirement |");
    const std::string row = line_with(md, "| Sync");
    REQUIRE(!header.empty());
    REQUIRE(!row.empty());
    CHECK(pipes(header) == 5); // Requirement, Priority, Weight, Acme
    CHECK(pipes(row) == pipes(header));
    CHECK(row.find("Sync" + fffd + "\\[2J \\| " + fffd + "now") != std::string::npos);
    CHECK(md.find("# Setright report: " + fffd + "\\]0;pwned" + fffd + "Budget" + fffd + " approved\n") == 0);
    CHECK(md.find("## " + fffd + "\\]0;pwned" + fffd + "Budget" + fffd + " approved\n") != std::string::npos);
    // An item with nothing but a hostile id shows it escaped, like any text.
    ws.deals[0].requirements[0].text.clear();
    const std::string by_id = line_with(markdown_report(ws, test::when("2019-10-20")), "| r\\|1");
    REQUIRE(!by_id.empty());
    CHECK(pipes(by_id) == pipes(header));
}

TEST_CASE("markdown: the room's tables keep their columns whatever a participant is called") {
    CaseKey key;
    key.steps.push_back(
            CaseStep{"s1", test::when("2019-10-16"), "Demo\x1b[2J", "", {"must_have_only_claimed"}, std::nullopt, "", Json::object()});
    AnswerSheet ana;
    ana.deal = "sms";
    ana.participant = "Ana | =cmd\r\0x"s;
    const Room room = summarise_room(key, {ana});
    Deal deal;
    deal.id = "sms";
    deal.title = "SMS\x07";
    deal.case_key = key;
    const std::string md = room_markdown(deal, room, Words{});
    CHECK_FALSE(has_raw_control(md, false));
    const std::string row = line_with(md, "Ana");
    CHECK(pipes(row) == 7);
    CHECK(row.rfind("| Ana \\| =cmd " + fffd + "x |", 0) == 0);
}

TEST_CASE("terminal: escape sequences and controls become U+FFFD, while LF, TAB and UTF-8 stay") {
    CHECK(terminal_text("\x1b]0;pwned\x07title") == fffd + "]0;pwned" + fffd + "title");
    CHECK(terminal_text("\x1b[2Jclear") == fffd + "[2Jclear");
    CHECK(terminal_text("nul\0cut"s) == "nul" + fffd + "cut");
    CHECK(terminal_text("over\rwrite") == "over" + fffd + "write");
    CHECK(terminal_text("csi\xC2\x9B"
                        "2J") == "csi" + fffd + "2J");
    CHECK(terminal_text("raw \x9b byte") == "raw " + fffd + " byte");
    CHECK(terminal_text("del\x7f") == "del" + fffd);
    CHECK(terminal_text("line\n\tindented, 한국어, русский, 😀") == "line\n\tindented, 한국어, русский, 😀");
}

TEST_CASE("utf-8: decoding refuses overlong forms, surrogates and cut sequences") {
    CHECK(decode_utf8("\xC0\xAF", 0).valid == false);
    CHECK(decode_utf8("\xED\xA0\x80", 0).valid == false);
    CHECK(decode_utf8("\xE2\x82", 0).valid == false);
    const Utf8Char euro = decode_utf8("\xE2\x82\xAC", 0);
    CHECK(euro.valid);
    CHECK(euro.c == 0x20AC);
    CHECK(euro.length == 3);
}

TEST_CASE("append_utf8 writes each length of sequence decode_utf8 reads back") {
    for (char32_t c : {char32_t(0x41), char32_t(0x7F), char32_t(0x80), char32_t(0xE5), char32_t(0x7FF), char32_t(0x800), char32_t(0x416),
                       char32_t(0xD55C), char32_t(0xFFFD), char32_t(0x10000), char32_t(0x1F600), char32_t(0x10FFFF)}) {
        std::string out = "x";
        append_utf8(out, c);
        const Utf8Char back = decode_utf8(out, 1);
        CHECK(back.valid);
        CHECK(back.c == c);
        CHECK(back.length == out.size() - 1);
    }
    std::string word;
    for (char32_t c : {char32_t(0x425), char32_t(0x43E), char32_t(0x440)}) append_utf8(word, c);
    CHECK(word == "Хор");
}
