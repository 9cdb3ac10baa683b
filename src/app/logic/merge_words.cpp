// merge_words.cpp — see merge_words.hpp.
#include "logic/merge_words.hpp"

#include "logic/i18n.hpp"

#include <cstdio>

namespace setright::app {
namespace {

std::string joined(const std::vector<std::string>& fields) {
    std::string out;
    for (const std::string& field : fields) out += (out.empty() ? "" : ", ") + field;
    return out;
}

std::string item_name(const std::string& item_type, const std::string& subject) {
    const std::string type_key = "merge.type." + item_type;
    std::string out = tr(type_key.c_str());
    if (!subject.empty()) out += " " + subject;
    return out;
}

// "Requirement r4 'Gorgias integration': " + the reason, its %s filled with
// the fields; an item inside others names them in brackets.
std::string sentence(const MergeSubject& about, const char* reason_key) {
    std::string out = item_name(about.item_type, about.subject);
    if (!about.within.empty()) {
        out += " (";
        for (size_t i = 0; i < about.within.size(); ++i)
            out += (i ? " › " : "") + item_name(about.within[i].item_type, about.within[i].subject);
        out += ")";
    }
    const std::string fields = joined(about.fields);
    char reason[512];
    std::snprintf(reason, sizeof reason, tr(reason_key), fields.c_str());
    return out + ": " + reason;
}

// A value as it reads in one line: text quoted and cut at a character
// boundary, lists and objects as compact JSON, also cut.
std::string short_value(const Json* value) {
    constexpr size_t limit = 60;
    if (!value) return "—";
    std::string text =
            value->is_string() ? "'" + value->get<std::string>() + "'" : value->dump(-1, ' ', false, Json::error_handler_t::replace);
    if (text.size() <= limit) return text;
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + "…";
}

// The field of an item, or the value itself for a top-level field conflict.
const Json* side_value(const Json& side, const std::string& field, bool whole) {
    if (whole) return &side;
    if (!side.is_object()) return nullptr;
    auto it = side.find(field);
    return it == side.end() ? nullptr : &*it;
}

} // namespace

std::string describe_conflict_field(const MergeConflict& conflict, const std::string& field) {
    const bool whole = conflict.about.item_type == "top_level_field";
    char line[512];
    std::snprintf(line, sizeof line, tr("import.conflict_sides"), field.c_str(),
                  short_value(side_value(conflict.base, field, whole)).c_str(),
                  short_value(side_value(conflict.incoming, field, whole)).c_str());
    return line;
}

std::string describe_change(const MergeChange& change) {
    switch (change.reason) {
    case ChangeReason::OnlyInIncoming: return sentence(change.about, "merge.reason.only_in_incoming");
    case ChangeReason::IncomingNewer: return sentence(change.about, "merge.reason.incoming_newer");
    case ChangeReason::BaseNewer: return sentence(change.about, "merge.reason.base_newer");
    case ChangeReason::OnlyInBase: return sentence(change.about, "merge.reason.only_in_base");
    }
    return change.description;
}

std::string describe_conflict(const MergeConflict& conflict) {
    switch (conflict.reason) {
    case ConflictReason::SameModified: return sentence(conflict.about, "merge.conflict.same_modified");
    case ConflictReason::NoModified: return sentence(conflict.about, "merge.conflict.no_modified");
    case ConflictReason::CannotCombine: return sentence(conflict.about, "merge.conflict.cannot_combine");
    }
    return conflict.description;
}

std::string describe_import_summary(const ImportPlan& plan) {
    return tr_fill("import.summary",
                   {std::to_string(plan.files_read.size()), std::to_string(plan.deals_added), std::to_string(plan.change_count()),
                    std::to_string(plan.changes.size()), std::to_string(plan.kept.size()), std::to_string(plan.conflicts.size())});
}

std::string describe_import_outcome(const ImportPlan& plan) {
    if (plan.nothing_new()) return tr("import.nothing_new");
    if (plan.anything_to_apply() || plan.nothing_read()) return "";
    if (plan.kept.empty() && plan.conflicts.empty()) return "";
    return tr("import.nothing_to_apply");
}

} // namespace setright::app
