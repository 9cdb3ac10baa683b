// Red flags: the warning signs of the SMS vendor case, judged at a moment.
#include "core/judging/red_flags.hpp"

#include "sms_case_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

using namespace setright;

namespace {
// What a result says, in English (as the CLI prints it).
template <class Result> std::string said(const Result& r) { return Words().say(r.says); }
} // namespace
using setright::test::sms_case_deal;
using setright::test::when;

namespace {

std::vector<std::string> codes_of(const std::vector<RedFlag>& flags) {
    std::vector<std::string> codes;
    for (const RedFlag& f : flags) codes.push_back(f.code);
    return codes;
}

std::vector<RedFlag> with_code(const std::vector<RedFlag>& flags, const std::string& code) {
    std::vector<RedFlag> found;
    std::copy_if(flags.begin(), flags.end(), std::back_inserter(found), [&](const RedFlag& f) { return f.code == code; });
    return found;
}

Touch touch(const std::string& id, const char* at, Channel channel, Direction direction, const std::string& who = {}) {
    Touch t;
    t.id = id;
    t.at = when(at);
    t.channel = channel;
    t.direction = direction;
    t.vendor = "v";
    t.who = who;
    return t;
}

// A deal with a "no decision" option, so only the flag under test shows.
Deal quiet_deal() {
    Deal d;
    d.vendors = {{"v", "Vendor", Json::object()}};
    DecisionOption keep;
    keep.id = "o-keep";
    keep.no_decision = true;
    d.options = {keep};
    return d;
}

} // namespace

TEST_CASE("red flags: the SMS case at signing, every flag and its explanation") {
    const std::vector<RedFlag> flags = find_red_flags(sms_case_deal(), when("2019-12-21"));
    const std::vector<std::string> expected = {
            "must_have_only_claimed", "must_have_only_claimed",    "must_have_only_claimed",    "question_tabled_again",
            "question_tabled_again",  "reference_does_not_answer", "offer_expiring_unverified", "vendor_contact_turnover",
            "slow_first_response",    "no_no_decision_option",
    };
    CHECK(codes_of(flags) == expected);
    REQUIRE(flags.size() == expected.size());

    CHECK(flags[0].subject.id == "r-recharge");
    CHECK(flags[0].severity == Severity::Critical);
    CHECK(said(flags[0]) ==
          "Must-have “Recharge integration” is only claimed by SMS vendor: nothing demonstrated, no evidence that answers it");
    CHECK(flags[1].subject.id == "r-gorgias");
    CHECK(flags[2].subject.id == "r-segmentation");

    CHECK(flags[3].subject.id == "q-recharge");
    CHECK(flags[3].severity == Severity::Warning);
    CHECK(said(flags[3]) ==
          "“Does the Recharge integration know whether a person is an active subscriber?” raised 2 times since 2019-10-16, no answer");
    CHECK(flags[4].subject.id == "q-gorgias");

    CHECK(flags[5].subject.id == "r-recharge");
    CHECK(said(flags[5]) == "The reference offered by SMS vendor for “Recharge integration” (An example customer who uses Recharge) does "
                            "not answer the requirement");

    CHECK(flags[6].subject.id == "t-offer");
    CHECK(flags[6].severity == Severity::Critical);
    CHECK(said(flags[6]) ==
          "Offer “50% off forever if signed before year end” expires 2019-12-31 (in 10 days) while 3 must-haves are not verified");

    CHECK(flags[7].subject.id == "sms-vendor");
    CHECK(said(flags[7]) == "3 different people have spoken for SMS vendor: First rep, Second rep, Third rep");

    CHECK(flags[8].subject.id == "sms-vendor");
    CHECK(said(flags[8]) == "SMS vendor took 600 hours to reply to the first request of 2019-10-28 (expected within 24)");

    CHECK(flags[9].subject.kind == SubjectKind::Deal);
    CHECK(flags[9].severity == Severity::Info);
}

TEST_CASE("red flags: only what happened up to `at` counts") {
    // 2019-10-20: one occasion for the questions so far, the reference and the offer still to come.
    const std::vector<std::string> early = codes_of(find_red_flags(sms_case_deal(), when("2019-10-20")));
    CHECK(early == std::vector<std::string>{"must_have_only_claimed", "must_have_only_claimed", "must_have_only_claimed",
                                            "vendor_contact_turnover", "no_no_decision_option"});
    // 2019-04-30: two reps so far, not yet turnover.
    CHECK(with_code(find_red_flags(sms_case_deal(), when("2019-04-30")), "vendor_contact_turnover").empty());
}

TEST_CASE("red flags: the offer counts until the end of its expiry day, within 30 days") {
    CHECK(said(with_code(find_red_flags(sms_case_deal(), when("2019-12-31")), "offer_expiring_unverified")[0]) ==
          "Offer “50% off forever if signed before year end” expires 2019-12-31 (today) while 3 must-haves are not verified");
    CHECK(with_code(find_red_flags(sms_case_deal(), when("2020-01-01")), "offer_expiring_unverified").empty());

    Deal far = sms_case_deal();
    far.timeline[12].offer->expires = when("2020-03-01"); // 71 days after 2019-12-21
    CHECK(with_code(find_red_flags(far, when("2019-12-21")), "offer_expiring_unverified").empty());

    Deal verified = sms_case_deal();
    for (Requirement& r : verified.requirements) r.claims[0].status = ClaimStatus::AcceptedRisk;
    CHECK(with_code(find_red_flags(verified, when("2019-12-21")), "offer_expiring_unverified").empty());
}

TEST_CASE("red flags: implementation deferred past 14 days after the contract") {
    const Deal d = sms_case_deal();
    CHECK(with_code(find_red_flags(d, when("2020-01-04")), "implementation_deferred").empty()); // day 14
    const std::vector<RedFlag> waiting = with_code(find_red_flags(d, when("2020-01-05")), "implementation_deferred");
    REQUIRE(waiting.size() == 1);
    CHECK(waiting[0].subject.id == "t-contract");
    CHECK(waiting[0].severity == Severity::Warning);
    CHECK(said(waiting[0]) == "Contract signed 2019-12-21; 15 days later implementation has not started");
    const std::vector<RedFlag> started = with_code(find_red_flags(d, when("2020-01-07")), "implementation_deferred");
    REQUIRE(started.size() == 1);
    CHECK(said(started[0]) == "Contract signed 2019-12-21; implementation started 17 days later (2020-01-07)");

    Deal prompt = quiet_deal();
    prompt.timeline = {touch("c", "2020-01-01", Channel::Contract, Direction::ToVendor),
                       touch("i", "2020-01-15", Channel::Implementation, Direction::FromVendor)};
    CHECK(with_code(find_red_flags(prompt, when("2020-06-01")), "implementation_deferred").empty()); // started on day 14
}

TEST_CASE("red flags: promised answers overdue") {
    Deal d = sms_case_deal();
    d.questions[2].status = QuestionStatus::Promised;
    d.questions[2].promised_by = when("2019-10-25");
    d.questions[2].promised_by_whom = "rep-3";
    CHECK(with_code(find_red_flags(d, when("2019-10-25")), "promised_answer_overdue").empty());
    const std::vector<RedFlag> late = with_code(find_red_flags(d, when("2019-10-28")), "promised_answer_overdue");
    REQUIRE(late.size() == 1);
    CHECK(late[0].subject.id == "q-roi");
    CHECK(said(late[0]) == "The answer to “What exactly does the 5x ROI guarantee cover?” was promised by 2019-10-25 (Third rep); 3 days "
                           "later it is still not answered");
}

TEST_CASE("red flags: an answered question is no longer tabled again") {
    Deal d = sms_case_deal();
    d.questions[0].status = QuestionStatus::Answered;
    d.questions[0].answered_at = when("2019-11-01");
    CHECK(with_code(find_red_flags(d, when("2019-10-30")), "question_tabled_again").size() == 2);
    const std::vector<RedFlag> later = with_code(find_red_flags(d, when("2019-11-01")), "question_tabled_again");
    REQUIRE(later.size() == 1);
    CHECK(later[0].subject.id == "q-gorgias");
}

TEST_CASE("red flags: slow first response, answered late or not at all") {
    Deal d = quiet_deal();
    d.timeline = {touch("ask", "2020-03-02T09:00Z", Channel::Form, Direction::ToVendor)};
    CHECK(find_red_flags(d, when("2020-03-03T09:00Z")).empty()); // exactly 24 hours: not slower
    const std::vector<RedFlag> waiting = find_red_flags(d, when("2020-03-05T09:00Z"));
    REQUIRE(waiting.size() == 1);
    CHECK(waiting[0].code == "slow_first_response");
    CHECK(said(waiting[0]) == "Vendor has not replied to the first request of 2020-03-02T09:00Z in 72 hours (expected within 24)");

    d.timeline.push_back(touch("reply", "2020-03-02T15:30Z", Channel::Email, Direction::FromVendor));
    d.expected_response_hours = 4;
    const std::vector<RedFlag> late = find_red_flags(d, when("2020-03-05"));
    REQUIRE(late.size() == 1);
    CHECK(said(late[0]) == "Vendor took 6.5 hours to reply to the first request of 2020-03-02T09:00Z (expected within 4)");

    d.expected_response_hours = 8;
    CHECK(find_red_flags(d, when("2020-03-05")).empty());
    d.expected_response_hours = NAN; // unusable: the default 24 hours
    CHECK(find_red_flags(d, when("2020-03-05")).empty());
    d.expected_response_hours = 0;
    CHECK(find_red_flags(d, when("2020-03-05")).empty());
}

TEST_CASE("red flags: contact turnover counts distinct vendor-side people") {
    Deal d = quiet_deal();
    d.people = {{"p1", "Anna", "", Side::Vendor, "v", Json::object()}};
    d.timeline = {touch("a", "2020-01-01", Channel::Email, Direction::FromVendor, "p1"),
                  touch("b", "2020-01-02", Channel::Email, Direction::FromVendor, "Anna"), // the same person by name
                  touch("c", "2020-01-03", Channel::Email, Direction::FromVendor, "Boris"),
                  touch("d", "2020-01-04", Channel::Email, Direction::ToVendor, "Buyer"),
                  touch("e", "2020-01-05", Channel::Email, Direction::FromVendor, "")};
    CHECK(find_red_flags(d, when("2020-02-01")).empty());
    d.timeline.push_back(touch("f", "2020-01-06", Channel::Call, Direction::FromVendor, "Carl"));
    const std::vector<RedFlag> flags = with_code(find_red_flags(d, when("2020-02-01")), "vendor_contact_turnover");
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].subject.id == "v");
    CHECK(said(flags[0]) == "3 different people have spoken for Vendor: Anna, Boris, Carl");
}

TEST_CASE("red flags: a plan of more than 30 open items is too long") {
    Deal d = quiet_deal();
    d.primary_vendor = "v";
    for (int i = 0; i < 20; ++i) d.questions.push_back(Question{});
    for (int i = 0; i < 10; ++i) d.requirements.push_back(Requirement{}); // no claims: below verified
    Requirement settled;
    settled.claims = {Claim{"v", ClaimStatus::NotSupported, "", "", {}, std::nullopt, Json::object()}};
    d.requirements.push_back(settled);
    d.post_sale = {ChecklistItem{}};
    d.post_sale[0].done = true;
    CHECK(find_red_flags(d, when("2020-01-01")).empty()); // 30 items
    d.post_sale.push_back(ChecklistItem{});
    const std::vector<RedFlag> flags = find_red_flags(d, when("2020-01-01"));
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].code == "plan_too_long");
    CHECK(flags[0].severity == Severity::Info);
    CHECK(said(flags[0]) ==
          "The plan has 31 open items (20 unanswered questions, 10 requirements not verified, 1 post-sale task not done); "
          "more than 30 is more than anyone follows up");
}

TEST_CASE("red flags: codes and severities are stable") {
    const std::vector<std::string>& codes = red_flag_codes();
    REQUIRE(codes.size() == 10);
    CHECK(codes.front() == "must_have_only_claimed");
    CHECK(codes.back() == "implementation_deferred");
    CHECK(red_flag_severity("offer_expiring_unverified") == Severity::Critical);
    CHECK(red_flag_severity("plan_too_long") == Severity::Info);
    CHECK(red_flag_severity("no_such_code") == Severity::Info);
    CHECK(find_red_flags(quiet_deal(), when("2020-01-01")).empty());
    CHECK(codes_of(find_red_flags(Deal{}, when("2020-01-01"))) == std::vector<std::string>{"no_no_decision_option"});
}
