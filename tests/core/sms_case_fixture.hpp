// sms_case_fixture.hpp — the SMS vendor case (DOMAIN.md, section 1) as a deal.
//
// The buyer's timeline with its exact dates, seen from the buyer: three reps,
// three must-haves that were only ever claimed, two questions raised on
// 2019-10-16 and tabled again on 2019-10-24, a reference customer that does
// not answer the question, the 2019-12-17 offer expiring 2019-12-31, the
// contract of 2019-12-21 with installation deferred to January. Months given
// only roughly in the article (early February, mid March 2020) are left out.
#pragma once

#include "core/model/model.hpp"
#include "core/model/moment.hpp"

#include <string>

namespace setright::test {

inline Moment when(const std::string& text) { return parse_moment(text).value(); }

inline Touch sms_touch(const std::string& id, const char* at, Channel channel, Direction direction, const std::string& who,
                       const std::string& summary) {
    Touch t;
    t.id = id;
    t.at = when(at);
    t.channel = channel;
    t.direction = direction;
    t.vendor = "sms-vendor";
    t.who = who;
    t.summary = summary;
    return t;
}

inline Requirement sms_requirement(const std::string& id, const std::string& text, Priority priority, double weight, ClaimStatus status) {
    Requirement r;
    r.id = id;
    r.text = text;
    r.priority = priority;
    r.weight = weight;
    Claim c;
    c.vendor = "sms-vendor";
    c.status = status;
    r.claims.push_back(c);
    return r;
}

inline Evidence sms_evidence(const std::string& id, EvidenceKind kind, const char* date, const std::string& summary, bool answers) {
    Evidence e;
    e.id = id;
    e.kind = kind;
    e.date = when(date);
    e.summary = summary;
    e.source = "the vendor's rep";
    e.answers = answers;
    return e;
}

// Raised on the demo call, tabled, raised again on the follow-up call, tabled again.
inline Question sms_tabled_question(const std::string& id, const std::string& text, const std::string& requirement) {
    Question q;
    q.id = id;
    q.text = text;
    q.requirement = requirement;
    q.vendor = "sms-vendor";
    q.asked_at = when("2019-10-16");
    q.asked_in = "t-demo";
    q.asked_to = "rep-3";
    q.status = QuestionStatus::Open;
    q.history = {
            {when("2019-10-16"), QuestionEventKind::Raised, "t-demo", "buyer-ops", "", Json::object()},
            {when("2019-10-16"), QuestionEventKind::Tabled, "t-demo", "rep-3", "rep does not know, agrees to find out", Json::object()},
            {when("2019-10-24"), QuestionEventKind::RaisedAgain, "t-follow-up-call", "buyer-cs", "", Json::object()},
            {when("2019-10-24"), QuestionEventKind::Tabled, "t-follow-up-call", "rep-3", "tabled again", Json::object()},
    };
    return q;
}

inline Deal sms_case_deal() {
    Deal d;
    d.id = "sms-case";
    d.title = "SMS marketing tool";
    d.perspective = Perspective::Buyer;
    d.buyer = {"battlbox", "BattlBox", Json::object()};
    d.vendors = {{"sms-vendor", "SMS vendor", Json::object()}};
    d.primary_vendor = "sms-vendor";
    d.stage = Stage::Signed;
    d.people = {
            {"rep-1", "First rep", "sales rep", Side::Vendor, "sms-vendor", Json::object()},
            {"rep-2", "Second rep", "sales rep", Side::Vendor, "sms-vendor", Json::object()},
            {"rep-3", "Third rep", "sales rep", Side::Vendor, "sms-vendor", Json::object()},
            {"buyer-ops", "Team member", "operations", Side::Buyer, "battlbox", Json::object()},
            {"buyer-cs", "Customer-service lead", "customer service", Side::Buyer, "battlbox", Json::object()},
    };

    Requirement recharge = sms_requirement("r-recharge", "Recharge integration", Priority::Must, 3, ClaimStatus::Claimed);
    recharge.claims[0].evidence = {
            sms_evidence("e-demo-recharge", EvidenceKind::CallNote, "2019-10-16", "Rep says it exists and active customers use it", false),
            sms_evidence("e-reference", EvidenceKind::Reference, "2019-10-24", "An example customer who uses Recharge", false),
    };
    Requirement gorgias = sms_requirement("r-gorgias", "Gorgias integration", Priority::Must, 3, ClaimStatus::Claimed);
    gorgias.claims[0].evidence = {
            sms_evidence("e-demo-gorgias", EvidenceKind::CallNote, "2019-10-16", "Rep says it exists and active customers use it", false),
    };
    Requirement segmentation =
            sms_requirement("r-segmentation", "Segmentation by subscriber status", Priority::Must, 3, ClaimStatus::Claimed);
    Requirement roi = sms_requirement("r-roi", "5x ROI guarantee", Priority::Should, 1, ClaimStatus::Claimed);
    Requirement shopify = sms_requirement("r-shopify", "Shopify integration", Priority::Nice, 1, ClaimStatus::Verified);
    shopify.claims[0].evidence = {
            sms_evidence("e-shopify", EvidenceKind::SandboxTest, "2019-10-16", "Syncs with Shopify: the one integration that really exists",
                         true),
    };
    d.requirements = {recharge, gorgias, segmentation, roi, shopify};

    Question roi_question;
    roi_question.id = "q-roi";
    roi_question.text = "What exactly does the 5x ROI guarantee cover?";
    roi_question.requirement = "r-roi";
    roi_question.vendor = "sms-vendor";
    roi_question.asked_at = when("2019-10-16");
    roi_question.history = {{when("2019-10-16"), QuestionEventKind::Raised, "t-demo", "buyer-ops", "", Json::object()}};
    d.questions = {
            sms_tabled_question("q-recharge", "Does the Recharge integration know whether a person is an active subscriber?", "r-recharge"),
            sms_tabled_question("q-gorgias", "Do SMS replies land in Gorgias?", "r-gorgias"),
            roi_question,
    };

    const Direction from = Direction::FromVendor, to = Direction::ToVendor;
    d.timeline = {
            sms_touch("t-prospecting-1", "2018-11-29", Channel::Email, from, "rep-1", "Prospecting email; no reply"),
            sms_touch("t-prospecting-2", "2019-04-19", Channel::Email, from, "rep-2", "A new rep sends the same campaign; no reply"),
            sms_touch("t-prospecting-3", "2019-08-05", Channel::Email, from, "rep-3", "A third rep, same emails; no reply"),
            sms_touch("t-sequence", "2019-10-01", Channel::Email, from, "rep-3",
                      "Same automated 3-email sequence, sent to other team members"),
            sms_touch("t-first-call", "2019-10-01", Channel::Call, from, "rep-3", "A team member takes a call"),
            sms_touch("t-demo", "2019-10-16", Channel::Demo, from, "rep-3",
                      "Demo: more pitching than qualifying; integrations 'exist'; 5x ROI guarantee"),
            sms_touch("t-follow-up-call", "2019-10-24", Channel::Call, from, "rep-3",
                      "Follow-up call with the customer-service lead; integration questions tabled again"),
            sms_touch("t-reference", "2019-10-24", Channel::Email, from, "rep-3", "An example customer who uses Recharge"),
            sms_touch("t-vendor-follow-up", "2019-10-28", Channel::Email, from, "rep-3", "Vendor follows up"),
            sms_touch("t-reach-out-monday", "2019-10-28", Channel::Email, to, "buyer-ops",
                      "Please reach out Monday to set the final meeting"),
            sms_touch("t-late-follow-up", "2019-11-22", Channel::Email, from, "rep-3", "Vendor follows up late: they forgot"),
            sms_touch("t-resume-december", "2019-11-22", Channel::Email, to, "buyer-ops",
                      "Black Friday / Cyber Monday: resume in December"),
            sms_touch("t-offer", "2019-12-17", Channel::Offer, from, "rep-3", "Year-end offer"),
            sms_touch("t-contract", "2019-12-21", Channel::Contract, to, "buyer-ops",
                      "Signed, on the condition that nothing is installed before January"),
            sms_touch("t-implementation", "2020-01-07", Channel::Implementation, from, "rep-3",
                      "Implementation starts: 3 weeks of calls and about 100 emails"),
    };
    Offer offer;
    offer.expires = when("2019-12-31");
    offer.terms = "50% off forever if signed before year end";
    d.timeline[12].offer = offer;

    DecisionOption sign;
    sign.id = "o-sign";
    sign.title = "Sign with the SMS vendor";
    sign.vendor = "sms-vendor";
    d.options = {sign};
    d.decision = {"o-sign", "buyer-ops", when("2019-12-21"), "50% off forever", Json::object()};
    return d;
}

} // namespace setright::test
