// json_read.cpp — reading and checking the model from JSON.
//
// What is checked (docs/format-v1.md lists it for users): types, enum names,
// dates (moment.hpp), required ids, duplicate ids within a list, references
// inside a deal, and number ranges. Pointers are built only when a problem is
// reported: a 10 MB file has hundreds of thousands of fields and almost never
// a problem.
#include "json_read.hpp"

#include "case_json.hpp"
#include "enum_names.hpp"
#include "json_field_reader.hpp"
#include "json_format.hpp"

#include <unordered_set>

namespace setright {

void ProblemList::add(std::string pointer, std::string code, std::vector<std::string> args) {
    if (items.size() >= max_import_problems) {
        ++dropped;
        return;
    }
    items.push_back(make_problem(std::move(pointer), std::move(code), std::move(args)));
}

void ProblemList::add(ImportProblem problem) {
    if (items.size() >= max_import_problems) {
        ++dropped;
        return;
    }
    problem.message = printable_utf8(problem.message);
    items.push_back(std::move(problem));
}

namespace {

using namespace json_detail;

void read_organisation(ProblemList& p, const Json& j, const Path& at, Organisation& o) {
    FieldReader r(p, j, at);
    r.id("id", o.id);
    r.text("name", o.name);
    o.extra = r.extra();
}

// The buyer may be unnamed and have no id.
void read_buyer(ProblemList& p, const Json& j, const Path& at, Organisation& o) {
    FieldReader r(p, j, at);
    r.text("id", o.id);
    r.text("name", o.name);
    o.extra = r.extra();
}

void read_person(ProblemList& p, const Json& j, const Path& at, Person& o) {
    FieldReader r(p, j, at);
    r.id("id", o.id);
    r.text("name", o.name);
    r.text("role", o.role);
    r.choice("side", o.side);
    r.text("organisation", o.organisation);
    o.extra = r.extra();
}

void read_evidence(ProblemList& p, const Json& j, const Path& at, Evidence& e) {
    FieldReader r(p, j, at);
    r.id("id", e.id);
    r.choice("kind", e.kind);
    r.text("summary", e.summary);
    r.text("source", e.source);
    r.moment("date", e.date);
    r.flag("answers", e.answers);
    e.extra = r.extra();
}

void read_claim(ProblemList& p, const Json& j, const Path& at, Claim& c) {
    FieldReader r(p, j, at);
    r.id("vendor", c.vendor);
    r.choice("status", c.status);
    r.text("accepted_by", c.accepted_by);
    r.text("accepted_reason", c.accepted_reason);
    r.list("evidence", c.evidence, read_evidence);
    check_unique_ids(p, at, "evidence", c.evidence);
    r.moment("modified", c.modified);
    c.extra = r.extra();
}

void read_requirement(ProblemList& p, const Json& j, const Path& at, Requirement& q) {
    FieldReader r(p, j, at);
    r.id("id", q.id);
    r.text("text", q.text);
    r.text("category", q.category);
    r.choice("priority", q.priority);
    r.number("weight", q.weight, Range::NonNegative);
    r.text("owner", q.owner);
    r.moment("due", q.due);
    r.list("claims", q.claims, read_claim);
    // One claim per vendor: the vendor is the claim's id.
    check_unique(p, at.member("claims"), q.claims, "vendor", [](const Claim& c) -> const std::string& { return c.vendor; });
    r.moment("modified", q.modified);
    q.extra = r.extra();
}

void read_question_event(ProblemList& p, const Json& j, const Path& at, QuestionEvent& e) {
    FieldReader r(p, j, at);
    r.required_moment("at", e.at);
    r.choice("kind", e.kind);
    r.text("touch", e.touch);
    r.text("by", e.by);
    r.text("note", e.note);
    e.extra = r.extra();
}

void read_question(ProblemList& p, const Json& j, const Path& at, Question& q) {
    FieldReader r(p, j, at);
    r.id("id", q.id);
    r.text("text", q.text);
    r.text("requirement", q.requirement);
    r.text("vendor", q.vendor);
    r.moment("asked_at", q.asked_at);
    r.text("asked_in", q.asked_in);
    r.text("asked_to", q.asked_to);
    r.choice("status", q.status);
    r.moment("promised_by", q.promised_by);
    r.text("promised_by_whom", q.promised_by_whom);
    r.text("answer", q.answer);
    r.moment("answered_at", q.answered_at);
    r.list("history", q.history, read_question_event);
    r.moment("modified", q.modified);
    q.extra = r.extra();
}

void read_offer(ProblemList& p, const Json& j, const Path& at, Offer& o) {
    FieldReader r(p, j, at);
    r.moment("expires", o.expires);
    r.text("terms", o.terms);
    o.extra = r.extra();
}

void read_touch(ProblemList& p, const Json& j, const Path& at, Touch& t) {
    FieldReader r(p, j, at);
    r.id("id", t.id);
    r.required_moment("at", t.at);
    r.choice("channel", t.channel);
    r.choice("direction", t.direction);
    r.text("vendor", t.vendor);
    r.text("who", t.who);
    r.text("summary", t.summary);
    r.object("offer", t.offer, read_offer);
    r.moment("modified", t.modified);
    t.extra = r.extra();
}

void read_fit_statement(ProblemList& p, const Json& j, const Path& at, FitStatement& f) {
    FieldReader r(p, j, at);
    r.id("id", f.id);
    r.text("text", f.text);
    r.moment("modified", f.modified);
    f.extra = r.extra();
}

void read_decision_option(ProblemList& p, const Json& j, const Path& at, DecisionOption& o) {
    FieldReader r(p, j, at);
    r.id("id", o.id);
    r.text("title", o.title);
    r.text("vendor", o.vendor);
    r.flag("no_decision", o.no_decision);
    r.text("notes", o.notes);
    r.moment("modified", o.modified);
    o.extra = r.extra();
}

void read_decision(ProblemList& p, const Json& j, const Path& at, Decision& d) {
    FieldReader r(p, j, at);
    r.text("option", d.option);
    r.text("by", d.by);
    r.moment("at", d.at);
    r.text("why", d.why);
    d.extra = r.extra();
}

void read_clv(ProblemList& p, const Json& j, const Path& at, ClvInputs& c) {
    FieldReader r(p, j, at);
    r.text("period", c.period);
    r.number("revenue_per_period", c.revenue_per_period, Range::NonNegative);
    r.number("gross_margin", c.gross_margin, Range::Share);
    r.number("retention", c.retention, Range::Share);
    r.number("acquisition_cost", c.acquisition_cost, Range::NonNegative);
    r.number("retention_cost_per_period", c.retention_cost_per_period, Range::NonNegative);
    r.number("upsell_per_period", c.upsell_per_period, Range::NonNegative);
    c.extra = r.extra();
}

void read_checklist_item(ProblemList& p, const Json& j, const Path& at, ChecklistItem& c) {
    FieldReader r(p, j, at);
    r.id("id", c.id);
    r.text("text", c.text);
    r.flag("done", c.done);
    r.text("owner", c.owner);
    r.moment("due", c.due);
    r.moment("modified", c.modified);
    c.extra = r.extra();
}

void read_materials(ProblemList& p, const Json& j, const Path& at, Materials& m) {
    FieldReader r(p, j, at);
    r.flag("proposal", m.proposal);
    r.flag("presentation", m.presentation);
    r.flag("contract_template", m.contract_template);
    r.flag("portfolio", m.portfolio);
    r.flag("estimate", m.estimate);
    m.extra = r.extra();
}

void read_study_request(ProblemList& p, const Json& j, const Path& at, StudyRequest& s) {
    FieldReader r(p, j, at);
    r.id("id", s.id);
    r.text("vendor", s.vendor);
    r.choice("channel", s.channel);
    r.moment("sent_at", s.sent_at);
    r.moment("first_reply_at", s.first_reply_at);
    r.choice("reply_channel", s.reply_channel);
    r.number("quoted_price", s.quoted_price, Range::NonNegative);
    r.object("materials", s.materials, read_materials);
    r.flag("followed_up", s.followed_up);
    r.text("notes", s.notes);
    r.moment("modified", s.modified);
    s.extra = r.extra();
}

void read_study(ProblemList& p, const Json& j, const Path& at, Study& s) {
    FieldReader r(p, j, at);
    r.text("method", s.method);
    r.list("requests", s.requests, read_study_request);
    check_unique_ids(p, at, "requests", s.requests);
    s.extra = r.extra();
}

using IdSet = std::unordered_set<std::string_view>;

template <class T> IdSet ids_of(const std::vector<T>& items) {
    IdSet ids;
    ids.reserve(items.size());
    for (const T& item : items) ids.insert(item.id);
    return ids;
}

// A reference is either empty (none) or the id of an item in this deal.
void check_reference(ProblemList& p, const Path& at, std::string_view key, const std::string& id, const IdSet& ids,
                     const char* what) {
    if (!id.empty() && !ids.count(id))
        p.add(at.member(key).str(), std::string("no_such_") + what, {in_quotes(id)});
}

void check_references(ProblemList& p, const Path& at, const Deal& d) {
    const IdSet vendors = ids_of(d.vendors);
    const IdSet requirements = ids_of(d.requirements);
    const IdSet touches = ids_of(d.timeline);
    const IdSet options = ids_of(d.options);
    IdSet organisations = vendors;
    if (!d.buyer.id.empty()) organisations.insert(d.buyer.id);

    check_reference(p, at, "primary_vendor", d.primary_vendor, vendors, "vendor");
    for (size_t i = 0; i < d.people.size(); ++i)
        check_reference(p, at.member("people").item(i), "organisation", d.people[i].organisation, organisations,
                        "organisation");
    // Paths point to their parents: every level needs a named local.
    const Path requirement_list = at.member("requirements");
    for (size_t i = 0; i < d.requirements.size(); ++i) {
        const Path req = requirement_list.item(i);
        for (size_t c = 0; c < d.requirements[i].claims.size(); ++c)
            check_reference(p, req.member("claims").item(c), "vendor", d.requirements[i].claims[c].vendor, vendors, "vendor");
    }
    const Path question_list = at.member("questions");
    for (size_t i = 0; i < d.questions.size(); ++i) {
        const Path q = question_list.item(i);
        const Question& question = d.questions[i];
        check_reference(p, q, "requirement", question.requirement, requirements, "requirement");
        check_reference(p, q, "vendor", question.vendor, vendors, "vendor");
        check_reference(p, q, "asked_in", question.asked_in, touches, "touch");
        for (size_t e = 0; e < question.history.size(); ++e)
            check_reference(p, q.member("history").item(e), "touch", question.history[e].touch, touches, "touch");
    }
    for (size_t i = 0; i < d.timeline.size(); ++i)
        check_reference(p, at.member("timeline").item(i), "vendor", d.timeline[i].vendor, vendors, "vendor");
    for (size_t i = 0; i < d.options.size(); ++i)
        check_reference(p, at.member("options").item(i), "vendor", d.options[i].vendor, vendors, "vendor");
    check_reference(p, at.member("decision"), "option", d.decision.option, options, "option");
}

void read_deal_at(ProblemList& p, const Json& j, const Path& at, Deal& d) {
    FieldReader r(p, j, at);
    r.id("id", d.id);
    r.text("title", d.title);
    r.choice("perspective", d.perspective);
    r.object("buyer", d.buyer, read_buyer);
    r.list("vendors", d.vendors, read_organisation);
    r.text("primary_vendor", d.primary_vendor);
    r.list("people", d.people, read_person);
    r.choice("stage", d.stage);
    r.moment("target_sign_date", d.target_sign_date);
    r.moment("needed_by", d.needed_by);
    r.number("expected_response_hours", d.expected_response_hours, Range::NonNegative);
    r.text("currency", d.currency);
    r.text("notes", d.notes);
    r.flag("archived", d.archived);
    r.list("requirements", d.requirements, read_requirement);
    r.list("questions", d.questions, read_question);
    r.list("timeline", d.timeline, read_touch);
    r.list("not_a_fit", d.not_a_fit, read_fit_statement);
    r.list("options", d.options, read_decision_option);
    r.object("decision", d.decision, read_decision);
    r.object("clv", d.clv, read_clv);
    r.list("post_sale", d.post_sale, read_checklist_item);
    r.object("study", d.study, read_study);
    r.object("case", d.case_key, read_case_key);
    r.moment("created", d.created);
    r.moment("modified", d.modified);
    d.extra = r.extra();

    check_unique_ids(p, at, "vendors", d.vendors);
    check_unique_ids(p, at, "people", d.people);
    check_unique_ids(p, at, "requirements", d.requirements);
    check_unique_ids(p, at, "questions", d.questions);
    check_unique_ids(p, at, "timeline", d.timeline);
    check_unique_ids(p, at, "not_a_fit", d.not_a_fit);
    check_unique_ids(p, at, "options", d.options);
    check_unique_ids(p, at, "post_sale", d.post_sale);
    check_references(p, at, d);
}

} // namespace

void read_deal(const Json& doc, const std::string& pointer, Deal& out, ProblemList& problems) {
    const Path root{nullptr, pointer, 0, false};
    if (!doc.is_object()) return problems.add(pointer, "expected_deal_object", {got(doc)});
    read_deal_at(problems, doc, root, out);
}

void read_workspace(const Json& doc, Workspace& out, ProblemList& problems) {
    const char* not_setright = "not_setright";
    if (!doc.is_object()) return problems.add("", not_setright);
    const Path root;
    FieldReader r(problems, doc, root);
    const Json* format = r.find("format");
    if (!format || !format->is_string() || *format != "setright") return problems.add("", not_setright);

    const Json* version = r.find("version");
    if (!version) return r.problem("version", "version_missing");
    if (!version->is_number_integer()) return r.problem("version", "version_not_whole", {got(*version)});
    // An unsigned 2^64-1 reads as a negative int64; compare as written.
    if (version->is_number_unsigned() ? version->get<uint64_t>() > uint64_t(format_version)
                                      : version->get<int64_t>() > format_version)
        return r.problem("version", "version_newer", {version->dump()});
    if (version->get<int64_t>() < 1) return r.problem("version", "version_too_old", {version->dump()});

    const Json* deals = r.find("deals");
    if (!deals) {
        r.problem("deals", "missing");
    } else if (!deals->is_array()) {
        r.problem("deals", "expected_list", {got(*deals)});
    } else {
        const Path list = root.member("deals");
        out.deals.resize(deals->size());
        for (size_t i = 0; i < deals->size(); ++i) {
            const Path at = list.item(i);
            const Json& d = (*deals)[i];
            if (!d.is_object()) problems.add(at.str(), "expected_deal_object", {got(d)});
            else read_deal_at(problems, d, at, out.deals[i]);
        }
        check_unique(problems, list, out.deals, "id", [](const Deal& d) -> const std::string& { return d.id; });
    }
    out.extra = r.extra();
}

} // namespace setright
