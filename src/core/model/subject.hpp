// subject.hpp — what a result (a red flag, a blocker) is about: the kind of
// item and its id. Ids are unique only within their list (`q-1` and `r-1`
// may both be "1"-ish, and a vendor may share an id with a touch), so the
// kind is part of the reference, never guessed from the id.
#pragma once

#include <string>

namespace setright {

enum class SubjectKind { Deal, Requirement, Question, Touch, Vendor };

struct Subject {
    SubjectKind kind = SubjectKind::Deal; // Deal: the whole deal, id empty
    std::string id;

    static Subject deal() { return {}; }
    static Subject requirement(std::string id) { return {SubjectKind::Requirement, std::move(id)}; }
    static Subject question(std::string id) { return {SubjectKind::Question, std::move(id)}; }
    static Subject touch(std::string id) { return {SubjectKind::Touch, std::move(id)}; }
    static Subject vendor(std::string id) { return {SubjectKind::Vendor, std::move(id)}; }
    bool operator==(const Subject& o) const { return kind == o.kind && id == o.id; }
};

// "deal", "requirement", "question", "touch", "vendor": the CLI's JSON names.
const char* subject_kind_name(SubjectKind kind);

} // namespace setright
