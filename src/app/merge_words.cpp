// merge_words.cpp — see merge_words.hpp.
#include "merge_words.hpp"

#include "i18n.hpp"

#include <cstdio>

namespace setright::app {
namespace {

std::string joined(const std::vector<std::string>& fields) {
    std::string out;
    for (const std::string& field : fields) out += (out.empty() ? "" : ", ") + field;
    return out;
}

// "Requirement r4 'Gorgias integration': " + the reason, its %s filled with the fields.
std::string sentence(const MergeSubject& about, const char* reason_key) {
    const std::string type_key = "merge.type." + about.item_type;
    std::string out = tr(type_key.c_str());
    if (!about.subject.empty()) out += " " + about.subject;
    const std::string fields = joined(about.fields);
    char reason[512];
    std::snprintf(reason, sizeof reason, tr(reason_key), fields.c_str());
    return out + ": " + reason;
}

} // namespace

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

} // namespace setright::app
