// Enum names: every value round-trips, and the names are the documented
// snake_case ones (a reordered table would silently change files).
#include "core/model/enum_names.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright;

namespace {

template <class E> void check_round_trip(size_t expected_count) {
    const auto& names = enum_names<E>();
    REQUIRE(names.size() == expected_count);
    for (size_t i = 0; i < names.size(); ++i) {
        const E value = static_cast<E>(i);
        CHECK(std::string(to_string(value)) == std::string(names[i]));
        REQUIRE(enum_from_string<E>(names[i]).has_value());
        CHECK(*enum_from_string<E>(names[i]) == value);
    }
}

} // namespace

TEST_CASE("json enum names: every value round-trips") {
    check_round_trip<Perspective>(2);
    check_round_trip<Stage>(11);
    check_round_trip<Side>(3);
    check_round_trip<Priority>(3);
    check_round_trip<ClaimStatus>(7);
    check_round_trip<EvidenceKind>(8);
    check_round_trip<QuestionStatus>(6);
    check_round_trip<QuestionEventKind>(6);
    check_round_trip<Channel>(13);
    check_round_trip<Direction>(3);
    check_round_trip<Severity>(3);
    check_round_trip<CaseDecision>(3);
}

TEST_CASE("json enum names: the snake_case names") {
    CHECK(std::string(to_string(Stage::NoDecision)) == "no_decision");
    CHECK(std::string(to_string(ClaimStatus::NotSupported)) == "not_supported");
    CHECK(std::string(to_string(ClaimStatus::AcceptedRisk)) == "accepted_risk");
    CHECK(std::string(to_string(EvidenceKind::CallNote)) == "call_note");
    CHECK(std::string(to_string(EvidenceKind::SandboxTest)) == "sandbox_test");
    CHECK(std::string(to_string(EvidenceKind::ContractClause)) == "contract_clause");
    CHECK(std::string(to_string(Direction::ToVendor)) == "to_vendor");
    CHECK(std::string(to_string(QuestionEventKind::RaisedAgain)) == "raised_again");
    CHECK(std::string(to_string(Channel::Implementation)) == "implementation");
    CHECK(std::string(to_string(Perspective::Rep)) == "rep");
    CHECK(std::string(to_string(Severity::Critical)) == "critical");
    CHECK(std::string(to_string(static_cast<Priority>(99))) == "unknown");
}

TEST_CASE("json enum names: parsing is exact") {
    CHECK(stage_from_string("no_decision") == Stage::NoDecision);
    CHECK(claim_status_from_string("not_supported") == ClaimStatus::NotSupported);
    CHECK(evidence_kind_from_string("call_note") == EvidenceKind::CallNote);
    CHECK(direction_from_string("from_vendor") == Direction::FromVendor);
    CHECK(question_event_kind_from_string("raised_again") == QuestionEventKind::RaisedAgain);
    CHECK(question_status_from_string("refuted") == QuestionStatus::Refuted);
    CHECK(channel_from_string("form") == Channel::Form);
    CHECK(side_from_string("vendor") == Side::Vendor);
    CHECK(priority_from_string("nice") == Priority::Nice);
    CHECK(perspective_from_string("buyer") == Perspective::Buyer);
    CHECK(severity_from_string("warning") == Severity::Warning);
    CHECK_FALSE(stage_from_string("NoDecision").has_value());
    CHECK_FALSE(stage_from_string("No_Decision").has_value());
    CHECK_FALSE(priority_from_string("").has_value());
    CHECK_FALSE(priority_from_string("must ").has_value());
}

TEST_CASE("json enum names: joined for messages") {
    CHECK(enum_names_joined<Priority>() == "must, should, nice");
    CHECK(enum_names_joined<Direction>() == "to_vendor, from_vendor, internal");
}
