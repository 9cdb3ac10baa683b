// enum_names.cpp — the named wrappers over the tables in enum_names.hpp, and
// compile-time checks that every table has one name per enumerator.
#include "enum_names.hpp"

namespace setright {

// The last enumerator of each enum: a table shorter or longer than the enum
// fails to compile here.
static_assert(enum_count<Perspective>() == static_cast<std::size_t>(Perspective::Rep) + 1);
static_assert(enum_count<Stage>() == static_cast<std::size_t>(Stage::NoDecision) + 1);
static_assert(enum_count<Side>() == static_cast<std::size_t>(Side::Other) + 1);
static_assert(enum_count<Priority>() == static_cast<std::size_t>(Priority::Nice) + 1);
static_assert(enum_count<ClaimStatus>() == static_cast<std::size_t>(ClaimStatus::AcceptedRisk) + 1);
static_assert(enum_count<EvidenceKind>() == static_cast<std::size_t>(EvidenceKind::Other) + 1);
static_assert(enum_count<QuestionStatus>() == static_cast<std::size_t>(QuestionStatus::Withdrawn) + 1);
static_assert(enum_count<QuestionEventKind>() == static_cast<std::size_t>(QuestionEventKind::Note) + 1);
static_assert(enum_count<Channel>() == static_cast<std::size_t>(Channel::Other) + 1);
static_assert(enum_count<Direction>() == static_cast<std::size_t>(Direction::Internal) + 1);
static_assert(enum_count<Severity>() == static_cast<std::size_t>(Severity::Critical) + 1);

#define SETRIGHT_ENUM_NAMES(Enum, prefix)                                                                            \
    const char* to_string(Enum value) { return enum_to_string(value); }                                              \
    std::optional<Enum> prefix##_from_string(std::string_view text) { return enum_from_string<Enum>(text); }

SETRIGHT_ENUM_NAMES(Perspective, perspective)
SETRIGHT_ENUM_NAMES(Stage, stage)
SETRIGHT_ENUM_NAMES(Side, side)
SETRIGHT_ENUM_NAMES(Priority, priority)
SETRIGHT_ENUM_NAMES(ClaimStatus, claim_status)
SETRIGHT_ENUM_NAMES(EvidenceKind, evidence_kind)
SETRIGHT_ENUM_NAMES(QuestionStatus, question_status)
SETRIGHT_ENUM_NAMES(QuestionEventKind, question_event_kind)
SETRIGHT_ENUM_NAMES(Channel, channel)
SETRIGHT_ENUM_NAMES(Direction, direction)
SETRIGHT_ENUM_NAMES(Severity, severity)

#undef SETRIGHT_ENUM_NAMES

} // namespace setright
