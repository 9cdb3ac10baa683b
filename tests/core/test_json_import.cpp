// Import of the file format v1: every kind of problem, with its exact JSON
// pointer, and nothing built whenever anything is wrong.
#include "core/format/json_format.hpp"
#include "core/format/json_text.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright;

namespace {

// A small valid document to break in one place per test.
Json valid_document() {
    return Json::parse(R"({
      "format": "setright", "version": 1,
      "deals": [{
        "id": "d1", "title": "SMS tool", "perspective": "buyer",
        "buyer": {"id": "battlbox", "name": "BattlBox"},
        "vendors": [{"id": "v1", "name": "SMS vendor"}],
        "primary_vendor": "v1",
        "people": [{"id": "p1", "name": "Rep", "side": "vendor", "organisation": "v1"}],
        "stage": "demo",
        "requirements": [
          {"id": "r1", "text": "Recharge integration", "priority": "must", "weight": 3,
           "claims": [{"vendor": "v1", "status": "claimed",
                       "evidence": [{"id": "e1", "kind": "reference", "answers": false}]}]},
          {"id": "r2", "text": "Gorgias integration", "priority": "must"}
        ],
        "questions": [{"id": "q1", "text": "Does it segment by subscriber?", "requirement": "r1", "vendor": "v1",
                       "asked_at": "2019-10-16", "asked_in": "t1",
                       "history": [{"at": "2019-10-24T15:00Z", "kind": "tabled", "touch": "t1"}]}],
        "timeline": [{"id": "t1", "at": "2019-10-16T14:30Z", "channel": "demo", "direction": "from_vendor", "vendor": "v1"}],
        "options": [{"id": "o1", "title": "Sign", "vendor": "v1"}],
        "decision": {"option": "o1"},
        "clv": {"period": "month", "revenue_per_period": 100, "gross_margin": 0.6, "retention": 0.9},
        "study": {"requests": [{"id": "s1", "vendor": "Studio", "quoted_price": 400000}]}
      }]
    })");
}

ImportResult import_json(const Json& doc) { return import_workspace(doc.dump()); }

// The one problem of a document broken in one place.
ImportProblem only_problem(const ImportResult& r) {
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.problems.size() == 1);
    return r.problems[0];
}

} // namespace

TEST_CASE("json import: a valid document builds the workspace") {
    ImportResult r = import_json(valid_document());
    REQUIRE(r.ok());
    CHECK(r.problems.empty());
    const Deal& d = r.workspace->deals.at(0);
    CHECK(d.id == "d1");
    CHECK(d.stage == Stage::Demo);
    CHECK(d.requirements.size() == 2);
    CHECK(d.requirements[0].priority == Priority::Must);
    CHECK(d.requirements[0].weight == 3.0);
    CHECK(d.requirements[1].weight == 1.0); // default
    CHECK(d.requirements[0].claims[0].status == ClaimStatus::Claimed);
    CHECK(d.requirements[0].claims[0].evidence[0].kind == EvidenceKind::Reference);
    CHECK(d.questions[0].history[0].kind == QuestionEventKind::Tabled);
    CHECK(format_moment(d.questions[0].history[0].at) == "2019-10-24T15:00Z");
    CHECK(d.timeline[0].direction == Direction::FromVendor);
    CHECK(d.clv->gross_margin == 0.6);
    CHECK(d.study->requests[0].quoted_price == 400000.0);
    CHECK(d.currency == "USD");
}

TEST_CASE("json import: not a Setright file") {
    for (const char* text : {R"([])", R"({"version": 1, "deals": []})", R"({"format": "other", "version": 1, "deals": []})",
                             R"({"format": 1, "version": 1})", R"("setright")"}) {
        ImportProblem p = only_problem(import_workspace(text));
        CHECK(p.pointer == "");
        CHECK(p.message.find("not a Setright file") == 0);
    }
}

TEST_CASE("json import: versions") {
    ImportProblem newer = only_problem(import_workspace(R"({"format": "setright", "version": 2, "deals": []})"));
    CHECK(newer.pointer == "/version");
    CHECK(newer.message.find("made by a newer Setright") != std::string::npos);
    CHECK(only_problem(import_workspace(R"({"format": "setright", "version": 18446744073709551615, "deals": []})"))
                  .message.find("made by a newer Setright") != std::string::npos);
    CHECK(only_problem(import_workspace(R"({"format": "setright", "version": 0, "deals": []})")).pointer == "/version");
    CHECK(only_problem(import_workspace(R"({"format": "setright", "version": -1, "deals": []})")).pointer == "/version");
    CHECK(only_problem(import_workspace(R"({"format": "setright", "version": 1.5, "deals": []})")).pointer == "/version");
    CHECK(only_problem(import_workspace(R"({"format": "setright", "version": "1", "deals": []})")).pointer == "/version");
    CHECK(only_problem(import_workspace(R"({"format": "setright", "deals": []})")).pointer == "/version");
    CHECK(only_problem(import_workspace(R"({"format": "setright", "version": 1})")).pointer == "/deals");
    CHECK(import_workspace(R"({"format": "setright", "version": 1, "deals": []})").ok());
}

TEST_CASE("json import: type errors carry their pointer") {
    Json doc = valid_document();
    doc["deals"][0]["title"] = 42;
    ImportProblem p = only_problem(import_json(doc));
    CHECK(p.pointer == "/deals/0/title");
    CHECK(p.message == "expected a string, got number");

    doc = valid_document();
    doc["deals"][0]["requirements"][1]["weight"] = "heavy";
    CHECK(only_problem(import_json(doc)).pointer == "/deals/0/requirements/1/weight");

    doc = valid_document();
    doc["deals"][0]["archived"] = "no";
    CHECK(only_problem(import_json(doc)).pointer == "/deals/0/archived");

    doc = valid_document();
    doc["deals"][0]["requirements"] = Json::object();
    doc["deals"][0]["questions"][0]["requirement"] = "";
    CHECK(only_problem(import_json(doc)).pointer == "/deals/0/requirements");

    doc = valid_document();
    doc["deals"][0]["requirements"][0]["claims"][0]["evidence"][0] = "a string";
    CHECK(only_problem(import_json(doc)).pointer == "/deals/0/requirements/0/claims/0/evidence/0");

    doc = valid_document();
    doc["deals"][0]["clv"] = Json::array();
    CHECK(only_problem(import_json(doc)).pointer == "/deals/0/clv");
}

TEST_CASE("json import: bad enum values list the expected names") {
    Json doc = valid_document();
    doc["deals"][0]["requirements"][1]["priority"] = "critical";
    ImportProblem p = only_problem(import_json(doc));
    CHECK(p.pointer == "/deals/0/requirements/1/priority");
    CHECK(p.message == "expected one of must, should, nice, got 'critical'");
    CHECK(format_problem("deals.json", p) ==
          "deals.json: /deals/0/requirements/1/priority: expected one of must, should, nice, got 'critical'");

    doc = valid_document();
    doc["deals"][0]["stage"] = "NoDecision"; // the C++ name is not the JSON name
    CHECK(only_problem(import_json(doc)).pointer == "/deals/0/stage");

    doc = valid_document();
    doc["deals"][0]["study"]["requests"][0]["reply_channel"] = "pigeon";
    CHECK(only_problem(import_json(doc)).pointer == "/deals/0/study/requests/0/reply_channel");
}

TEST_CASE("json import: invalid dates are refused, not normalised") {
    for (const char* bad : {"2019-02-30", "2019-13-01", "2019-10-16T24:00Z", "2019-10-16 14:30", "16.10.2019", "2019-2-3"}) {
        Json doc = valid_document();
        doc["deals"][0]["questions"][0]["asked_at"] = bad;
        ImportProblem p = only_problem(import_json(doc));
        CHECK(p.pointer == "/deals/0/questions/0/asked_at");
        CHECK(p.message.find("not a valid date") == 0);
    }
    Json doc = valid_document();
    doc["deals"][0]["timeline"][0].erase("at");
    ImportProblem p = only_problem(import_json(doc));
    CHECK(p.pointer == "/deals/0/timeline/0/at");
    CHECK(p.message == "required field is missing");

    doc = valid_document();
    doc["deals"][0]["questions"][0]["asked_at"] = "2020-02-29T10:00+03:00"; // a leap day, with an offset
    ImportResult r = import_json(doc);
    REQUIRE(r.ok());
    CHECK(format_moment(*r.workspace->deals[0].questions[0].asked_at) == "2020-02-29T07:00Z");
}

TEST_CASE("json import: ids are required and unique within their list") {
    Json doc = valid_document();
    doc["deals"][0]["requirements"][1]["id"] = "r1";
    ImportProblem p = only_problem(import_json(doc));
    CHECK(p.pointer == "/deals/0/requirements/1/id");
    CHECK(p.message == "duplicate id 'r1' (first at /deals/0/requirements/0)");

    doc = valid_document();
    doc["deals"][0]["requirements"][1].erase("id");
    CHECK(only_problem(import_json(doc)).pointer == "/deals/0/requirements/1/id");

    doc = valid_document();
    doc["deals"][0]["vendors"][0]["id"] = "";
    ImportResult r = import_json(doc);
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems[0].pointer == "/deals/0/vendors/0/id");
    CHECK(r.problems[0].message == "must not be empty");

    doc = valid_document();
    doc["deals"][0]["requirements"][0]["claims"].push_back({{"vendor", "v1"}});
    CHECK(only_problem(import_json(doc)).pointer == "/deals/0/requirements/0/claims/1/vendor");

    doc = valid_document();
    const Json copy = doc["deals"][0];
    doc["deals"].push_back(copy);
    CHECK(only_problem(import_json(doc)).pointer == "/deals/1/id");

    // The same id in different lists is fine.
    doc = valid_document();
    doc["deals"][0]["options"][0]["id"] = "r1";
    doc["deals"][0]["decision"]["option"] = "r1";
    CHECK(import_json(doc).ok());
}

TEST_CASE("json import: dangling references") {
    struct Case {
        const char* pointer;
        Json value;
    };
    for (const Case& c : {Case{"/deals/0/questions/0/requirement", "r9"}, Case{"/deals/0/questions/0/vendor", "v9"},
                          Case{"/deals/0/questions/0/asked_in", "t9"}, Case{"/deals/0/questions/0/history/0/touch", "t9"},
                          Case{"/deals/0/requirements/0/claims/0/vendor", "v9"}, Case{"/deals/0/decision/option", "o9"},
                          Case{"/deals/0/primary_vendor", "v9"}, Case{"/deals/0/options/0/vendor", "v9"},
                          Case{"/deals/0/timeline/0/vendor", "v9"}, Case{"/deals/0/people/0/organisation", "x9"}}) {
        CAPTURE(c.pointer);
        Json doc = valid_document();
        doc[Json::json_pointer(c.pointer)] = c.value;
        ImportProblem p = only_problem(import_json(doc));
        CHECK(p.pointer == c.pointer);
        CHECK(p.message.find("no ") == 0);
        CHECK(p.message.find("in this deal") != std::string::npos);
    }
    // A person may belong to the buyer.
    Json doc = valid_document();
    doc["deals"][0]["people"][0]["organisation"] = "battlbox";
    CHECK(import_json(doc).ok());
}

TEST_CASE("json import: number ranges") {
    struct Case {
        const char* pointer;
        double value;
    };
    for (const Case& c : {Case{"/deals/0/requirements/0/weight", -1}, Case{"/deals/0/clv/gross_margin", 1.5},
                          Case{"/deals/0/clv/retention", -0.1}, Case{"/deals/0/clv/revenue_per_period", -5},
                          Case{"/deals/0/study/requests/0/quoted_price", -1}, Case{"/deals/0/expected_response_hours", -2}}) {
        CAPTURE(c.pointer);
        Json doc = valid_document();
        doc[Json::json_pointer(c.pointer)] = c.value;
        CHECK(only_problem(import_json(doc)).pointer == c.pointer);
    }
    Json doc = valid_document();
    doc["deals"][0]["clv"]["retention"] = 1;
    doc["deals"][0]["requirements"][0]["weight"] = 0;
    CHECK(import_json(doc).ok());

    ImportProblem p = only_problem(import_workspace(R"({"format": "setright", "version": 1, "deals": [], "x": 1e400})"));
    CHECK(p.message.find("out of range") != std::string::npos);
}

TEST_CASE("json import: every problem is collected, and nothing is built") {
    Json doc = valid_document();
    doc["deals"][0]["title"] = 1;
    doc["deals"][0]["stage"] = "won";
    doc["deals"][0]["requirements"][1]["priority"] = "must-have";
    doc["deals"][0]["questions"][0]["asked_at"] = "2019-02-29";
    ImportResult r = import_json(doc);
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.workspace.has_value());
    REQUIRE(r.problems.size() == 4);
    CHECK(r.problems[0].pointer == "/deals/0/title");
    CHECK(r.problems[1].pointer == "/deals/0/stage");
    CHECK(r.problems[2].pointer == "/deals/0/requirements/1/priority");
    CHECK(r.problems[3].pointer == "/deals/0/questions/0/asked_at");
}

TEST_CASE("json import: problems are capped with a count of the rest") {
    Json doc = valid_document();
    for (int i = 0; i < 150; ++i) doc["deals"][0]["requirements"].push_back({{"id", i}});
    ImportResult r = import_json(doc);
    REQUIRE(r.problems.size() == max_import_problems + 1);
    CHECK(r.problems[0].pointer == "/deals/0/requirements/2/id");
    CHECK(r.problems.back().message == "... and 50 more problems");
}

TEST_CASE("json import: syntax errors carry line and column") {
    ImportResult r = import_workspace("{\n  \"format\": \"setright\",\n  \"version\": x\n}");
    ImportProblem p = only_problem(r);
    CHECK(p.line == 3);
    CHECK(p.column == 14);
    CHECK(p.message.find("syntax error: ") == 0);
    CHECK(format_problem("deals.json", p).find("deals.json:3:14: syntax error: ") == 0);

    p = only_problem(import_workspace(""));
    CHECK(p.line == 1);
    CHECK(p.column == 1);
    CHECK(p.message.find("syntax error") == 0);
}

TEST_CASE("json import: pointers escape ~ and / in keys") {
    Json doc = valid_document();
    doc["deals"][0]["requirements"] = Json::array();
    doc["deals"][0]["decision"]["option"] = "";
    doc["deals"][0]["questions"][0]["requirement"] = "";
    doc["deals"][0]["weird/key~"] = 1; // unknown: kept, never a problem
    CHECK(import_json(doc).ok());
    ImportProblem p = only_problem(import_workspace(R"({"format": "setright", "version": 1, "deals": [{"id": 1}]})"));
    CHECK(p.pointer == "/deals/0/id");
}

TEST_CASE("json import: format_problem forms") {
    const auto problem = [](std::string pointer, std::string message, int line, int column) {
        ImportProblem p;
        p.pointer = std::move(pointer);
        p.message = std::move(message);
        p.line = line;
        p.column = column;
        return p;
    };
    CHECK(format_problem("a.json", problem("", "not a Setright file", 0, 0)) == "a.json: not a Setright file");
    CHECK(format_problem("a.json", problem("/deals/0/id", "must not be empty", 0, 0)) == "a.json: /deals/0/id: must not be empty");
    CHECK(format_problem("a.json", problem("", "syntax error: x", 2, 5)) == "a.json:2:5: syntax error: x");
    CHECK(format_problem("", problem("/deals", "required field is missing", 0, 0)) == "/deals: required field is missing");
}

TEST_CASE("json import: duplicate keys are refused with their pointer, not resolved silently") {
    ImportResult r = import_workspace(R"({"format": "setright", "version": 1, "deals": [
        {"id": "d1", "requirements": [{"id": "r1"}, {"id": "r2", "priority": "must", "priority": "nice"}]}]})");
    ImportProblem p = only_problem(r);
    CHECK(p.pointer == "/deals/0/requirements/1/priority");
    CHECK(p.message.find("duplicate key \"priority\"") == 0);

    p = only_problem(import_workspace(R"({"format": "setright", "version": 1, "deals": [], "a/b": 1, "a/b": 2})"));
    CHECK(p.pointer == "/a~1b");
    // A big object (past the short key list) is checked too, and fast.
    std::string big = R"({"format": "setright", "version": 1, "deals": [], "big": {)";
    for (int i = 0; i < 100000; ++i) big += "\"k" + std::to_string(i) + "\": 1, ";
    CHECK(import_workspace(big + "\"last\": 1}}").ok());
    p = only_problem(import_workspace(big + "\"k99999\": 2}}"));
    CHECK(p.pointer == "/big/k99999");
    // The same key in sibling objects is fine.
    CHECK(import_workspace(R"({"format": "setright", "version": 1, "deals": [{"id": "a", "x": {"k": 1}, "y": {"k": 1}}]})").ok());
}

TEST_CASE("json import: limits are exact, and refusals say where") {
    // 64 levels in an unknown field are fine (the document itself is level 1).
    const auto nested = [](int levels) {
        std::string open, close;
        for (int i = 0; i < levels - 1; ++i) open += "[", close += "]";
        return R"({"format": "setright", "version": 1, "deals": [], "deep": )" + open + close + "}";
    };
    CHECK(import_workspace(nested(64)).ok());
    ImportProblem p = only_problem(import_workspace(nested(65)));
    CHECK(p.message == "nested more than 64 levels deep; a Setright file never is");
    CHECK(p.line == 1);
    CHECK(p.column == 58 + 64); // after 58 bytes, the 64th "[" of "deep" opens level 65

    const std::string header = "{\"format\": \"setright\", \"version\": 1, \"deals\": [],\n\"long\": ";
    CHECK(import_workspace(header + "\"" + std::string(max_json_string_bytes, 'x') + "\"}").ok());
    p = only_problem(import_workspace(header + "\"" + std::string(max_json_string_bytes + 1, 'x') + "\"}"));
    CHECK(p.message == "a string longer than 1 MB; a Setright file never holds one");
    CHECK(p.line == 2);
    CHECK(p.column == 9);
}

TEST_CASE("json import: the limits scan finds where a string ends, escapes included") {
    using Issue = TextScan::Issue;
    // "a\\" closes at byte 4: the brackets after it are counted.
    TextScan scan = scan_text(R"("a\\" [[)", 1, 100);
    CHECK(scan.issue == Issue::TooDeep);
    CHECK(scan.offset == 7);
    // "a\"[[" is one string: its brackets are not.
    CHECK(scan_text(R"("a\"[[" [)", 1, 100).issue == Issue::None);
    CHECK(scan_text(R"("\\\"[" [)", 1, 100).issue == Issue::None);
    // Lengths are as written: a, b, backslash, quote, c.
    CHECK(scan_text(R"(["ab\"c"])", 1, 5).issue == Issue::None);
    scan = scan_text(R"(["ab\"c"])", 1, 4);
    CHECK(scan.issue == Issue::StringTooLong);
    CHECK(scan.offset == 1);
    // An unterminated string runs to the end of the text.
    CHECK(scan_text(R"(["abcdef)", 1, 4).issue == Issue::StringTooLong);
    CHECK(scan_text(R"(["abc)", 1, 4).issue == Issue::None);
}

TEST_CASE("json import: messages quoting bad input are printable UTF-8") {
    ImportProblem p = only_problem(import_workspace("{\"format\": \"set\xff\xferight\"}"));
    CHECK(p.line == 1);
    CHECK(p.column == 16);
    CHECK(p.message.find("syntax error: ") == 0);
    CHECK(p.message.find('\xff') == std::string::npos);
    CHECK(p.message.find('\xfe') == std::string::npos);

    // An enum value with a control character is quoted with '?' in its place.
    p = only_problem(import_workspace(R"({"format": "setright", "version": 1, "deals": [{"id": "d", "stage": "de\u0001mo"}]})"));
    CHECK(p.message == "expected one of prospecting, discovery, demo, proposal, negotiation, signed, implementing, live, "
                       "churned, lost, no_decision, got 'de?mo'");
}
