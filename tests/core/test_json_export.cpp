// Export of the file format v1: exact bytes, field order, round trips, and
// unknown fields kept at every level.
#include "core/format/json_format.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

using namespace setright;

namespace {

Moment at(const char* text) { return *parse_moment(text); }

// A deal with every field set to something other than its default.
Deal full_deal() {
    Deal d;
    d.id = "d1";
    d.title = "SMS marketing tool";
    d.perspective = Perspective::Rep;
    d.buyer = {"battlbox", "BattlBox", Json{{"segment", "subscription"}}};
    d.vendors = {{"v1", "SMS vendor", Json::object()}, {"v2", "Other vendor", Json::object()}};
    d.primary_vendor = "v1";
    d.people = {{"p1", "Third rep", "AE", Side::Vendor, "v1", Json::object()}};
    d.stage = Stage::NoDecision;
    d.target_sign_date = at("2019-12-31");
    d.needed_by = at("2020-01-07");
    d.expected_response_hours = 24;
    d.currency = "EUR";
    d.notes = "nobody won";
    d.archived = true;

    Requirement r;
    r.id = "r1";
    r.text = "Recharge integration";
    r.category = "integrations";
    r.priority = Priority::Must;
    r.weight = 3.5;
    r.owner = "ops";
    r.due = at("2019-11-01");
    Claim c;
    c.vendor = "v1";
    c.status = ClaimStatus::AcceptedRisk;
    c.accepted_by = "CEO";
    c.accepted_reason = "50% off";
    c.evidence = {{"e1", EvidenceKind::CallNote, "they said yes", "rep", at("2019-10-16T14:30Z"), true, Json::object()}};
    c.modified = at("2019-10-17T09:00Z");
    r.claims = {c};
    r.modified = at("2019-10-17T09:00Z");
    d.requirements = {r};

    Question q;
    q.id = "q1";
    q.text = "Subscriber segmentation?";
    q.requirement = "r1";
    q.vendor = "v1";
    q.asked_at = at("2019-10-16T14:30Z");
    q.asked_in = "t1";
    q.asked_to = "p1";
    q.status = QuestionStatus::Promised;
    q.promised_by = at("2019-10-18");
    q.promised_by_whom = "p1";
    q.answer = "later";
    q.answered_at = at("2019-10-24");
    q.history = {{at("2019-10-24T15:00Z"), QuestionEventKind::RaisedAgain, "t1", "buyer", "tabled again", Json::object()}};
    q.modified = at("2019-10-24T16:00Z");
    d.questions = {q};

    Touch t;
    t.id = "t1";
    t.at = at("2019-10-16T14:30Z");
    t.channel = Channel::Demo;
    t.direction = Direction::ToVendor;
    t.vendor = "v1";
    t.who = "p1";
    t.summary = "demo";
    t.offer = Offer{at("2019-12-31"), "50% off forever", Json::object()};
    t.modified = at("2019-10-16T15:00Z");
    d.timeline = {t};

    d.not_a_fit = {{"f1", "no native Recharge integration", at("2019-10-16"), Json::object()}};
    d.options = {{"o1", "Keep what we have", "", true, "no decision", at("2019-12-01"), Json::object()}};
    d.decision = {"o1", "buyer", at("2019-12-21"), "open questions", Json::object()};
    d.clv = ClvInputs{"year", 1200, 0.6, 0.8, 500, 50, 100, Json::object()};
    d.post_sale = {{"c1", "kick-off", true, "ops", at("2020-01-07"), at("2020-01-08"), Json::object()}};

    Study s;
    s.method = "contact forms of two ratings";
    StudyRequest sr;
    sr.id = "s1";
    sr.vendor = "Studio A";
    sr.channel = Channel::Email;
    sr.sent_at = at("2020-03-02T10:00Z");
    sr.first_reply_at = at("2020-03-04T12:00Z");
    sr.reply_channel = Channel::Phone;
    sr.quoted_price = 400000;
    sr.materials = {true, false, true, false, true, Json::object()};
    sr.followed_up = true;
    sr.notes = "off-topic";
    sr.modified = at("2020-03-05");
    s.requests = {sr};
    d.study = s;

    d.created = at("2018-11-29");
    d.modified = at("2020-03-15T08:00Z");
    return d;
}

Workspace reimport(const std::string& text) {
    ImportResult r = import_workspace(text);
    for (const ImportProblem& p : r.problems) INFO(format_problem("export", p));
    REQUIRE(r.ok());
    return *r.workspace;
}

} // namespace

TEST_CASE("json export: a small workspace, byte for byte") {
    Workspace ws;
    Deal d;
    d.id = "d1";
    d.title = "SMS";
    Requirement r;
    r.id = "r1";
    r.text = "Recharge";
    d.requirements.push_back(r);
    ws.deals.push_back(d);
    ws.extra["zeta"] = 1;
    ws.extra["alpha"] = Json{{"b", 2}, {"a", 1}};
    const std::string expected = R"({
  "format": "setright",
  "version": 1,
  "deals": [
    {
      "id": "d1",
      "title": "SMS",
      "perspective": "buyer",
      "stage": "prospecting",
      "currency": "USD",
      "archived": false,
      "requirements": [
        {
          "id": "r1",
          "text": "Recharge",
          "priority": "should",
          "weight": 1.0
        }
      ]
    }
  ],
  "alpha": {
    "a": 1,
    "b": 2
  },
  "zeta": 1
}
)";
    CHECK(export_workspace(ws) == expected);
    CHECK(export_workspace_compact(ws) ==
          R"({"format":"setright","version":1,"deals":[{"id":"d1","title":"SMS","perspective":"buyer","stage":"prospecting","currency":"USD","archived":false,"requirements":[{"id":"r1","text":"Recharge","priority":"should","weight":1.0}]}],"alpha":{"a":1,"b":2},"zeta":1})");
}

TEST_CASE("json export: an empty workspace") {
    CHECK(export_workspace(Workspace{}) == "{\n  \"format\": \"setright\",\n  \"version\": 1,\n  \"deals\": []\n}\n");
    CHECK(reimport(export_workspace(Workspace{})).deals.empty());
}

TEST_CASE("json export: round trip keeps every field") {
    Workspace ws;
    ws.deals.push_back(full_deal());
    const std::string first = export_workspace(ws);
    const Workspace back = reimport(first);
    CHECK(export_workspace(back) == first);
    CHECK(export_workspace(reimport(export_workspace_compact(ws))) == first);

    const Deal& d = back.deals.at(0);
    CHECK(d.perspective == Perspective::Rep);
    CHECK(d.stage == Stage::NoDecision);
    CHECK(d.buyer.extra == Json{{"segment", "subscription"}});
    CHECK(d.people[0].side == Side::Vendor);
    CHECK(d.expected_response_hours == 24.0);
    CHECK(d.currency == "EUR");
    CHECK(d.archived);
    CHECK(d.requirements[0].weight == 3.5);
    CHECK(d.requirements[0].claims[0].status == ClaimStatus::AcceptedRisk);
    CHECK(d.requirements[0].claims[0].accepted_reason == "50% off");
    CHECK(d.requirements[0].claims[0].evidence[0].kind == EvidenceKind::CallNote);
    CHECK(d.requirements[0].claims[0].evidence[0].answers);
    CHECK(format_moment(*d.requirements[0].claims[0].evidence[0].date) == "2019-10-16T14:30Z");
    CHECK(d.questions[0].status == QuestionStatus::Promised);
    CHECK(d.questions[0].history[0].kind == QuestionEventKind::RaisedAgain);
    CHECK(format_moment(*d.questions[0].promised_by) == "2019-10-18");
    CHECK(d.timeline[0].direction == Direction::ToVendor);
    CHECK(d.timeline[0].offer->terms == "50% off forever");
    CHECK(d.options[0].no_decision);
    CHECK(d.decision.option == "o1");
    CHECK(d.clv->period == "year");
    CHECK(d.clv->retention == 0.8);
    CHECK(d.post_sale[0].done);
    CHECK(d.study->requests[0].reply_channel == Channel::Phone);
    CHECK(d.study->requests[0].quoted_price == 400000.0);
    CHECK(d.study->requests[0].materials.contract_template);
    CHECK_FALSE(d.study->requests[0].materials.portfolio);
    CHECK(format_moment(*d.modified) == "2020-03-15T08:00Z");
}

TEST_CASE("json export: unknown fields survive at every level") {
    const char* text = R"({
      "format": "setright", "version": 1, "top_future": {"x": [1, 2]},
      "template": {"name": "SMS case", "summary": "the buyer's story"},
      "deals": [{
        "id": "d1", "deal_future": "kept",
        "buyer": {"buyer_future": true},
        "vendors": [{"id": "v1", "vendor_future": 1}],
        "requirements": [{"id": "r1", "requirement_future": null,
          "claims": [{"vendor": "v1", "claim_future": [],
            "evidence": [{"id": "e1", "evidence_future": {"deep": {"deeper": "yes"}}}]}]}],
        "questions": [{"id": "q1", "history": [{"at": "2019-10-16", "event_future": 2}]}],
        "timeline": [{"id": "t1", "at": "2019-10-16", "offer": {"offer_future": "x"}}],
        "decision": {"decision_future": 3},
        "clv": {"clv_future": 4},
        "study": {"study_future": 5, "requests": [{"id": "s1", "materials": {"materials_future": 6}}]}
      }]
    })";
    const Workspace ws = reimport(text);
    CHECK(ws.extra == Json::parse(R"({"top_future": {"x": [1, 2]}, "template": {"name": "SMS case", "summary": "the buyer's story"}})"));
    const Json out = Json::parse(export_workspace(ws));
    CHECK(out["top_future"] == Json::parse(R"({"x": [1, 2]})"));
    CHECK(out["template"]["name"] == "SMS case");
    const Json& d = out["deals"][0];
    CHECK(d["deal_future"] == "kept");
    CHECK(d["buyer"]["buyer_future"] == true);
    CHECK(d["vendors"][0]["vendor_future"] == 1);
    CHECK(d["requirements"][0].contains("requirement_future"));
    CHECK(d["requirements"][0]["requirement_future"].is_null());
    CHECK(d["requirements"][0]["claims"][0]["claim_future"] == Json::array());
    CHECK(d["requirements"][0]["claims"][0]["evidence"][0]["evidence_future"]["deep"]["deeper"] == "yes");
    CHECK(d["questions"][0]["history"][0]["event_future"] == 2);
    CHECK(d["timeline"][0]["offer"]["offer_future"] == "x");
    CHECK(d["decision"]["decision_future"] == 3);
    CHECK(d["clv"]["clv_future"] == 4);
    CHECK(d["study"]["study_future"] == 5);
    CHECK(d["study"]["requests"][0]["materials"]["materials_future"] == 6);
    // And a second round trip changes nothing.
    CHECK(export_workspace(reimport(export_workspace(ws))) == export_workspace(ws));
}

TEST_CASE("json export: unknown fields come after known ones, sorted, and never replace them") {
    Workspace ws;
    Deal d;
    d.id = "d1";
    d.extra = Json{{"zz", 1}, {"aa", 2}, {"id", "impostor"}};
    ws.deals.push_back(d);
    const std::string text = export_workspace_compact(ws);
    CHECK(text.find(R"("id":"d1")") != std::string::npos);
    CHECK(text.find("impostor") == std::string::npos);
    const size_t archived = text.find("\"archived\"");
    const size_t aa = text.find("\"aa\"");
    const size_t zz = text.find("\"zz\"");
    CHECK(archived < aa);
    CHECK(aa < zz);
}

TEST_CASE("json export: deterministic bytes") {
    Workspace ws;
    ws.deals.push_back(full_deal());
    Deal second = full_deal();
    second.id = "d2";
    ws.deals.push_back(second);
    const std::string a = export_workspace(ws);
    const std::string b = export_workspace(ws);
    CHECK(a == b);
    CHECK(a.back() == '\n');
    CHECK(a.find("\t") == std::string::npos);
    CHECK(a.find("\n  \"deals\": [") != std::string::npos); // 2-space indent
    // Dates are written canonically whatever form they were read from.
    Workspace offsets =
            reimport(R"({"format": "setright", "version": 1, "deals": [{"id": "d1", "created": "2019-10-16T17:30:59.5+03:00"}]})");
    CHECK(export_workspace_compact(offsets).find(R"("created":"2019-10-16T14:30Z")") != std::string::npos);
}

TEST_CASE("json export: export_deal writes a v1 file with just that deal") {
    const Deal d = full_deal();
    const std::string text = export_deal(d);
    Workspace one;
    one.deals.push_back(d);
    CHECK(text == export_workspace(one));
    const Workspace back = reimport(text);
    REQUIRE(back.deals.size() == 1);
    CHECK(back.deals[0].id == "d1");
}

TEST_CASE("json export: invalid UTF-8 held in memory is written as U+FFFD, not thrown") {
    Workspace ws;
    Deal d;
    d.id = "d1";
    d.title = std::string("bad \xff byte");
    ws.deals.push_back(d);
    std::string text;
    CHECK_NOTHROW(text = export_workspace(ws));
    CHECK(text.find("bad \xEF\xBF\xBD byte") != std::string::npos);
    CHECK(reimport(text).deals[0].title == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("json export: workspace_problems finds what would not read back") {
    Workspace ws;
    ws.deals.push_back(full_deal());
    CHECK(workspace_problems(ws).empty());

    ws.deals[0].requirements[0].weight = std::nan("");
    ws.deals[0].questions[0].vendor = "v9";
    const std::vector<ImportProblem> problems = workspace_problems(ws);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].pointer == "/deals/0/requirements/0/weight");
    CHECK(problems[0].message == "expected a number, got null");
    CHECK(problems[1].pointer == "/deals/0/questions/0/vendor");
}
