// enum_labels.cpp — see enum_labels.hpp.
#include "logic/enum_labels.hpp"

#include "core/model/enum_names.hpp"

#include <string>
#include <vector>

namespace setright::app {
namespace {

template <class E> struct KeyTable {
    std::vector<std::string> keys;
    std::vector<const char*> pointers;

    explicit KeyTable(const char* type) {
        for (std::string_view name : enum_names<E>()) keys.push_back("enum." + std::string(type) + "." + std::string(name));
        for (const std::string& key : keys) pointers.push_back(key.c_str());
    }
};

template <class E> const KeyTable<E>& table();

#define SETRIGHT_ENUM_LABELS(Enum, type)              \
    template <> const KeyTable<Enum>& table<Enum>() { \
        static const KeyTable<Enum> keys(type);       \
        return keys;                                  \
    }

SETRIGHT_ENUM_LABELS(Perspective, "perspective")
SETRIGHT_ENUM_LABELS(Stage, "stage")
SETRIGHT_ENUM_LABELS(Side, "side")
SETRIGHT_ENUM_LABELS(Priority, "priority")
SETRIGHT_ENUM_LABELS(ClaimStatus, "claim_status")
SETRIGHT_ENUM_LABELS(EvidenceKind, "evidence_kind")
SETRIGHT_ENUM_LABELS(QuestionStatus, "question_status")
SETRIGHT_ENUM_LABELS(QuestionEventKind, "question_event_kind")
SETRIGHT_ENUM_LABELS(Channel, "channel")
SETRIGHT_ENUM_LABELS(Direction, "direction")
SETRIGHT_ENUM_LABELS(Severity, "severity")
SETRIGHT_ENUM_LABELS(CaseDecision, "case_decision")
#undef SETRIGHT_ENUM_LABELS

} // namespace

template <class E> const char* const* enum_label_keys() { return table<E>().pointers.data(); }
template <class E> int enum_count() { return int(table<E>().pointers.size()); }

#define SETRIGHT_INSTANTIATE(Enum)                       \
    template const char* const* enum_label_keys<Enum>(); \
    template int enum_count<Enum>();
SETRIGHT_INSTANTIATE(Perspective)
SETRIGHT_INSTANTIATE(Stage)
SETRIGHT_INSTANTIATE(Side)
SETRIGHT_INSTANTIATE(Priority)
SETRIGHT_INSTANTIATE(ClaimStatus)
SETRIGHT_INSTANTIATE(EvidenceKind)
SETRIGHT_INSTANTIATE(QuestionStatus)
SETRIGHT_INSTANTIATE(QuestionEventKind)
SETRIGHT_INSTANTIATE(Channel)
SETRIGHT_INSTANTIATE(Direction)
SETRIGHT_INSTANTIATE(Severity)
SETRIGHT_INSTANTIATE(CaseDecision)
#undef SETRIGHT_INSTANTIATE

} // namespace setright::app
