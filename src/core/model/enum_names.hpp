// enum_names.hpp — the JSON names of every enum in model.hpp.
//
// A name is the snake_case of its enumerator (Stage::NoDecision is
// "no_decision"). The tables live in enum_names.cpp, one array per enum in
// enumerator order; everything else here is derived from them, so adding an
// enumerator means adding one string there.
#pragma once

#include "core/model/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace setright {

// All names of an enum, in enumerator order: enum_names<Priority>() is
// {"must", "should", "nice"}.
template <class E> const std::vector<std::string_view>& enum_names();
template <> const std::vector<std::string_view>& enum_names<Perspective>();
template <> const std::vector<std::string_view>& enum_names<Stage>();
template <> const std::vector<std::string_view>& enum_names<Side>();
template <> const std::vector<std::string_view>& enum_names<Priority>();
template <> const std::vector<std::string_view>& enum_names<ClaimStatus>();
template <> const std::vector<std::string_view>& enum_names<EvidenceKind>();
template <> const std::vector<std::string_view>& enum_names<QuestionStatus>();
template <> const std::vector<std::string_view>& enum_names<QuestionEventKind>();
template <> const std::vector<std::string_view>& enum_names<Channel>();
template <> const std::vector<std::string_view>& enum_names<Direction>();
template <> const std::vector<std::string_view>& enum_names<Severity>();
template <> const std::vector<std::string_view>& enum_names<CaseDecision>();

// "must, should, nice": for messages such as "expected one of must, should, nice".
std::string join_names(const std::vector<std::string_view>& names);
template <class E> std::string enum_names_joined() { return join_names(enum_names<E>()); }

// The name of a value; "unknown" for a value outside the enum (a cast gone wrong).
template <class E> const char* enum_name(E value) {
    const auto& names = enum_names<E>();
    const auto index = static_cast<size_t>(value);
    return index < names.size() ? names[index].data() : "unknown"; // the tables hold string literals
}

// The value named `name`, exactly (case-sensitive); nullopt for anything else.
template <class E> std::optional<E> enum_from_string(std::string_view name) {
    const auto& names = enum_names<E>();
    for (size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return static_cast<E>(i);
    return std::nullopt;
}

inline const char* to_string(Perspective v) { return enum_name(v); }
inline const char* to_string(Stage v) { return enum_name(v); }
inline const char* to_string(Side v) { return enum_name(v); }
inline const char* to_string(Priority v) { return enum_name(v); }
inline const char* to_string(ClaimStatus v) { return enum_name(v); }
inline const char* to_string(EvidenceKind v) { return enum_name(v); }
inline const char* to_string(QuestionStatus v) { return enum_name(v); }
inline const char* to_string(QuestionEventKind v) { return enum_name(v); }
inline const char* to_string(Channel v) { return enum_name(v); }
inline const char* to_string(Direction v) { return enum_name(v); }
inline const char* to_string(Severity v) { return enum_name(v); }
inline const char* to_string(CaseDecision v) { return enum_name(v); }

inline std::optional<Perspective> perspective_from_string(std::string_view s) { return enum_from_string<Perspective>(s); }
inline std::optional<Stage> stage_from_string(std::string_view s) { return enum_from_string<Stage>(s); }
inline std::optional<Side> side_from_string(std::string_view s) { return enum_from_string<Side>(s); }
inline std::optional<Priority> priority_from_string(std::string_view s) { return enum_from_string<Priority>(s); }
inline std::optional<ClaimStatus> claim_status_from_string(std::string_view s) { return enum_from_string<ClaimStatus>(s); }
inline std::optional<EvidenceKind> evidence_kind_from_string(std::string_view s) { return enum_from_string<EvidenceKind>(s); }
inline std::optional<QuestionStatus> question_status_from_string(std::string_view s) { return enum_from_string<QuestionStatus>(s); }
inline std::optional<QuestionEventKind> question_event_kind_from_string(std::string_view s) {
    return enum_from_string<QuestionEventKind>(s);
}
inline std::optional<Channel> channel_from_string(std::string_view s) { return enum_from_string<Channel>(s); }
inline std::optional<Direction> direction_from_string(std::string_view s) { return enum_from_string<Direction>(s); }
inline std::optional<Severity> severity_from_string(std::string_view s) { return enum_from_string<Severity>(s); }

} // namespace setright
