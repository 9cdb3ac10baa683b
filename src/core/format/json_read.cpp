// json_read.cpp — reading and checking the model from JSON.
//
// Each object is read by walking its struct's field list in model.hpp with
// FieldReader (json_field_reader.hpp); this file adds the envelope (format,
// version, the list of deals) and what spans a whole deal: duplicate ids in
// its lists and references between them.
//
// What is checked (docs/format-v1.md lists it for users): types, enum names,
// dates (moment.hpp), required ids, duplicate ids within a list, references
// inside a deal, and number ranges. Pointers are built only when a problem is
// reported: a 10 MB file has hundreds of thousands of fields and almost never
// a problem.
#include "core/format/json_read.hpp"

#include "core/format/json_field_reader.hpp"
#include "core/format/json_format.hpp"
#include "core/model/enum_names.hpp"

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

using IdSet = std::unordered_set<std::string_view>;

template <class T> IdSet ids_of(const std::vector<T>& items) {
    IdSet ids;
    ids.reserve(items.size());
    for (const T& item : items) ids.insert(item.id);
    return ids;
}

// A reference is either empty (none) or the id of an item in this deal.
void check_reference(ProblemList& p, const Path& at, std::string_view key, const std::string& id, const IdSet& ids, const char* what) {
    if (!id.empty() && !ids.count(id)) p.add(at.member(key).str(), std::string("no_such_") + what, {in_quotes(id)});
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
        check_reference(p, at.member("people").item(i), "organisation", d.people[i].organisation, organisations, "organisation");
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

} // namespace

// A deal's ids are unique per list and its references point inside it; run
// once the whole deal is read so that problems come in the order of the file.
void json_detail::after_read(ProblemList& p, const Path& at, const Deal& d) {
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

void read_deal(const FlatJson::Value& doc, const std::string& pointer, Deal& out, ProblemList& problems) {
    const Path root{nullptr, pointer, 0, false};
    if (!doc.is_object()) return problems.add(pointer, "expected_deal_object", {got(doc)});
    read_object(problems, doc, root, out);
}

void read_workspace(const FlatJson::Value& doc, Workspace& out, ProblemList& problems) {
    const char* not_setright = "not_setright";
    if (!doc.is_object()) return problems.add("", not_setright);
    const Path root;
    FieldReader r(problems, doc, root);
    const auto format = r.find("format");
    if (!format || !format->is_string() || format->string() != "setright") return problems.add("", not_setright);

    if (!read_version(r, format_version)) return;

    const auto deals = r.find("deals");
    if (!deals) {
        r.problem("deals", "missing");
    } else if (!deals->is_array()) {
        r.problem("deals", "expected_list", {got(*deals)});
    } else {
        const Path list = root.member("deals");
        out.deals.resize(deals->size());
        size_t i = 0;
        for (const FlatJson::Member& deal : deals->children()) {
            const Path at = list.item(i);
            const FlatJson::Value& d = deal.value();
            if (!d.is_object())
                problems.add(at.str(), "expected_deal_object", {got(d)});
            else
                read_object(problems, d, at, out.deals[i]);
            ++i;
        }
        check_unique(problems, list, out.deals, "id", [](const Deal& d) -> const std::string& { return d.id; });
    }
    out.extra = r.extra();
}

} // namespace setright
