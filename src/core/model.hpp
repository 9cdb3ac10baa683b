// model.hpp — the workspace as Setright understands it.
//
// Plain structs, no behaviour. Every concept comes from ../shared/DOMAIN.md:
// deals seen by a buyer or a rep, requirement checklists with a claim ladder
// per vendor, questions put to vendors with who promised what by when,
// evidence that does or does not answer, a timeline of touches, the fit and
// decision record, the life after signing, and lead-response studies.
//
// Ids are strings chosen by whoever created the item; they are stable and
// unique within their list. Every item that can be edited carries `modified`
// (used by merge) and `extra`: JSON fields this version does not know, kept so
// that a file made by a newer or older Setright survives a round trip (null
// when there are none, which is almost always: an empty object would cost an
// allocation per item read).
//
// JSON names are the snake_case of the field names here; enums are written as
// the snake_case strings listed in enum_names.hpp. docs/format-v1.md is the
// reference of the file format.
#pragma once

#include "moment.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace setright {

using Json = nlohmann::json;

enum class Perspective { Buyer, Rep };
enum class Stage { Prospecting, Discovery, Demo, Proposal, Negotiation, Signed, Implementing, Live, Churned, Lost, NoDecision };
enum class Side { Buyer, Vendor, Other };
enum class Priority { Must, Should, Nice };
// The claim ladder: unknown → claimed → demonstrated → verified, plus the
// three states that step off it.
enum class ClaimStatus { Unknown, Claimed, Demonstrated, Verified, Partial, NotSupported, AcceptedRisk };
enum class EvidenceKind { Email, CallNote, Demo, Document, Reference, SandboxTest, ContractClause, Other };
enum class QuestionStatus { Open, Promised, Answered, Verified, Refuted, Withdrawn };
// What happened to a question on one occasion.
enum class QuestionEventKind { Raised, RaisedAgain, Tabled, Promised, Answered, Note };
enum class Channel { Email, Call, Demo, Meeting, Proposal, Offer, Contract, Implementation, Support, Refund, Form, Phone, Other };
// Seen from the buyer: to_vendor is the buyer writing, from_vendor the vendor.
enum class Direction { ToVendor, FromVendor, Internal };
enum class Severity { Info, Warning, Critical };
// What a workshop participant decides at a step of a case.
enum class CaseDecision { Sign, Wait, WalkAway };

struct Organisation {
    std::string id;
    std::string name;
    Json extra;
};

struct Person {
    std::string id;
    std::string name;
    std::string role;
    Side side = Side::Other;
    std::string organisation; // Organisation id (buyer or one of the vendors)
    Json extra;
};

struct Evidence {
    std::string id;
    EvidenceKind kind = EvidenceKind::Other;
    std::string summary;
    std::string source;          // who or where it came from
    std::optional<Moment> date;
    bool answers = false;        // does it answer this exact requirement?
    Json extra;
};

// One vendor's standing on one requirement.
struct Claim {
    std::string vendor; // Organisation id
    ClaimStatus status = ClaimStatus::Unknown;
    std::string accepted_by;     // with AcceptedRisk: who accepted the risk
    std::string accepted_reason; // ... and why
    std::vector<Evidence> evidence;
    std::optional<Moment> modified;
    Json extra;
};

struct Requirement {
    std::string id;
    std::string text;
    std::string category;
    Priority priority = Priority::Should;
    double weight = 1.0;
    std::string owner;
    std::optional<Moment> due;
    std::vector<Claim> claims;
    std::optional<Moment> modified;
    Json extra;
};

struct QuestionEvent {
    Moment at;
    QuestionEventKind kind = QuestionEventKind::Note;
    std::string touch; // Touch id, optional
    std::string by;
    std::string note;
    Json extra;
};

struct Question {
    std::string id;
    std::string text;
    std::string requirement; // Requirement id, optional
    std::string vendor;      // Organisation id
    std::optional<Moment> asked_at;
    std::string asked_in;    // Touch id
    std::string asked_to;    // Person id or a name
    QuestionStatus status = QuestionStatus::Open;
    std::optional<Moment> promised_by;   // the date an answer was promised for
    std::string promised_by_whom;
    std::string answer;
    std::optional<Moment> answered_at;
    std::vector<QuestionEvent> history;
    std::optional<Moment> modified;
    Json extra;
};

struct Offer {
    std::optional<Moment> expires;
    std::string terms; // "50% off forever if signed before 31 Dec"
    Json extra;
};

struct Touch {
    std::string id;
    Moment at;
    Channel channel = Channel::Email;
    Direction direction = Direction::FromVendor;
    std::string vendor; // Organisation id
    std::string who;    // Person id or a name
    std::string summary;
    std::optional<Offer> offer;
    std::optional<Moment> modified;
    Json extra;
};

struct FitStatement { // the rep's "where we are not a fit"
    std::string id;
    std::string text;
    std::optional<Moment> modified;
    Json extra;
};

struct DecisionOption {
    std::string id;
    std::string title;
    std::string vendor;          // Organisation id, empty for no decision
    bool no_decision = false;    // "no decision / keep what we have"
    std::string notes;
    std::optional<Moment> modified;
    Json extra;
};

struct Decision {
    std::string option; // DecisionOption id, empty while undecided
    std::string by;
    std::optional<Moment> at;
    std::string why;
    Json extra;
};

// Customer lifetime value inputs, per period (month or year).
struct ClvInputs {
    std::string period = "month";
    double revenue_per_period = 0;
    double gross_margin = 0;        // 0..1
    double retention = 0;           // share kept per period, 0..1 (churn = 1 - retention)
    double acquisition_cost = 0;
    double retention_cost_per_period = 0;
    double upsell_per_period = 0;   // extra revenue per period from upsell
    Json extra;
};

struct ChecklistItem {
    std::string id;
    std::string text;
    bool done = false;
    std::string owner;
    std::optional<Moment> due;
    std::optional<Moment> modified;
    Json extra;
};

struct Materials {
    bool proposal = false;
    bool presentation = false;
    bool contract_template = false;
    bool portfolio = false;
    bool estimate = false;
    Json extra;
};

// One request sent to one vendor in a lead-response study.
struct StudyRequest {
    std::string id;
    std::string vendor;              // a name: studies cover many vendors
    Channel channel = Channel::Form; // how the request was sent
    std::optional<Moment> sent_at;
    std::optional<Moment> first_reply_at;   // absent: never answered
    std::optional<Channel> reply_channel;
    std::optional<double> quoted_price;
    Materials materials;
    bool followed_up = false;        // did the vendor follow up unprompted?
    std::string notes;
    std::optional<Moment> modified;
    Json extra;
};

struct Study {
    std::string method; // sample, how drawn, the exact letter sent
    std::vector<StudyRequest> requests;
    Json extra;
};

// A sign a trainer wants spotted that the red-flag rules do not compute
// ("the price came without a proposal"); its code must not be a red-flag code.
struct CaseSign {
    std::string code;
    std::string label; // in the case's language
    Json extra;
};

// One step of a workshop case: the deal is revealed up to `at`.
struct CaseStep {
    std::string id;
    Moment at;
    std::string title;
    std::string text;                         // what participants read at this step
    std::vector<std::string> expected_flags;  // red-flag or sign codes first visible at this step
    std::optional<CaseDecision> expected_decision;
    std::string debrief;                      // the trainer's note for after the step
    Json extra;
};

// The answer key that makes a deal a workshop case (docs/workshops.md).
struct CaseKey {
    std::string intro;
    std::vector<CaseSign> signs;
    std::vector<CaseStep> steps; // in time order
    Json extra;  // (a deal-level field: the deal's `modified` governs it in a merge)
};

struct Deal {
    std::string id;
    std::string title;
    Perspective perspective = Perspective::Buyer;
    Organisation buyer;
    std::vector<Organisation> vendors;
    std::string primary_vendor; // the vendor readiness is judged for
    std::vector<Person> people;
    Stage stage = Stage::Prospecting;
    std::optional<Moment> target_sign_date;
    std::optional<Moment> needed_by;       // needed-by / go-live
    std::optional<double> expected_response_hours; // how fast the buyer expects a first reply
    std::string currency = "USD";
    std::string notes;
    bool archived = false;
    std::vector<Requirement> requirements;
    std::vector<Question> questions;
    std::vector<Touch> timeline;
    std::vector<FitStatement> not_a_fit;
    std::vector<DecisionOption> options;
    Decision decision;
    std::optional<ClvInputs> clv;
    std::vector<ChecklistItem> post_sale;
    std::optional<Study> study;
    std::optional<CaseKey> case_key; // JSON "case": the deal is a workshop case
    std::optional<Moment> created;
    std::optional<Moment> modified;
    Json extra;
};

struct Workspace {
    std::vector<Deal> deals;
    Json extra;
};

} // namespace setright
