// verdict_words.cpp — see verdict_words.hpp.
#include "core/words/verdict_words.hpp"

#include "core/model/deal_lookup.hpp"
#include "core/model/enum_names.hpp"

namespace setright {

const char* blocker_kind_name(BlockerKind kind) {
    switch (kind) {
    case BlockerKind::MustHaveNotVerified: return "must_have_not_verified";
    case BlockerKind::MustHaveNotSupported: return "must_have_not_supported";
    case BlockerKind::PromisedAnswerOverdue: return "promised_answer_overdue";
    case BlockerKind::MustHaveNoClaim: return "must_have_no_claim";
    }
    return "unknown";
}

const char* nothing_to_judge_name(NothingToJudge missing) {
    switch (missing) {
    case NothingToJudge::None: return "";
    case NothingToJudge::NoVendor: return "no_vendor";
    case NothingToJudge::NoVendorChosen: return "no_vendor_chosen";
    case NothingToJudge::NoMustHave: return "no_must_have";
    }
    return "";
}

const char* subject_kind_name(SubjectKind kind) {
    switch (kind) {
    case SubjectKind::Deal: return "deal";
    case SubjectKind::Requirement: return "requirement";
    case SubjectKind::Question: return "question";
    case SubjectKind::Touch: return "touch";
    case SubjectKind::Vendor: return "vendor";
    }
    return "deal";
}

std::string verdict_words(const Deal& deal, const ReadinessVerdict& verdict, const Words& words) {
    switch (verdict.missing) {
    case NothingToJudge::NoVendor: return words.phrase("verdict.nothing_no_vendor");
    case NothingToJudge::NoVendorChosen: return words.phrase("verdict.nothing_vendor_not_chosen");
    case NothingToJudge::NoMustHave: return words.phrase("verdict.nothing_no_must_have", {vendor_name(deal, verdict.vendor)});
    case NothingToJudge::None: break;
    }
    return words.phrase(verdict.ready ? "verdict.ready_with" : "verdict.not_ready_with", {vendor_name(deal, verdict.vendor)});
}

std::string flag_title(std::string_view code, const Words& words) {
    const std::string key = "flag." + std::string(code) + ".title";
    const std::string title = words.phrase(key);
    return title == key ? std::string(code) : title;
}

std::string flag_why(std::string_view code, const Words& words) {
    const std::string key = "flag." + std::string(code) + ".why";
    const std::string why = words.phrase(key);
    return why == key ? "" : why;
}

std::string subject_words(const Deal& deal, const Subject& subject, const Words& words) {
    switch (subject.kind) {
    case SubjectKind::Deal: return "";
    case SubjectKind::Requirement:
        for (const Requirement& r : deal.requirements)
            if (r.id == subject.id) return words.phrase("result.quoted", {r.text});
        break;
    case SubjectKind::Question:
        for (const Question& q : deal.questions)
            if (q.id == subject.id) return words.phrase("result.quoted", {q.text});
        break;
    case SubjectKind::Touch:
        for (const Touch& t : deal.timeline)
            if (t.id == subject.id)
                return words.date(t.at) + " · " + words.enum_value("channel", to_string(t.channel)) +
                       (t.summary.empty() ? "" : " · " + t.summary);
        break;
    case SubjectKind::Vendor: return vendor_name(deal, subject.id);
    }
    return subject.id; // a dangling id: shown as it is
}

} // namespace setright
