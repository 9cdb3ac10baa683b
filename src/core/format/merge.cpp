// merge.cpp — see merge.hpp.
//
// The merge works on the JSON form of each deal (json_write.hpp): every item
// kind then merges with the same few functions, field differences can be
// described generically, and unknown fields take part like known ones. The
// merged deal is read back with read_deal (json_read.hpp), so it is checked
// exactly as an imported file would be.
#include "core/format/merge.hpp"

#include "core/format/json_read.hpp"
#include "core/format/json_text.hpp"
#include "core/format/json_write.hpp"

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
    for (const char* field : {"title", "text", "name", "summary", "label"}) {
        auto it = item.find(field);
        if (it != item.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
            subject += (subject.empty() ? "'" : " '") + shorten(it->get<std::string>()) + "'";
            break;
        }
    }
    return subject;
}

// A history entry has no id: "2019-10-20 promised 'Rep One'" (date, kind, note).
std::string entry_subject(const Json& entry) {
    auto text = [&entry](const char* field) {
        auto it = entry.find(field);
        return it != entry.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    const std::string kind = text("kind");
    std::string subject = text("at") + " " + (kind.empty() ? "note" : kind);
    const std::string note = text("note");
    if (!note.empty()) subject += " '" + shorten(note) + "'";
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

    void change(const std::string& pointer, ChangeKind kind, ChangeReason reason, MergeSubject about, std::string description) {
        result.changes.push_back(MergeChange{pointer, kind, std::move(description), reason, std::move(about)});
    }

    // One thing present on both sides: returns the version that goes into
    // the merged workspace and reports why.
    const Json& resolve(const std::string& pointer, const std::string& label, MergeSubject about, const Json& base, const Json& incoming,
                        Newer newer) {
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
                label + ": changed on both sides " + (dated ? "with the same modified date" : "and neither has a modified date") + " (" +
                        differences + "); kept base",
                dated ? ConflictReason::SameModified : ConflictReason::NoModified, std::move(about), base, incoming});
        return base;
    }
};

// How one list merges: a deal's, or one inside an item.
struct ListKind {
    const char* field;      // "requirements"
    const char* item_name;  // "requirement"
    const char* item_type;  // MergeSubject::item_type
    const char* key;        // "id", "vendor" for claims, "code" for case signs; nullptr: the whole
                            // item is its key (history entries have no id and are never edited)
    bool own_modified;      // false: the item follows the `modified` of what it sits in
    bool in_time_order;     // items only in incoming go in by their `at`, not at the end
                            // (a case's steps must stay in time order; a history reads best so)
    const ListKind* nested; // the list inside each item, merged item by item, or nullptr
};

// An item's key in its list: its id (or vendor, or code), or for lists keyed
// by content its canonical JSON text (keys sorted: the same entry gives the
// same text whichever side wrote it).
std::optional<std::string> key_of(const ListKind& kind, const Json& item) {
    if (!kind.key) return item.dump(-1, ' ', false, Json::error_handler_t::replace);
    auto it = item.find(kind.key);
    if (it == item.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

MergeItemRef ref_of(const ListKind& kind, const Json& item) {
    return MergeItemRef{kind.item_type, kind.key ? subject_of(kind.key, item) : entry_subject(item)};
}

std::string label_in(const ListKind& kind, const Json& item) {
    const std::string subject = ref_of(kind, item).subject;
    return subject.empty() ? std::string(kind.item_name) : std::string(kind.item_name) + " " + subject;
}

std::optional<Moment> at_of(const Json& item) {
    auto it = item.find("at");
    if (it == item.end() || !it->is_string()) return std::nullopt;
    return parse_moment(it->get_ref<const std::string&>());
}

// Where the list sits: the text that ends each label (" in deal sms 'SMS
// marketing tool'") and the items above it, for MergeSubject::within.
struct Place {
    std::string context;
    std::vector<MergeItemRef> within;
};

Json merge_list(Merger& m, const Json& base, const Json& incoming, const std::string& pointer, const ListKind& kind, Newer parent_newer,
                const Place& place);

// One item on both sides: its own fields by its `modified` (or its parent's),
// then the list inside it item by item, under the same rule one level down.
Json merge_item(Merger& m, const std::string& pointer, const ListKind& kind, const Json& base, const Json& incoming, Newer parent_newer,
                const Place& place) {
    const std::string label = label_in(kind, base) + place.context;
    MergeSubject about{kind.item_type, ref_of(kind, base).subject, {}, place.within};
    const Newer newer = kind.own_modified ? compare_modified(modified_of(base), modified_of(incoming)) : parent_newer;
    if (!kind.nested) return m.resolve(pointer, label, std::move(about), base, incoming, newer);

    const ListKind& inner = *kind.nested;
    Json merged = m.resolve(pointer, label, std::move(about), without(base, {inner.field}), without(incoming, {inner.field}), newer);
    Place below{" on " + label, place.within};
    below.within.push_back(ref_of(kind, base));
    Json items =
            merge_list(m, list_at(base, inner.field), list_at(incoming, inner.field), pointer + "/" + inner.field, inner, newer, below);
    if (!items.empty()) merged[inner.field] = std::move(items);
    return merged;
}

// Items are matched by key; the merged list is base's order with the items
// only in incoming added at the end (or at their time). Each item is reported
// at its place in the merged list.
Json merge_list(Merger& m, const Json& base, const Json& incoming, const std::string& pointer, const ListKind& kind, Newer parent_newer,
                const Place& place) {
    // Keys repeat only in lists keyed by content (the same note twice): each
    // base entry then takes one incoming entry of its own; which one does not
    // matter, they are equal.
    std::unordered_multimap<std::string, std::size_t> incoming_index;
    incoming_index.reserve(incoming.size());
    for (std::size_t i = 0; i < incoming.size(); ++i)
        if (auto key = key_of(kind, incoming[i])) incoming_index.emplace(std::move(*key), i);

    struct Entry {
        const Json* base;
        const Json* incoming;
    };
    std::vector<Entry> order;
    order.reserve(base.size() + incoming.size());
    std::vector<bool> matched(incoming.size(), false);
    for (const Json& b : base) {
        const Json* partner = nullptr;
        if (auto key = key_of(kind, b)) {
            auto found = incoming_index.find(*key);
            if (found != incoming_index.end()) {
                matched[found->second] = true;
                partner = &incoming[found->second];
                incoming_index.erase(found);
            }
        }
        order.push_back(Entry{&b, partner});
    }
    for (std::size_t i = 0; i < incoming.size(); ++i) {
        if (matched[i]) continue;
        std::size_t at = order.size();
        if (kind.in_time_order) {
            if (const auto when = at_of(incoming[i])) {
                // After the last item not later than it, so base's order stands.
                at = 0;
                for (std::size_t k = 0; k < order.size(); ++k) {
                    const auto other = at_of(order[k].base ? *order[k].base : *order[k].incoming);
                    if (other && other->minutes <= when->minutes) at = k + 1;
                }
            }
        }
        order.insert(order.begin() + static_cast<std::ptrdiff_t>(at), Entry{nullptr, &incoming[i]});
    }

    Json out = Json::array();
    for (const Entry& entry : order) {
        const std::string item_pointer = pointer + "/" + std::to_string(out.size());
        if (!entry.base) {
            m.change(item_pointer, ChangeKind::Added, ChangeReason::OnlyInIncoming,
                     MergeSubject{kind.item_type, ref_of(kind, *entry.incoming).subject, {}, place.within},
                     label_in(kind, *entry.incoming) + place.context + ": only in incoming; added");
            out.push_back(*entry.incoming);
        } else if (!entry.incoming) {
            m.change(item_pointer, ChangeKind::Kept, ChangeReason::OnlyInBase,
                     MergeSubject{kind.item_type, ref_of(kind, *entry.base).subject, {}, place.within},
                     label_in(kind, *entry.base) + place.context + ": only in base; kept (format v1 has no deletions)");
            out.push_back(*entry.base);
        } else {
            out.push_back(merge_item(m, item_pointer, kind, *entry.base, *entry.incoming, parent_newer, place));
        }
    }
    return out;
}

// Lists inside items. Evidence has no `modified` of its own: it follows its
// claim's, as a claim's own fields do.
const ListKind evidence_list{"evidence", "evidence", "evidence", "id", false, false, nullptr};
const ListKind claims_list{"claims", "claim by vendor", "claim", "vendor", true, false, &evidence_list};
const ListKind history_list{"history", "history entry", "history_entry", nullptr, false, true, nullptr};

const ListKind deal_lists[] = {
        {"vendors", "vendor", "vendor", "id", false, false, nullptr},
        {"people", "person", "person", "id", false, false, nullptr},
        {"requirements", "requirement", "requirement", "id", true, false, &claims_list},
        {"questions", "question", "question", "id", true, false, &history_list},
        {"timeline", "touch", "touch", "id", true, false, nullptr},
        {"not_a_fit", "fit statement", "fit_statement", "id", true, false, nullptr},
        {"options", "decision option", "decision_option", "id", true, false, nullptr},
        {"post_sale", "checklist item", "checklist_item", "id", true, false, nullptr},
};
const ListKind study_requests{"requests", "study request", "study_request", "id", true, false, nullptr};
// A case is one of the deal's own fields; its signs and steps follow the deal's `modified`.
const ListKind case_signs{"signs", "case sign", "case_sign", "code", false, false, nullptr};
const ListKind case_steps{"steps", "case step", "case_step", "id", false, true, nullptr};

// The lists inside one of the deal's own fields ("study", "case").
struct InnerLists {
    const char* object;
    const ListKind* lists[2];
};
const InnerLists deal_object_lists[] = {
        {"study", {&study_requests, nullptr}},
        {"case", {&case_signs, &case_steps}},
};

Json inner_list(const Json& deal, const char* object, const char* field) {
    auto it = deal.find(object);
    return it != deal.end() && it->is_object() ? list_at(*it, field) : Json::array();
}

// The deal's own fields: everything but its lists (and the lists in its study and case).
Json deal_fields(const Json& deal) {
    Json fields = deal;
    for (const ListKind& list : deal_lists) fields.erase(list.field);
    for (const InnerLists& inner : deal_object_lists) {
        auto it = fields.find(inner.object);
        if (it == fields.end() || !it->is_object()) continue;
        for (const ListKind* list : inner.lists)
            if (list) it->erase(list->field);
    }
    return fields;
}

Deal merge_deal(Merger& m, const Deal& base, const Deal& incoming, const std::string& pointer) {
    const Json b = deal_to_json(base);
    const Json i = deal_to_json(incoming);
    const Newer deal_newer = compare_modified(modified_of(b), modified_of(i));
    const std::string label = label_of("deal", "id", b);
    const MergeSubject about{"deal", subject_of("id", b), {}, {}};
    const Place place{" in " + label, {}};

    Json merged = m.resolve(pointer, label, about, deal_fields(b), deal_fields(i), deal_newer);
    for (const ListKind& list : deal_lists) {
        Json items = merge_list(m, list_at(b, list.field), list_at(i, list.field), pointer + "/" + list.field, list, deal_newer, place);
        if (!items.empty()) merged[list.field] = std::move(items);
    }
    for (const InnerLists& inner : deal_object_lists) {
        for (const ListKind* list : inner.lists) {
            if (!list) continue;
            Json items = merge_list(m, inner_list(b, inner.object, list->field), inner_list(i, inner.object, list->field),
                                    pointer + "/" + inner.object + "/" + list->field, *list, deal_newer, place);
            // A study always writes its requests; a case writes a list only when it has items.
            const bool always = std::string(inner.object) == "study" && merged.contains("study");
            if (!items.empty() || always) merged[inner.object][list->field] = std::move(items);
        }
    }

    // Read back exactly as an import would; both sides were valid, so this
    // only fails if the two sides cannot be combined (then base stays).
    Deal result;
    ProblemList problems;
    const FlatJson merged_document = FlatJson::of(merged);
    read_deal(merged_document.root(), pointer, result, problems);
    if (!problems.empty()) {
        m.result.conflicts.push_back(MergeConflict{pointer,
                                                   label + ": the two versions cannot be combined (" + problems.items.front().pointer +
                                                           ": " + problems.items.front().message + "); kept base",
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
        m.change(pointer, ChangeKind::Added, ChangeReason::OnlyInIncoming, MergeSubject{"deal", subject_of("id", deal), {}, {}},
                 label_of("deal", "id", deal) + ": only in incoming; added");
        result.merged.deals.push_back(std::move(incoming.deals[i]));
    }

    // Unknown top-level fields have no `modified`: differing ones conflict.
    for (auto it = incoming.extra.begin(); it != incoming.extra.end(); ++it) {
        const std::string pointer = "/" + escape_pointer_token(it.key());
        auto mine = base.extra.find(it.key());
        if (mine == base.extra.end()) {
            result.merged.extra[it.key()] = it.value();
            m.change(pointer, ChangeKind::Added, ChangeReason::OnlyInIncoming, MergeSubject{"top_level_field", it.key(), {}, {}},
                     "top-level field '" + it.key() + "': only in incoming; added");
        } else {
            m.resolve(pointer, "top-level field '" + it.key() + "'", MergeSubject{"top_level_field", it.key(), {}, {}}, *mine, it.value(),
                      Newer::Same);
        }
    }
    return result;
}

} // namespace setright
