// Merging two workspaces: which version wins, what is reported, what is kept.
#include "core/json_format.hpp"
#include "core/merge.hpp"

#include <doctest/doctest.h>

using namespace setright;

namespace {

Moment at(const char* text) { return *parse_moment(text); }

// A small deal in the shape of the SMS vendor case.
Deal sms_deal() {
    Deal d;
    d.id = "sms";
    d.title = "SMS marketing tool";
    d.buyer = Organisation{"battlbox", "BattlBox", Json::object()};
    d.vendors = {Organisation{"v1", "SMS vendor", Json::object()}};
    d.primary_vendor = "v1";
    d.stage = Stage::Demo;
    d.modified = at("2019-10-16");

    Requirement r;
    r.id = "r3";
    r.text = "Recharge integration";
    r.priority = Priority::Must;
    r.modified = at("2019-10-16");
    Claim c;
    c.vendor = "v1";
    c.status = ClaimStatus::Claimed;
    c.modified = at("2019-10-16T14:30Z");
    r.claims.push_back(c);
    d.requirements.push_back(r);

    Requirement g;
    g.id = "r4";
    g.text = "Gorgias integration";
    g.modified = at("2019-10-16");
    d.requirements.push_back(g);
    return d;
}

Workspace with(Deal d) {
    Workspace ws;
    ws.deals.push_back(std::move(d));
    return ws;
}

} // namespace

TEST_CASE("merge: identical workspaces give no changes and no conflicts") {
    const Workspace ws = with(sms_deal());
    const MergeResult result = merge_workspaces(ws, ws);
    CHECK(result.changes.empty());
    CHECK(result.conflicts.empty());
    CHECK(export_workspace(result.merged) == export_workspace(ws));
}

TEST_CASE("merge: the newer claim wins and is reported as updated") {
    Deal incoming = sms_deal();
    incoming.requirements[0].claims[0].status = ClaimStatus::Verified;
    incoming.requirements[0].claims[0].modified = at("2019-10-24T10:00Z");
    const MergeResult result = merge_workspaces(with(sms_deal()), with(incoming));
    REQUIRE(result.changes.size() == 1);
    CHECK(result.conflicts.empty());
    CHECK(result.changes[0].kind == ChangeKind::Updated);
    CHECK(result.changes[0].pointer == "/deals/0/requirements/0/claims/0");
    CHECK(result.changes[0].description ==
          "claim by vendor v1 on requirement r3 'Recharge integration' in deal sms 'SMS marketing tool': "
          "status claimed -> verified (incoming is newer)");
    CHECK(result.changes[0].reason == ChangeReason::IncomingNewer);
    CHECK(result.changes[0].about.item_type == "claim");
    CHECK(result.changes[0].about.subject == "v1");
    CHECK(result.changes[0].about.fields == std::vector<std::string>{"status"});
    CHECK(result.merged.deals[0].requirements[0].claims[0].status == ClaimStatus::Verified);
    CHECK(result.merged.deals[0].requirements[0].claims[0].modified == at("2019-10-24T10:00Z"));
}

TEST_CASE("merge: an older incoming version is kept out and reported as kept") {
    Deal incoming = sms_deal();
    incoming.requirements[1].text = "Gorgias (helpdesk) integration";
    incoming.requirements[1].modified = at("2019-10-01");
    const MergeResult result = merge_workspaces(with(sms_deal()), with(incoming));
    REQUIRE(result.changes.size() == 1);
    CHECK(result.changes[0].kind == ChangeKind::Kept);
    CHECK(result.changes[0].pointer == "/deals/0/requirements/1");
    CHECK(result.changes[0].description ==
          "requirement r4 'Gorgias integration' in deal sms 'SMS marketing tool': incoming differs "
          "(text 'Gorgias integration' -> 'Gorgias (helpdesk) integration'); kept base (base is newer)");
    CHECK(result.changes[0].reason == ChangeReason::BaseNewer);
    CHECK(result.changes[0].about.item_type == "requirement");
    CHECK(result.changes[0].about.subject == "r4 'Gorgias integration'");
    CHECK(result.changes[0].about.fields == std::vector<std::string>{"text"});
    CHECK(result.merged.deals[0].requirements[1].text == "Gorgias integration");
}

TEST_CASE("merge: same modified with different content is a conflict that keeps base") {
    Deal incoming = sms_deal();
    incoming.requirements[0].priority = Priority::Should; // r3's modified stays 2019-10-16
    const MergeResult result = merge_workspaces(with(sms_deal()), with(incoming));
    CHECK(result.changes.empty());
    REQUIRE(result.conflicts.size() == 1);
    const MergeConflict& c = result.conflicts[0];
    CHECK(c.pointer == "/deals/0/requirements/0");
    CHECK(c.description == "requirement r3 'Recharge integration' in deal sms 'SMS marketing tool': changed on both "
                           "sides with the same modified date (priority must -> should); kept base");
    CHECK(c.reason == ConflictReason::SameModified);
    CHECK(c.about.item_type == "requirement");
    CHECK(c.about.fields == std::vector<std::string>{"priority"});
    CHECK(c.base["priority"] == "must");
    CHECK(c.incoming["priority"] == "should");
    CHECK(result.merged.deals[0].requirements[0].priority == Priority::Must);
}

TEST_CASE("merge: items without modified on either side conflict when they differ") {
    Deal base = sms_deal();
    Deal incoming = sms_deal();
    base.not_a_fit.push_back(FitStatement{"f1", "No native Recharge integration", std::nullopt, Json::object()});
    incoming.not_a_fit.push_back(FitStatement{"f1", "No Recharge integration", std::nullopt, Json::object()});
    const MergeResult result = merge_workspaces(with(base), with(incoming));
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].pointer == "/deals/0/not_a_fit/0");
    CHECK(result.conflicts[0].description.find("neither has a modified date") != std::string::npos);
    CHECK(result.conflicts[0].reason == ConflictReason::NoModified);
    CHECK(result.conflicts[0].about.item_type == "fit_statement");
    CHECK(result.merged.deals[0].not_a_fit[0].text == "No native Recharge integration");
}

TEST_CASE("merge: items only in incoming are added, items only in base are kept") {
    Deal base = sms_deal();
    Deal incoming = sms_deal();
    incoming.requirements.erase(incoming.requirements.begin() + 1); // r4 only in base
    Question q;
    q.id = "q1";
    q.text = "Does the Recharge integration give subscriber status?";
    q.requirement = "r3";
    q.vendor = "v1";
    q.modified = at("2019-10-16");
    incoming.questions.push_back(q);
    const MergeResult result = merge_workspaces(with(base), with(incoming));
    CHECK(result.conflicts.empty());
    REQUIRE(result.changes.size() == 2);
    CHECK(result.changes[0].kind == ChangeKind::Kept);
    CHECK(result.changes[0].pointer == "/deals/0/requirements/1");
    CHECK(result.changes[0].description ==
          "requirement r4 'Gorgias integration' in deal sms 'SMS marketing tool': only in base; kept (format v1 has no deletions)");
    CHECK(result.changes[0].reason == ChangeReason::OnlyInBase);
    CHECK(result.changes[1].kind == ChangeKind::Added);
    CHECK(result.changes[1].reason == ChangeReason::OnlyInIncoming);
    CHECK(result.changes[1].about.item_type == "question");
    CHECK(result.changes[1].about.subject == "q1 'Does the Recharge integration give subsc...'");
    CHECK(result.changes[1].pointer == "/deals/0/questions/0");
    CHECK(result.changes[1].description ==
          "question q1 'Does the Recharge integration give subsc...' in deal sms 'SMS marketing tool': only in incoming; added");
    REQUIRE(result.merged.deals[0].requirements.size() == 2);
    REQUIRE(result.merged.deals[0].questions.size() == 1);
    CHECK(result.merged.deals[0].questions[0].requirement == "r3");
}

TEST_CASE("merge: deal fields follow the deal's modified, and so do vendors") {
    Deal incoming = sms_deal();
    incoming.stage = Stage::Signed;
    incoming.modified = at("2019-12-21");
    incoming.vendors[0].name = "SMS vendor Inc.";
    const MergeResult result = merge_workspaces(with(sms_deal()), with(incoming));
    CHECK(result.conflicts.empty());
    REQUIRE(result.changes.size() == 2);
    CHECK(result.changes[0].pointer == "/deals/0");
    CHECK(result.changes[0].kind == ChangeKind::Updated);
    CHECK(result.changes[0].description == "deal sms 'SMS marketing tool': stage demo -> signed (incoming is newer)");
    CHECK(result.changes[1].pointer == "/deals/0/vendors/0");
    CHECK(result.changes[1].description ==
          "vendor v1 'SMS vendor' in deal sms 'SMS marketing tool': name 'SMS vendor' -> 'SMS vendor Inc.' (incoming is newer)");
    CHECK(result.merged.deals[0].stage == Stage::Signed);
    CHECK(result.merged.deals[0].modified == at("2019-12-21"));
    CHECK(result.merged.deals[0].vendors[0].name == "SMS vendor Inc.");
}

TEST_CASE("merge: long titles are cut at a character boundary") {
    Deal base = sms_deal();
    Deal incoming = sms_deal();
    // 13 Hangul syllables of 3 bytes: byte 40 falls inside the 14th.
    incoming.requirements[1].text = "\xEA\xB0\x80\xEA\xB0\x80\xEA\xB0\x80\xEA\xB0\x80\xEA\xB0\x80\xEA\xB0\x80\xEA\xB0\x80"
                                    "\xEA\xB0\x80\xEA\xB0\x80\xEA\xB0\x80\xEA\xB0\x80\xEA\xB0\x80\xEA\xB0\x80\xEA\xB0\x80";
    incoming.requirements[1].id = "r9";
    const MergeResult result = merge_workspaces(with(base), with(incoming));
    REQUIRE(result.changes.size() == 2); // r4 kept, r9 added
    const std::string expected_title(incoming.requirements[1].text.substr(0, 39));
    CHECK(result.changes[1].description ==
          "requirement r9 '" + expected_title + "...' in deal sms 'SMS marketing tool': only in incoming; added");
}

TEST_CASE("merge: deals only in incoming are appended and deals only in base stay silently") {
    Workspace base = with(sms_deal());
    Deal other;
    other.id = "crm";
    other.title = "CRM";
    base.deals.push_back(other);
    Deal fresh;
    fresh.id = "study";
    fresh.title = "Lead-response study";
    const MergeResult result = merge_workspaces(base, with(fresh));
    REQUIRE(result.merged.deals.size() == 3);
    CHECK(result.merged.deals[2].id == "study");
    REQUIRE(result.changes.size() == 1);
    CHECK(result.changes[0].kind == ChangeKind::Added);
    CHECK(result.changes[0].pointer == "/deals/2");
    CHECK(result.changes[0].description == "deal study 'Lead-response study': only in incoming; added");
}

TEST_CASE("merge: unknown fields take part and survive") {
    Deal base = sms_deal();
    Deal incoming = sms_deal();
    base.requirements[0].extra["x_source"] = "rfp";
    incoming.requirements[0].extra["x_source"] = "rfp";
    incoming.requirements[0].extra["x_score"] = 3;
    incoming.requirements[0].modified = at("2019-10-20");
    Workspace b = with(base), i = with(incoming);
    b.extra["x_owner"] = "ops";
    i.extra["x_team"] = "sales";
    const MergeResult result = merge_workspaces(b, i);
    CHECK(result.conflicts.empty());
    REQUIRE(result.changes.size() == 2);
    CHECK(result.changes[0].description ==
          "requirement r3 'Recharge integration' in deal sms 'SMS marketing tool': x_score set to 3 (incoming is newer)");
    CHECK(result.changes[1].pointer == "/x_team");
    CHECK(result.merged.deals[0].requirements[0].extra == Json({{"x_score", 3}, {"x_source", "rfp"}}));
    CHECK(result.merged.extra == Json({{"x_owner", "ops"}, {"x_team", "sales"}}));
}

TEST_CASE("merge: the merged workspace exports and imports back unchanged") {
    Deal incoming = sms_deal();
    incoming.requirements[0].claims[0].status = ClaimStatus::Verified;
    incoming.requirements[0].claims[0].modified = at("2019-10-24");
    incoming.vendors.push_back(Organisation{"v2", "Other vendor", Json::object()});
    Claim c2;
    c2.vendor = "v2";
    c2.status = ClaimStatus::Demonstrated;
    incoming.requirements[0].claims.push_back(c2);
    const MergeResult result = merge_workspaces(with(sms_deal()), with(incoming));
    CHECK(result.conflicts.empty());
    CHECK(result.changes.size() == 3);
    const std::string text = export_workspace(result.merged);
    const ImportResult back = import_workspace(text);
    REQUIRE(back.ok());
    CHECK(export_workspace(*back.workspace) == text);
    CHECK(back.workspace->deals[0].requirements[0].claims.size() == 2);
}
