// merge.cpp — see merge.hpp.
//
// The merge works on the JSON form of each deal (json_write.hpp): every item
// kind then merges with the same few functions, field differences can be
// described generically, and unknown fields take part like known ones. The
// merged deal is read back with read_deal (json_read.hpp), so it is checked
// exactly as an imported file would be.
#include "merge.hpp"

#include "json_read.hpp"
#include "json_text.hpp"
#include "json_write.hpp"

#include <unordered_map>

namespace setright {

namespace {

enum class Newer { Base, Incoming, Same };

std::optional<Moment> modified_of(const Json& item) {
    auto it = item.find("modified");
    if (it == item.end() || !it->is_string()) return std::nullopt;
    return parse_moment(it->get_ref<const std::string&>());
}

// A side with a `modified` beats a side without; two missing are "the same".
Newer compare_modified(const std::optional<Moment>& base, const std::optional<Moment>& incoming) {
    if (!base && !incoming) return Newer::Same;
    if (!base) return Newer::Incoming;
    if (!incoming) return Newer::Base;
    if (base->minutes == incoming->minutes) return Newer::Same;
    return base->minutes < incoming->minutes ? Newer::Incoming : Newer::Base;
}

// Cut at a character boundary: titles are often Korean or Russian.
std::string shorten(const std::string& s, std::size_t limit = 40) {
    if (s.size() <= limit) return s;
    while (limit > 0 && (static_cast<unsigned char>(s[limit]) & 0xC0) == 0x80) --limit;
    return s.substr(0, limit) + "...";
}

// A value as it reads in a sentence, or "" when it is too long to show.
std::string shown(const Json& v) {
    if (v.is_string()) {
        const std::string& s = v.get_ref<const std::string&>();
        if (s.size() > 40) return "";
        return s.find(' ') == std::string::npos && !s.empty() ? s : "'" + s + "'";
    }
    if (v.is_primitive()) return v.dump();
    return "";
}

// "status claimed -> verified, text changed"; `modified` is left out unless
// it is the only difference.
std::string describe_differences(const Json& base, const Json& incoming) {
    std::string out;
    auto add = [&out](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
    Json keys = Json::object(); // sorted union of the keys of both
    for (auto it = base.begin(); it != base.end(); ++it) keys[it.key()] = true;
    for (auto it = incoming.begin(); it != incoming.end(); ++it) keys[it.key()] = true;
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const std::string& key = it.key();
        auto b = base.find(key);
        auto i = incoming.find(key);
        if (b != base.end() && i != incoming.end() && *b == *i) continue;
        if (key == "modified") continue;
        if (b == base.end()) {
            const std::string value = shown(*i);
            add(key + (value.empty() ? " added" : " set to " + value));
        } else if (i == incoming.end()) {
            add(key + " absent in incoming");
        } else {
            const std::string from = shown(*b), to = shown(*i);
            add(from.empty() || to.empty() ? key + " changed" : key + " " + from + " -> " + to);
        }
    }
    return out.empty() ? "only the modified date differs" : out;
}

// "r3 'Recharge integration'": the item's key and its first text.
std::string subject_of(const char* key_field, const Json& item) {
    std::string subject;
    auto key = item.find(key_field);
    if (key != item.end() && key->is_string()) subject = key->get<std::string>();
    for (const char* field : {"title", "text", "name", "summary"}) {
        auto it = item.find(field);
        if (it != item.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
            subject += (subject.empty() ? "'" : " '") + shorten(it->get<std::string>()) + "'";
            break;
        }
    }
    return subject;
}

// "requirement r3 'Recharge integration'"
std::string label_of(const char* kind, const char* key_field, const Json& item) {
    const std::string subject = subject_of(key_field, item);
    return subject.empty() ? std::string(kind) : std::string(kind) + " " + subject;
}

// The fields that differ, sorted; `modified` only when nothing else does.
std::vector<std::string> differing_fields(const Json& base, const Json& incoming) {
    std::vector<std::string> fields;
    Json keys = Json::object();
    for (auto it = base.begin(); it != base.end(); ++it) keys[it.key()] = true;
    for (auto it = incoming.begin(); it != incoming.end(); ++it) keys[it.key()] = true;
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        auto b = base.find(it.key());
        auto i = incoming.find(it.key());
        if (b != base.end() && i != incoming.end() && *b == *i) continue;
        if (it.key() != "modified") fields.push_back(it.key());
    }
    if (fields.empty() && base != incoming) fields.push_back("modified");
    return fields;
}

Json without(const Json& object, std::initializer_list<const char*> keys) {
    Json copy = object;
    for (const char* key : keys) copy.erase(key);
    return copy;
}

Json list_at(const Json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_array() ? *it : Json::array();
}

struct Merger {
    MergeResult& result;

    void change(const std::string& pointer, ChangeKind kind, ChangeReason reason, MergeSubject about,
                std::string description) {
        result.changes.push_back(MergeChange{pointer, kind, std::move(description), reason, std::move(about)});
    }

    // One thing present on both sides: returns the version that goes into
    // the merged workspace and reports why.
    const Json& resolve(const std::string& pointer, const std::string& label, MergeSubject about, const Json& base,
                        const Json& incoming, Newer newer) {
        if (base == incoming) return base;
        const std::string differences = describe_differences(base, incoming);
        about.fields = differing_fields(base, incoming);
        switch (newer) {
        case Newer::Incoming:
            change(pointer, ChangeKind::Updated, ChangeReason::IncomingNewer, std::move(about),
                   label + ": " + differences + " (incoming is newer)");
            return incoming;
        case Newer::Base:
            change(pointer, ChangeKind::Kept, ChangeReason::BaseNewer, std::move(about),
                   label + ": incoming differs (" + differences + "); kept base (base is newer)");
            return base;
        case Newer::Same: break;
        }
        const bool dated = modified_of(base).has_value();
        result.conflicts.push_back(MergeConflict{
            pointer,
            label + ": changed on both sides " + (dated ? "with the same modified date" : "and neither has a modified date") +
                " (" + differences + "); kept base",
            dated ? ConflictReason::SameModified : ConflictReason::NoModified, std::move(about), base, incoming});
        return base;
    }
};

// How one list inside a deal merges.
struct ListKind {
    const char* field;     // "requirements"
    const char* item_name; // "requirement"
    const char* item_type; // MergeSubject::item_type
    const char* key;       // "id", or "vendor" for claims
    bool own_modified;     // false: the item follows its deal's `modified`
};

Json merge_requirement(Merger& m, const std::string& pointer, const std::string& label, const MergeSubject& about,
                       const Json& base, const Json& incoming);

Json merge_list(Merger& m, const Json& base, const Json& incoming, const std::string& pointer, const ListKind& kind,
                Newer parent_newer, const std::string& context) {
    std::unordered_map<std::string, std::size_t> incoming_index;
    for (std::size_t i = 0; i < incoming.size(); ++i)
        if (incoming[i].contains(kind.key) && incoming[i][kind.key].is_string())
            incoming_index.emplace(incoming[i][kind.key].get<std::string>(), i);
    std::vector<bool> matched(incoming.size(), false);

    Json out = Json::array();
    for (const Json& b : base) {
        const std::string item_pointer = pointer + "/" + std::to_string(out.size());
        const std::string label = label_of(kind.item_name, kind.key, b) + context;
        const MergeSubject about{kind.item_type, subject_of(kind.key, b), {}};
        auto found = b.contains(kind.key) && b[kind.key].is_string() ? incoming_index.find(b[kind.key].get<std::string>())
                                                                       : incoming_index.end();
        if (found == incoming_index.end()) {
            m.change(item_pointer, ChangeKind::Kept, ChangeReason::OnlyInBase, about,
                     label + ": only in base; kept (format v1 has no deletions)");
            out.push_back(b);
            continue;
        }
        matched[found->second] = true;
        const Json& i = incoming[found->second];
        if (std::string(kind.field) == "requirements") {
            out.push_back(merge_requirement(m, item_pointer, label, about, b, i));
        } else {
            const Newer newer = kind.own_modified ? compare_modified(modified_of(b), modified_of(i)) : parent_newer;
            out.push_back(m.resolve(item_pointer, label, about, b, i, newer));
        }
    }
    for (std::size_t i = 0; i < incoming.size(); ++i) {
        if (matched[i]) continue;
        m.change(pointer + "/" + std::to_string(out.size()), ChangeKind::Added, ChangeReason::OnlyInIncoming,
                 MergeSubject{kind.item_type, subject_of(kind.key, incoming[i]), {}},
                 label_of(kind.item_name, kind.key, incoming[i]) + context + ": only in incoming; added");
        out.push_back(incoming[i]);
    }
    return out;
}

// A requirement's own fields follow its `modified`; its claims merge one by
// one (by vendor), each following the claim's own `modified`.
Json merge_requirement(Merger& m, const std::string& pointer, const std::string& label, const MergeSubject& about,
                       const Json& base, const Json& incoming) {
    const Json base_fields = without(base, {"claims"});
    const Json incoming_fields = without(incoming, {"claims"});
    Json merged = m.resolve(pointer, label, about, base_fields, incoming_fields,
                            compare_modified(modified_of(base), modified_of(incoming)));
    static const ListKind claims{"claims", "claim by vendor", "claim", "vendor", true};
    Json merged_claims = merge_list(m, list_at(base, "claims"), list_at(incoming, "claims"), pointer + "/claims", claims,
                                    Newer::Same, " on " + label);
    if (!merged_claims.empty()) merged["claims"] = std::move(merged_claims);
    return merged;
}

const ListKind deal_lists[] = {
    {"vendors", "vendor", "vendor", "id", false},
    {"people", "person", "person", "id", false},
    {"requirements", "requirement", "requirement", "id", true},
    {"questions", "question", "question", "id", true},
    {"timeline", "touch", "touch", "id", true},
    {"not_a_fit", "fit statement", "fit_statement", "id", true},
    {"options", "decision option", "decision_option", "id", true},
    {"post_sale", "checklist item", "checklist_item", "id", true},
};
const ListKind study_requests{"requests", "study request", "study_request", "id", true};

Json requests_of(const Json& deal) {
    auto study = deal.find("study");
    return study != deal.end() && study->is_object() ? list_at(*study, "requests") : Json::array();
}

// The deal's own fields: everything but its lists (and the study's requests).
Json deal_fields(const Json& deal) {
    Json fields = deal;
    for (const ListKind& list : deal_lists) fields.erase(list.field);
    if (fields.contains("study") && fields["study"].is_object()) fields["study"].erase("requests");
    return fields;
}

Deal merge_deal(Merger& m, const Deal& base, const Deal& incoming, const std::string& pointer) {
    const Json b = deal_to_json(base);
    const Json i = deal_to_json(incoming);
    const Newer deal_newer = compare_modified(modified_of(b), modified_of(i));
    const std::string label = label_of("deal", "id", b);
    const MergeSubject about{"deal", subject_of("id", b), {}};

    Json merged = m.resolve(pointer, label, about, deal_fields(b), deal_fields(i), deal_newer);
    for (const ListKind& list : deal_lists) {
        Json items = merge_list(m, list_at(b, list.field), list_at(i, list.field), pointer + "/" + list.field, list,
                                deal_newer, " in " + label);
        if (!items.empty()) merged[list.field] = std::move(items);
    }
    Json requests = merge_list(m, requests_of(b), requests_of(i), pointer + "/study/requests", study_requests,
                               deal_newer, " in " + label);
    if (!requests.empty() || merged.contains("study")) merged["study"]["requests"] = std::move(requests);

    // Read back exactly as an import would; both sides were valid, so this
    // only fails if the two sides cannot be combined (then base stays).
    Deal result;
    ProblemList problems;
    read_deal(merged, pointer, result, problems);
    if (!problems.empty()) {
        m.result.conflicts.push_back(MergeConflict{
            pointer, label + ": the two versions cannot be combined (" + problems.items.front().pointer + ": " +
                         problems.items.front().message + "); kept base",
            ConflictReason::CannotCombine, about, b, i});
        return base;
    }
    return result;
}

} // namespace

const char* to_string(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added: return "added";
    case ChangeKind::Updated: return "updated";
    case ChangeKind::Kept: return "kept";
    }
    return "";
}

MergeResult merge_workspaces(const Workspace& base, Workspace incoming) {
    MergeResult result;
    Merger m{result};
    result.merged.extra = base.extra;

    std::unordered_map<std::string, std::size_t> incoming_index;
    for (std::size_t i = 0; i < incoming.deals.size(); ++i) incoming_index.emplace(incoming.deals[i].id, i);
    std::vector<bool> matched(incoming.deals.size(), false);

    // Deals only in base are not reported: merging one exported deal into a
    // whole workspace is the common case, and it would list every other deal.
    for (const Deal& deal : base.deals) {
        const std::string pointer = "/deals/" + std::to_string(result.merged.deals.size());
        auto found = incoming_index.find(deal.id);
        if (found == incoming_index.end()) {
            result.merged.deals.push_back(deal);
            continue;
        }
        matched[found->second] = true;
        result.merged.deals.push_back(merge_deal(m, deal, incoming.deals[found->second], pointer));
    }
    for (std::size_t i = 0; i < incoming.deals.size(); ++i) {
        if (matched[i]) continue;
        const std::string pointer = "/deals/" + std::to_string(result.merged.deals.size());
        // Only what names the deal: the whole deal as JSON cost 125 ms for a 10 MB file.
        const Json deal = {{"id", incoming.deals[i].id}, {"title", incoming.deals[i].title}};
        m.change(pointer, ChangeKind::Added, ChangeReason::OnlyInIncoming, MergeSubject{"deal", subject_of("id", deal), {}},
                 label_of("deal", "id", deal) + ": only in incoming; added");
        result.merged.deals.push_back(std::move(incoming.deals[i]));
    }

    // Unknown top-level fields have no `modified`: differing ones conflict.
    for (auto it = incoming.extra.begin(); it != incoming.extra.end(); ++it) {
        const std::string pointer = "/" + escape_pointer_token(it.key());
        auto mine = base.extra.find(it.key());
        if (mine == base.extra.end()) {
            result.merged.extra[it.key()] = it.value();
            m.change(pointer, ChangeKind::Added, ChangeReason::OnlyInIncoming, MergeSubject{"top_level_field", it.key(), {}},
                     "top-level field '" + it.key() + "': only in incoming; added");
        } else {
            m.resolve(pointer, "top-level field '" + it.key() + "'", MergeSubject{"top_level_field", it.key(), {}}, *mine,
                      it.value(), Newer::Same);
        }
    }
    return result;
}

} // namespace setright
