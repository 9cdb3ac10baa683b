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
// reference of the file format. Each struct's JSON fields are listed once, in
// fields() at the end of this file: reading, writing and the schema test walk
// that list, so adding a field means the struct, its list, docs/format-v1.md
// and docs/setright-v1.schema.json.
#pragma once

#include "core/model/moment.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <type_traits>
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
    std::string source; // who or where it came from
    std::optional<Moment> date;
    bool answers = false; // does it answer this exact requirement?
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
    std::string notes; // the buyer's own words: why it matters, what counts as meeting it
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
    std::string asked_in; // Touch id
    std::string asked_to; // Person id or a name
    QuestionStatus status = QuestionStatus::Open;
    std::optional<Moment> promised_by; // the date an answer was promised for
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
    std::string vendor;       // Organisation id, empty for no decision
    bool no_decision = false; // "no decision / keep what we have"
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
    double gross_margin = 0; // 0..1
    double retention = 0;    // share kept per period, 0..1 (churn = 1 - retention)
    double acquisition_cost = 0;
    double retention_cost_per_period = 0;
    double upsell_per_period = 0; // extra revenue per period from upsell
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
    std::optional<Moment> first_reply_at; // absent: never answered
    std::optional<Channel> reply_channel;
    std::optional<double> quoted_price;
    Materials materials;
    bool followed_up = false; // did the vendor follow up unprompted?
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
    std::string text;                        // what participants read at this step
    std::vector<std::string> expected_flags; // red-flag or sign codes first visible at this step
    std::optional<CaseDecision> expected_decision;
    std::string debrief; // the trainer's note for after the step
    Json extra;
};

// The answer key that makes a deal a workshop case (docs/workshops.md).
struct CaseKey {
    std::string intro;
    std::vector<CaseSign> signs;
    std::vector<CaseStep> steps; // in time order
    // A copy for participants: the key stripped of expected flags, decisions
    // and debriefs (case_copy.hpp), so the app shows only the revealed story.
    bool participant_copy = false;
    Json extra; // (a deal-level field: the deal's `modified` governs it in a merge)
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
    std::optional<Moment> needed_by;               // needed-by / go-live
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

// --- Field lists ---------------------------------------------------------------
//
// The one list of each struct's JSON fields, in the order they are written.
// Reading (json_read.cpp), writing (json_write.cpp) and the schema test
// (tests/core/test_schema_fields.cpp) all walk these, so a new field is added
// here, in docs/format-v1.md and in docs/setright-v1.schema.json, and nowhere
// else. `fields(item, v)` takes the item const (writing) or not (reading) and
// makes one call on the visitor per field; the call says what the field is:
//
//   v.id(name, s)            required, never empty; always written
//   v.text(name, s)          optional string; written when not empty
//   v.flag(name, b)          boolean; always written (field::omit_false: only when true)
//   v.number(name, x, range) double: always written; optional<double>: when set
//   v.choice(name, e)        enum (enum_names.hpp): always written; optional: when set
//   v.moment(name, m)        Moment: required, always written; optional<Moment>: when set
//   v.strings(name, list)    list of strings; written when not empty
//   v.list(name, items)      list of objects; written when not empty
//   v.object(name, o)        object: written when not empty; optional<T>: whenever set
//
// Trailing options change one rule of one field (see namespace field below).
// Merge (merge.cpp) works on the written JSON, so a new field merges with its
// item; only a new list of items with ids needs a line in merge.cpp's table.
namespace field {

enum class Range { NonNegative, Share }; // >= 0, or within [0, 1]

struct Always {};      // written even when empty
struct OmitEmpty {};   // an id written only when not empty (organisations)
struct OptionalIds {}; // an object whose ids may be missing (the buyer)
struct OmitFalse {};   // a boolean written only when true (a mark most files never carry)
inline constexpr Always always{};
inline constexpr OmitFalse omit_false{};
inline constexpr OmitEmpty omit_empty{};
inline constexpr OptionalIds optional_ids{};

// A list whose items are told apart by `key`: a second item with the same
// value is reported as a duplicate right after the list is read.
template <class T> struct Unique {
    const char* key;
    std::string T::*member;
};
template <class T> Unique<T> unique_by(const char* key, std::string T::*member) { return {key, member}; }

// fields() for S, whether S comes const (writing) or not (reading).
template <class R, class S> using Of = std::enable_if_t<std::is_same_v<std::remove_const_t<R>, S>>;

} // namespace field

template <class R, class V> field::Of<R, Organisation> fields(R& o, V& v) {
    v.id("id", o.id, field::omit_empty);
    v.text("name", o.name);
}

template <class R, class V> field::Of<R, Person> fields(R& p, V& v) {
    v.id("id", p.id);
    v.text("name", p.name);
    v.text("role", p.role);
    v.choice("side", p.side);
    v.text("organisation", p.organisation);
}

template <class R, class V> field::Of<R, Evidence> fields(R& e, V& v) {
    v.id("id", e.id);
    v.choice("kind", e.kind);
    v.text("summary", e.summary);
    v.text("source", e.source);
    v.moment("date", e.date);
    v.flag("answers", e.answers);
}

template <class R, class V> field::Of<R, Claim> fields(R& c, V& v) {
    v.id("vendor", c.vendor);
    v.choice("status", c.status);
    v.text("accepted_by", c.accepted_by);
    v.text("accepted_reason", c.accepted_reason);
    v.list("evidence", c.evidence, field::unique_by("id", &Evidence::id));
    v.moment("modified", c.modified);
}

template <class R, class V> field::Of<R, Requirement> fields(R& r, V& v) {
    v.id("id", r.id);
    v.text("text", r.text);
    v.text("category", r.category);
    v.choice("priority", r.priority);
    v.number("weight", r.weight, field::Range::NonNegative);
    v.text("owner", r.owner);
    v.moment("due", r.due);
    v.text("notes", r.notes);
    v.list("claims", r.claims, field::unique_by("vendor", &Claim::vendor)); // one claim per vendor
    v.moment("modified", r.modified);
}

template <class R, class V> field::Of<R, QuestionEvent> fields(R& e, V& v) {
    v.moment("at", e.at);
    v.choice("kind", e.kind);
    v.text("touch", e.touch);
    v.text("by", e.by);
    v.text("note", e.note);
}

template <class R, class V> field::Of<R, Question> fields(R& q, V& v) {
    v.id("id", q.id);
    v.text("text", q.text);
    v.text("requirement", q.requirement);
    v.text("vendor", q.vendor);
    v.moment("asked_at", q.asked_at);
    v.text("asked_in", q.asked_in);
    v.text("asked_to", q.asked_to);
    v.choice("status", q.status);
    v.moment("promised_by", q.promised_by);
    v.text("promised_by_whom", q.promised_by_whom);
    v.text("answer", q.answer);
    v.moment("answered_at", q.answered_at);
    v.list("history", q.history);
    v.moment("modified", q.modified);
}

template <class R, class V> field::Of<R, Offer> fields(R& o, V& v) {
    v.moment("expires", o.expires);
    v.text("terms", o.terms);
}

template <class R, class V> field::Of<R, Touch> fields(R& t, V& v) {
    v.id("id", t.id);
    v.moment("at", t.at);
    v.choice("channel", t.channel);
    v.choice("direction", t.direction);
    v.text("vendor", t.vendor);
    v.text("who", t.who);
    v.text("summary", t.summary);
    v.object("offer", t.offer); // written even when empty: "there was an offer"
    v.moment("modified", t.modified);
}

template <class R, class V> field::Of<R, FitStatement> fields(R& f, V& v) {
    v.id("id", f.id);
    v.text("text", f.text);
    v.moment("modified", f.modified);
}

template <class R, class V> field::Of<R, DecisionOption> fields(R& o, V& v) {
    v.id("id", o.id);
    v.text("title", o.title);
    v.text("vendor", o.vendor);
    v.flag("no_decision", o.no_decision);
    v.text("notes", o.notes);
    v.moment("modified", o.modified);
}

template <class R, class V> field::Of<R, Decision> fields(R& d, V& v) {
    v.text("option", d.option);
    v.text("by", d.by);
    v.moment("at", d.at);
    v.text("why", d.why);
}

template <class R, class V> field::Of<R, ClvInputs> fields(R& c, V& v) {
    v.text("period", c.period, field::always);
    v.number("revenue_per_period", c.revenue_per_period, field::Range::NonNegative);
    v.number("gross_margin", c.gross_margin, field::Range::Share);
    v.number("retention", c.retention, field::Range::Share);
    v.number("acquisition_cost", c.acquisition_cost, field::Range::NonNegative);
    v.number("retention_cost_per_period", c.retention_cost_per_period, field::Range::NonNegative);
    v.number("upsell_per_period", c.upsell_per_period, field::Range::NonNegative);
}

template <class R, class V> field::Of<R, ChecklistItem> fields(R& c, V& v) {
    v.id("id", c.id);
    v.text("text", c.text);
    v.flag("done", c.done);
    v.text("owner", c.owner);
    v.moment("due", c.due);
    v.moment("modified", c.modified);
}

template <class R, class V> field::Of<R, Materials> fields(R& m, V& v) {
    v.flag("proposal", m.proposal);
    v.flag("presentation", m.presentation);
    v.flag("contract_template", m.contract_template);
    v.flag("portfolio", m.portfolio);
    v.flag("estimate", m.estimate);
}

template <class R, class V> field::Of<R, StudyRequest> fields(R& s, V& v) {
    v.id("id", s.id);
    v.text("vendor", s.vendor);
    v.choice("channel", s.channel);
    v.moment("sent_at", s.sent_at);
    v.moment("first_reply_at", s.first_reply_at);
    v.choice("reply_channel", s.reply_channel);
    v.number("quoted_price", s.quoted_price, field::Range::NonNegative);
    v.object("materials", s.materials, field::always);
    v.flag("followed_up", s.followed_up);
    v.text("notes", s.notes);
    v.moment("modified", s.modified);
}

template <class R, class V> field::Of<R, Study> fields(R& s, V& v) {
    v.text("method", s.method);
    v.list("requests", s.requests, field::always, field::unique_by("id", &StudyRequest::id));
}

template <class R, class V> field::Of<R, CaseSign> fields(R& s, V& v) {
    v.id("code", s.code);
    v.text("label", s.label);
}

template <class R, class V> field::Of<R, CaseStep> fields(R& s, V& v) {
    v.id("id", s.id);
    v.moment("at", s.at);
    v.text("title", s.title);
    v.text("text", s.text);
    v.strings("expected_flags", s.expected_flags);
    v.choice("expected_decision", s.expected_decision);
    v.text("debrief", s.debrief);
}

// Signs and steps are checked together once the key is read (case_json.cpp).
template <class R, class V> field::Of<R, CaseKey> fields(R& k, V& v) {
    v.text("intro", k.intro);
    v.list("signs", k.signs);
    v.list("steps", k.steps, field::always);
    v.flag("participant_copy", k.participant_copy, field::omit_false);
}

// The deal's lists are checked for duplicate ids and references once the
// whole deal is read (json_read.cpp), so their order of problems is the file's.
template <class R, class V> field::Of<R, Deal> fields(R& d, V& v) {
    v.id("id", d.id);
    v.text("title", d.title);
    v.choice("perspective", d.perspective);
    v.object("buyer", d.buyer, field::optional_ids);
    v.list("vendors", d.vendors);
    v.text("primary_vendor", d.primary_vendor);
    v.list("people", d.people);
    v.choice("stage", d.stage);
    v.moment("target_sign_date", d.target_sign_date);
    v.moment("needed_by", d.needed_by);
    v.number("expected_response_hours", d.expected_response_hours, field::Range::NonNegative);
    v.text("currency", d.currency, field::always);
    v.text("notes", d.notes);
    v.flag("archived", d.archived);
    v.list("requirements", d.requirements);
    v.list("questions", d.questions);
    v.list("timeline", d.timeline);
    v.list("not_a_fit", d.not_a_fit);
    v.list("options", d.options);
    v.object("decision", d.decision);
    v.object("clv", d.clv);
    v.list("post_sale", d.post_sale);
    v.object("study", d.study);
    v.object("case", d.case_key);
    v.moment("created", d.created);
    v.moment("modified", d.modified);
}

} // namespace setright
