// json_write.cpp — model -> JSON.
//
// Writing rules (docs/format-v1.md): ids, enums, numbers and booleans are
// always written; strings, lists and optional values only when not empty;
// unknown fields (`extra`) follow the known ones, sorted by key, and never
// replace a known field of the same name.
#include "json_write.hpp"

#include "case_json.hpp"
#include "json_format.hpp"
#include "json_object_writer.hpp"

namespace setright {

namespace {

using json_detail::ObjectWriter;

OrderedJson organisation_json(const Organisation& o) {
    ObjectWriter w;
    w.text("id", o.id);
    w.text("name", o.name);
    return w.finish(o.extra);
}

OrderedJson person_json(const Person& p) {
    ObjectWriter w;
    w.always("id", p.id);
    w.text("name", p.name);
    w.text("role", p.role);
    w.choice("side", p.side);
    w.text("organisation", p.organisation);
    return w.finish(p.extra);
}

OrderedJson evidence_json(const Evidence& e) {
    ObjectWriter w;
    w.always("id", e.id);
    w.choice("kind", e.kind);
    w.text("summary", e.summary);
    w.text("source", e.source);
    w.moment("date", e.date);
    w.always("answers", e.answers);
    return w.finish(e.extra);
}

OrderedJson claim_json(const Claim& c) {
    ObjectWriter w;
    w.always("vendor", c.vendor);
    w.choice("status", c.status);
    w.text("accepted_by", c.accepted_by);
    w.text("accepted_reason", c.accepted_reason);
    w.list("evidence", c.evidence, evidence_json);
    w.moment("modified", c.modified);
    return w.finish(c.extra);
}

OrderedJson requirement_json(const Requirement& r) {
    ObjectWriter w;
    w.always("id", r.id);
    w.text("text", r.text);
    w.text("category", r.category);
    w.choice("priority", r.priority);
    w.always("weight", r.weight);
    w.text("owner", r.owner);
    w.moment("due", r.due);
    w.list("claims", r.claims, claim_json);
    w.moment("modified", r.modified);
    return w.finish(r.extra);
}

OrderedJson question_event_json(const QuestionEvent& e) {
    ObjectWriter w;
    w.always("at", format_moment(e.at));
    w.choice("kind", e.kind);
    w.text("touch", e.touch);
    w.text("by", e.by);
    w.text("note", e.note);
    return w.finish(e.extra);
}

OrderedJson question_json(const Question& q) {
    ObjectWriter w;
    w.always("id", q.id);
    w.text("text", q.text);
    w.text("requirement", q.requirement);
    w.text("vendor", q.vendor);
    w.moment("asked_at", q.asked_at);
    w.text("asked_in", q.asked_in);
    w.text("asked_to", q.asked_to);
    w.choice("status", q.status);
    w.moment("promised_by", q.promised_by);
    w.text("promised_by_whom", q.promised_by_whom);
    w.text("answer", q.answer);
    w.moment("answered_at", q.answered_at);
    w.list("history", q.history, question_event_json);
    w.moment("modified", q.modified);
    return w.finish(q.extra);
}

OrderedJson offer_json(const Offer& o) {
    ObjectWriter w;
    w.moment("expires", o.expires);
    w.text("terms", o.terms);
    return w.finish(o.extra);
}

OrderedJson touch_json(const Touch& t) {
    ObjectWriter w;
    w.always("id", t.id);
    w.always("at", format_moment(t.at));
    w.choice("channel", t.channel);
    w.choice("direction", t.direction);
    w.text("vendor", t.vendor);
    w.text("who", t.who);
    w.text("summary", t.summary);
    if (t.offer) w.always("offer", offer_json(*t.offer)); // present even when empty: "there was an offer"
    w.moment("modified", t.modified);
    return w.finish(t.extra);
}

OrderedJson fit_statement_json(const FitStatement& f) {
    ObjectWriter w;
    w.always("id", f.id);
    w.text("text", f.text);
    w.moment("modified", f.modified);
    return w.finish(f.extra);
}

OrderedJson decision_option_json(const DecisionOption& o) {
    ObjectWriter w;
    w.always("id", o.id);
    w.text("title", o.title);
    w.text("vendor", o.vendor);
    w.always("no_decision", o.no_decision);
    w.text("notes", o.notes);
    w.moment("modified", o.modified);
    return w.finish(o.extra);
}

OrderedJson decision_json(const Decision& d) {
    ObjectWriter w;
    w.text("option", d.option);
    w.text("by", d.by);
    w.moment("at", d.at);
    w.text("why", d.why);
    return w.finish(d.extra);
}

OrderedJson clv_json(const ClvInputs& c) {
    ObjectWriter w;
    w.always("period", c.period);
    w.always("revenue_per_period", c.revenue_per_period);
    w.always("gross_margin", c.gross_margin);
    w.always("retention", c.retention);
    w.always("acquisition_cost", c.acquisition_cost);
    w.always("retention_cost_per_period", c.retention_cost_per_period);
    w.always("upsell_per_period", c.upsell_per_period);
    return w.finish(c.extra);
}

OrderedJson checklist_item_json(const ChecklistItem& c) {
    ObjectWriter w;
    w.always("id", c.id);
    w.text("text", c.text);
    w.always("done", c.done);
    w.text("owner", c.owner);
    w.moment("due", c.due);
    w.moment("modified", c.modified);
    return w.finish(c.extra);
}

OrderedJson materials_json(const Materials& m) {
    ObjectWriter w;
    w.always("proposal", m.proposal);
    w.always("presentation", m.presentation);
    w.always("contract_template", m.contract_template);
    w.always("portfolio", m.portfolio);
    w.always("estimate", m.estimate);
    return w.finish(m.extra);
}

OrderedJson study_request_json(const StudyRequest& r) {
    ObjectWriter w;
    w.always("id", r.id);
    w.text("vendor", r.vendor);
    w.choice("channel", r.channel);
    w.moment("sent_at", r.sent_at);
    w.moment("first_reply_at", r.first_reply_at);
    if (r.reply_channel) w.choice("reply_channel", *r.reply_channel);
    w.number("quoted_price", r.quoted_price);
    w.always("materials", materials_json(r.materials));
    w.always("followed_up", r.followed_up);
    w.text("notes", r.notes);
    w.moment("modified", r.modified);
    return w.finish(r.extra);
}

OrderedJson study_json(const Study& s) {
    ObjectWriter w;
    w.text("method", s.method);
    w.always("requests", OrderedJson::array());
    for (const StudyRequest& r : s.requests) w.j["requests"].push_back(study_request_json(r));
    return w.finish(s.extra);
}

} // namespace

OrderedJson deal_to_json(const Deal& d) {
    ObjectWriter w;
    w.always("id", d.id);
    w.text("title", d.title);
    w.choice("perspective", d.perspective);
    w.object("buyer", organisation_json(d.buyer));
    w.list("vendors", d.vendors, organisation_json);
    w.text("primary_vendor", d.primary_vendor);
    w.list("people", d.people, person_json);
    w.choice("stage", d.stage);
    w.moment("target_sign_date", d.target_sign_date);
    w.moment("needed_by", d.needed_by);
    w.number("expected_response_hours", d.expected_response_hours);
    w.always("currency", d.currency);
    w.text("notes", d.notes);
    w.always("archived", d.archived);
    w.list("requirements", d.requirements, requirement_json);
    w.list("questions", d.questions, question_json);
    w.list("timeline", d.timeline, touch_json);
    w.list("not_a_fit", d.not_a_fit, fit_statement_json);
    w.list("options", d.options, decision_option_json);
    w.object("decision", decision_json(d.decision));
    if (d.clv) w.always("clv", clv_json(*d.clv));
    w.list("post_sale", d.post_sale, checklist_item_json);
    if (d.study) w.always("study", study_json(*d.study));
    if (d.case_key) w.always("case", case_key_json(*d.case_key));
    w.moment("created", d.created);
    w.moment("modified", d.modified);
    return w.finish(d.extra);
}

OrderedJson workspace_to_json(const Workspace& ws) {
    ObjectWriter w;
    w.always("format", "setright");
    w.always("version", format_version);
    w.always("deals", OrderedJson::array());
    for (const Deal& d : ws.deals) w.j["deals"].push_back(deal_to_json(d));
    return w.finish(ws.extra);
}

} // namespace setright
