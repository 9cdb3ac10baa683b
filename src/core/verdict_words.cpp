// verdict_words.cpp — see verdict_words.hpp.
#include "verdict_words.hpp"

#include "deal_lookup.hpp"

#include <cmath>
#include <cstdio>

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

std::string percent(double share) {
    if (!std::isfinite(share)) return "n/a";
    char text[32];
    std::snprintf(text, sizeof text, "%.0f%%", share * 100);
    return text;
}

std::string plain_number(double value) {
    if (!std::isfinite(value)) return "n/a";
    char text[64];
    std::snprintf(text, sizeof text, "%.15g", value);
    return text;
}

std::string verdict_line(const Deal& deal, const ReadinessVerdict& verdict) {
    std::string line = verdict.ready ? "READY to sign" : "NOT READY to sign";
    if (verdict.vendor.empty()) return line + " (no vendor chosen: set the deal's primary vendor)";
    std::string name = vendor_name(deal, verdict.vendor);
    line += " with " + name;
    if (name != verdict.vendor) line += " (" + verdict.vendor + ")";
    return line;
}

} // namespace setright
