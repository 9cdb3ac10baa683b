// Merging two workspaces: which version wins, what is reported, what is kept.
#include "core/format/json_format.hpp"
#include "core/format/merge.hpp"

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
    CHECK(result.changes[0].description == "claim by vendor v1 on requirement r3 'Recharge integration' in deal sms 'SMS marketing tool': "
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
    CHECK(result.changes[0].description == "requirement r4 'Gorgias integration' in deal sms 'SMS marketing tool': incoming differs "
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

namespace {

Evidence evidence(const char* id, const char* summary) {
    Evidence e;
    e.id = id;
    e.kind = EvidenceKind::CallNote;
    e.summary = summary;
    e.answers = true;
    return e;
}

QuestionEvent event(const char* when, QuestionEventKind kind, const char* note) {
    QuestionEvent e;
    e.at = at(when);
    e.kind = kind;
    e.note = note;
    return e;
}

// sms_deal() with question q1 on r3, raised on 16 October.
Deal with_question(Deal d) {
    Question q;
    q.id = "q1";
    q.text = "Does Recharge sync subscriber status?";
    q.requirement = "r3";
    q.vendor = "v1";
    q.modified = at("2019-10-16");
    q.history.push_back(event("2019-10-16", QuestionEventKind::Raised, ""));
    d.questions.push_back(q);
    return d;
}

std::vector<std::string> evidence_ids(const Claim& c) {
    std::vector<std::string> ids;
    for (const Evidence& e : c.evidence) ids.push_back(e.id);
    return ids;
}

} // namespace

TEST_CASE("merge: evidence added on both sides to the same claim is all kept, each addition reported where it came from") {
    Deal common = sms_deal();
    common.requirements[0].claims[0].evidence.push_back(evidence("e1", "Sandbox test"));
    Deal base = common, incoming = common;
    // Base adds e2 at 10:00; incoming adds e3 half an hour later.
    base.requirements[0].claims[0].evidence.push_back(evidence("e2", "Call with their CTO"));
    base.requirements[0].claims[0].modified = at("2019-10-20T10:00Z");
    incoming.requirements[0].claims[0].evidence.push_back(evidence("e3", "Reference call with Brand X"));
    incoming.requirements[0].claims[0].modified = at("2019-10-20T10:30Z");

    const MergeResult result = merge_workspaces(with(base), with(incoming));
    CHECK(result.conflicts.empty());
    const Claim& merged = result.merged.deals[0].requirements[0].claims[0];
    CHECK(evidence_ids(merged) == std::vector<std::string>{"e1", "e2", "e3"});
    CHECK(merged.evidence[1].summary == "Call with their CTO");
    CHECK(merged.evidence[2].summary == "Reference call with Brand X");
    CHECK(merged.modified == at("2019-10-20T10:30Z"));

    // The claim's own date, base's evidence kept, incoming's evidence added: one line each.
    REQUIRE(result.changes.size() == 3);
    const MergeChange& claim = result.changes[0];
    CHECK(claim.pointer == "/deals/0/requirements/0/claims/0");
    CHECK(claim.kind == ChangeKind::Updated);
    CHECK(claim.about.fields == std::vector<std::string>{"modified"});

    const MergeChange& kept = result.changes[1];
    CHECK(kept.pointer == "/deals/0/requirements/0/claims/0/evidence/1");
    CHECK(kept.kind == ChangeKind::Kept);
    CHECK(kept.reason == ChangeReason::OnlyInBase);
    CHECK(kept.about.item_type == "evidence");
    CHECK(kept.about.subject == "e2 'Call with their CTO'");

    const MergeChange& added = result.changes[2];
    CHECK(added.pointer == "/deals/0/requirements/0/claims/0/evidence/2");
    CHECK(added.kind == ChangeKind::Added);
    CHECK(added.reason == ChangeReason::OnlyInIncoming);
    CHECK(added.description == "evidence e3 'Reference call with Brand X' on claim by vendor v1 on requirement r3 "
                               "'Recharge integration' in deal sms 'SMS marketing tool': only in incoming; added");
    CHECK(added.about.item_type == "evidence");
    CHECK(added.about.subject == "e3 'Reference call with Brand X'");
    REQUIRE(added.about.within.size() == 2);
    CHECK(added.about.within[0].item_type == "requirement");
    CHECK(added.about.within[0].subject == "r3 'Recharge integration'");
    CHECK(added.about.within[1].item_type == "claim");
    CHECK(added.about.within[1].subject == "v1");

    // The same merge the other way round keeps the same three pieces.
    const MergeResult back = merge_workspaces(with(incoming), with(base));
    CHECK(evidence_ids(back.merged.deals[0].requirements[0].claims[0]) == std::vector<std::string>{"e1", "e3", "e2"});
}

TEST_CASE("merge: evidence on both sides with the same id follows its claim's modified") {
    Deal base = sms_deal();
    base.requirements[0].claims[0].evidence.push_back(evidence("e1", "Sandbox test"));
    Deal incoming = base;
    incoming.requirements[0].claims[0].evidence[0].summary = "Sandbox test: subscriber status syncs both ways";
    incoming.requirements[0].claims[0].modified = at("2019-10-21");
    MergeResult result = merge_workspaces(with(base), with(incoming));
    CHECK(result.conflicts.empty());
    CHECK(result.merged.deals[0].requirements[0].claims[0].evidence[0].summary == "Sandbox test: subscriber status syncs both ways");
    REQUIRE(result.changes.size() == 2); // the claim's date, the evidence's summary
    CHECK(result.changes[1].pointer == "/deals/0/requirements/0/claims/0/evidence/0");
    CHECK(result.changes[1].kind == ChangeKind::Updated);
    CHECK(result.changes[1].about.fields == std::vector<std::string>{"summary"});

    // The same edit on a claim dated the same on both sides: a conflict on the evidence alone.
    incoming.requirements[0].claims[0].modified = base.requirements[0].claims[0].modified;
    result = merge_workspaces(with(base), with(incoming));
    CHECK(result.changes.empty());
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].pointer == "/deals/0/requirements/0/claims/0/evidence/0");
    CHECK(result.conflicts[0].about.item_type == "evidence");
    CHECK(result.merged.deals[0].requirements[0].claims[0].evidence[0].summary == "Sandbox test");
}

TEST_CASE("merge: history entries added on both sides to the same question are all kept, in time order") {
    Deal base = with_question(sms_deal()), incoming = with_question(sms_deal());
    Question& mine = base.questions[0];
    mine.history.push_back(event("2019-10-23T15:00Z", QuestionEventKind::Note, "Chased by email"));
    mine.modified = at("2019-10-23T15:00Z");
    Question& theirs = incoming.questions[0];
    theirs.history.push_back(event("2019-10-22T09:00Z", QuestionEventKind::Promised, "Rep One"));
    theirs.status = QuestionStatus::Promised;
    theirs.promised_by = at("2019-10-30");
    theirs.modified = at("2019-10-22T09:00Z");

    const MergeResult result = merge_workspaces(with(base), with(incoming));
    CHECK(result.conflicts.empty());
    const Question& merged = result.merged.deals[0].questions[0];
    REQUIRE(merged.history.size() == 3);
    CHECK(merged.history[0].kind == QuestionEventKind::Raised);
    CHECK(merged.history[1].note == "Rep One");         // 22 October, from incoming
    CHECK(merged.history[2].note == "Chased by email"); // 23 October, base's
    // The question's own fields follow its modified: base's is newer, so its status stays.
    CHECK(merged.status == QuestionStatus::Open);

    REQUIRE(result.changes.size() == 3);
    CHECK(result.changes[0].pointer == "/deals/0/questions/0");
    CHECK(result.changes[0].kind == ChangeKind::Kept);
    CHECK(result.changes[0].reason == ChangeReason::BaseNewer);
    CHECK(result.changes[1].pointer == "/deals/0/questions/0/history/1");
    CHECK(result.changes[1].kind == ChangeKind::Added);
    CHECK(result.changes[1].about.item_type == "history_entry");
    CHECK(result.changes[1].about.subject == "2019-10-22T09:00Z promised 'Rep One'");
    CHECK(result.changes[1].description ==
          "history entry 2019-10-22T09:00Z promised 'Rep One' on question q1 'Does Recharge sync subscriber status?' "
          "in deal sms 'SMS marketing tool': only in incoming; added");
    REQUIRE(result.changes[1].about.within.size() == 1);
    CHECK(result.changes[1].about.within[0].item_type == "question");
    CHECK(result.changes[2].pointer == "/deals/0/questions/0/history/2");
    CHECK(result.changes[2].kind == ChangeKind::Kept);
    CHECK(result.changes[2].reason == ChangeReason::OnlyInBase);

    // Merged again with either side, nothing more comes in and nothing repeats.
    const MergeResult again = merge_workspaces(result.merged, with(incoming));
    CHECK(again.merged.deals[0].questions[0].history.size() == 3);
    for (const MergeChange& c : again.changes) CHECK(c.kind == ChangeKind::Kept);
}

TEST_CASE("merge: the same history entry twice on each side stays twice, not four times") {
    Deal base = with_question(sms_deal());
    base.questions[0].history.push_back(event("2019-10-20", QuestionEventKind::Tabled, ""));
    base.questions[0].history.push_back(event("2019-10-20", QuestionEventKind::Tabled, ""));
    const MergeResult result = merge_workspaces(with(base), with(base));
    CHECK(result.changes.empty());
    CHECK(result.merged.deals[0].questions[0].history.size() == 3);
}

TEST_CASE("merge: a colleague's later edit on a clock an hour behind is kept out, and reported as such") {
    // You changed the requirement at 10:00 and sent the file; your colleague
    // edited it at 10:30 on a clock that read 09:30.
    Deal base = sms_deal();
    base.requirements[1].text = "Gorgias integration (tickets)";
    base.requirements[1].modified = at("2019-10-20T10:00Z");
    Deal incoming = sms_deal();
    incoming.requirements[1].text = "Gorgias integration (tickets and macros)";
    incoming.requirements[1].modified = at("2019-10-20T09:30Z");
    const MergeResult result = merge_workspaces(with(base), with(incoming));
    CHECK(result.conflicts.empty());
    REQUIRE(result.changes.size() == 1);
    CHECK(result.changes[0].kind == ChangeKind::Kept);
    CHECK(result.changes[0].reason == ChangeReason::BaseNewer);
    CHECK(result.changes[0].pointer == "/deals/0/requirements/1");
    CHECK(result.changes[0].about.fields == std::vector<std::string>{"text"});
    CHECK(result.changes[0].description ==
          "requirement r4 'Gorgias integration (tickets)' in deal sms 'SMS marketing tool': incoming differs "
          "(text 'Gorgias integration (tickets)' -> 'Gorgias integration (tickets and macros)'); kept base (base is newer)");
    CHECK(result.merged.deals[0].requirements[1].text == "Gorgias integration (tickets)");
}

TEST_CASE("merge: a case's signs and steps added on both sides are all kept, steps in time order") {
    auto step = [](const char* id, const char* when, const char* title) {
        CaseStep s;
        s.id = id;
        s.at = at(when);
        s.title = title;
        return s;
    };
    Deal common = sms_deal();
    common.case_key = CaseKey{};
    common.case_key->intro = "An SMS tool for a subscription box";
    common.case_key->steps = {step("s1", "2019-10-01", "First call"), step("s3", "2019-10-20", "Offer")};
    Deal base = common, incoming = common;
    base.case_key->signs.push_back(CaseSign{"no_proposal", "The price came without a proposal", Json()});
    base.case_key->steps.push_back(step("s4", "2019-10-25", "Contract"));
    incoming.case_key->steps.insert(incoming.case_key->steps.begin() + 1, step("s2", "2019-10-10", "Demo"));
    incoming.case_key->signs.push_back(CaseSign{"pushy", "Pressure to sign this week", Json()});

    const MergeResult result = merge_workspaces(with(base), with(incoming));
    CHECK(result.conflicts.empty());
    REQUIRE(result.merged.deals[0].case_key);
    const CaseKey& key = *result.merged.deals[0].case_key;
    std::vector<std::string> steps;
    for (const CaseStep& s : key.steps) steps.push_back(s.id);
    CHECK(steps == std::vector<std::string>{"s1", "s2", "s3", "s4"});
    REQUIRE(key.signs.size() == 2);
    CHECK(key.signs[0].code == "no_proposal");
    CHECK(key.signs[1].code == "pushy");
    CHECK(key.intro == "An SMS tool for a subscription box");
    bool step_added = false;
    for (const MergeChange& c : result.changes)
        if (c.pointer == "/deals/0/case/steps/1") {
            step_added = true;
            CHECK(c.kind == ChangeKind::Added);
            CHECK(c.about.item_type == "case_step");
            CHECK(c.about.subject == "s2 'Demo'");
        }
    CHECK(step_added);
}
