// enum_names.hpp — the JSON names of every enum in model.hpp.
//
// A name is the snake_case of the enumerator (Stage::NoDecision is
// "no_decision"). One table per enum, in enumerator order, is the single
// source: to_string, <enum>_from_string and the "expected one of ..." lists in
// error messages all read it, so a new enumerator is added in one place.
#pragma once

#include "model.hpp"

#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace setright {

// EnumNames<E>::names[i] is the JSON name of the enumerator with value i.
template <class E> struct EnumNames;

template <> struct EnumNames<Perspective> {
    static constexpr const char* names[] = {"buyer", "rep"};
};
template <> struct EnumNames<Stage> {
    static constexpr const char* names[] = {"prospecting", "discovery", "demo", "proposal", "negotiation", "signed",
                                            "implementing", "live",     "churned", "lost",   "no_decision"};
};
template <> struct EnumNames<Side> {
    static constexpr const char* names[] = {"buyer", "vendor", "other"};
};
template <> struct EnumNames<Priority> {
    static constexpr const char* names[] = {"must", "should", "nice"};
};
template <> struct EnumNames<ClaimStatus> {
    static constexpr const char* names[] = {"unknown", "claimed",       "demonstrated", "verified",
                                            "partial", "not_supported", "accepted_risk"};
};
template <> struct EnumNames<EvidenceKind> {
    static constexpr const char* names[] = {"email",     "call_note",    "demo",            "document",
                                            "reference", "sandbox_test", "contract_clause", "other"};
};
template <> struct EnumNames<QuestionStatus> {
    static constexpr const char* names[] = {"open", "promised", "answered", "verified", "refuted", "withdrawn"};
};
template <> struct EnumNames<QuestionEventKind> {
    static constexpr const char* names[] = {"raised", "raised_again", "tabled", "promised", "answered", "note"};
};
template <> struct EnumNames<Channel> {
    static constexpr const char* names[] = {"email",    "call",           "demo",    "meeting", "proposal",
                                            "offer",    "contract",       "implementation", "support", "refund",
                                            "form",     "phone",          "other"};
};
template <> struct EnumNames<Direction> {
    static constexpr const char* names[] = {"to_vendor", "from_vendor", "internal"};
};
template <> struct EnumNames<Severity> {
    static constexpr const char* names[] = {"info", "warning", "critical"};
};

template <class E> constexpr std::size_t enum_count() { return std::size(EnumNames<E>::names); }

template <class E> const char* enum_to_string(E value) {
    const auto index = static_cast<std::size_t>(value);
    return index < enum_count<E>() ? EnumNames<E>::names[index] : "";
}

template <class E> std::optional<E> enum_from_string(std::string_view text) {
    for (std::size_t i = 0; i < enum_count<E>(); ++i)
        if (text == EnumNames<E>::names[i]) return static_cast<E>(i);
    return std::nullopt;
}

// "must, should, nice": for messages such as "expected one of must, should, nice".
template <class E> std::string enum_name_list() {
    std::string list;
    for (std::size_t i = 0; i < enum_count<E>(); ++i) {
        if (i > 0) list += ", ";
        list += EnumNames<E>::names[i];
    }
    return list;
}

// Named entry points, one pair per enum, for callers that prefer them.
const char* to_string(Perspective value);
const char* to_string(Stage value);
const char* to_string(Side value);
const char* to_string(Priority value);
const char* to_string(ClaimStatus value);
const char* to_string(EvidenceKind value);
const char* to_string(QuestionStatus value);
const char* to_string(QuestionEventKind value);
const char* to_string(Channel value);
const char* to_string(Direction value);
const char* to_string(Severity value);

std::optional<Perspective> perspective_from_string(std::string_view text);
std::optional<Stage> stage_from_string(std::string_view text);
std::optional<Side> side_from_string(std::string_view text);
std::optional<Priority> priority_from_string(std::string_view text);
std::optional<ClaimStatus> claim_status_from_string(std::string_view text);
std::optional<EvidenceKind> evidence_kind_from_string(std::string_view text);
std::optional<QuestionStatus> question_status_from_string(std::string_view text);
std::optional<QuestionEventKind> question_event_kind_from_string(std::string_view text);
std::optional<Channel> channel_from_string(std::string_view text);
std::optional<Direction> direction_from_string(std::string_view text);
std::optional<Severity> severity_from_string(std::string_view text);

} // namespace setright
