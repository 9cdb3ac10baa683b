// enum_names.cpp — the name tables. Order must match the enumerators in
// model.hpp; tests/core/test_json_enum_names.cpp checks every value round-trips.
#include "core/model/enum_names.hpp"

namespace setright {

template <> const std::vector<std::string_view>& enum_names<Perspective>() {
    static const std::vector<std::string_view> names = {"buyer", "rep"};
    return names;
}
template <> const std::vector<std::string_view>& enum_names<Stage>() {
    static const std::vector<std::string_view> names = {"prospecting",  "discovery", "demo",    "proposal", "negotiation", "signed",
                                                        "implementing", "live",      "churned", "lost",     "no_decision"};
    return names;
}
template <> const std::vector<std::string_view>& enum_names<Side>() {
    static const std::vector<std::string_view> names = {"buyer", "vendor", "other"};
    return names;
}
template <> const std::vector<std::string_view>& enum_names<Priority>() {
    static const std::vector<std::string_view> names = {"must", "should", "nice"};
    return names;
}
template <> const std::vector<std::string_view>& enum_names<ClaimStatus>() {
    static const std::vector<std::string_view> names = {"unknown", "claimed",       "demonstrated", "verified",
                                                        "partial", "not_supported", "accepted_risk"};
    return names;
}
template <> const std::vector<std::string_view>& enum_names<EvidenceKind>() {
    static const std::vector<std::string_view> names = {"email",        "call_note",       "demo", "document", "reference",
                                                        "sandbox_test", "contract_clause", "other"};
    return names;
}
template <> const std::vector<std::string_view>& enum_names<QuestionStatus>() {
    static const std::vector<std::string_view> names = {"open", "promised", "answered", "verified", "refuted", "withdrawn"};
    return names;
}
template <> const std::vector<std::string_view>& enum_names<QuestionEventKind>() {
    static const std::vector<std::string_view> names = {"raised", "raised_again", "tabled", "promised", "answered", "note"};
    return names;
}
template <> const std::vector<std::string_view>& enum_names<Channel>() {
    static const std::vector<std::string_view> names = {"email",          "call",    "demo",   "meeting", "proposal", "offer", "contract",
                                                        "implementation", "support", "refund", "form",    "phone",    "other"};
    return names;
}
template <> const std::vector<std::string_view>& enum_names<Direction>() {
    static const std::vector<std::string_view> names = {"to_vendor", "from_vendor", "internal"};
    return names;
}
template <> const std::vector<std::string_view>& enum_names<Severity>() {
    static const std::vector<std::string_view> names = {"info", "warning", "critical"};
    return names;
}

template <> const std::vector<std::string_view>& enum_names<CaseDecision>() {
    static const std::vector<std::string_view> names = {"sign", "wait", "walk_away"};
    return names;
}

std::string join_names(const std::vector<std::string_view>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += ", ";
        out += names[i];
    }
    return out;
}

} // namespace setright
