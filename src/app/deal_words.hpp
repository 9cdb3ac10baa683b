// deal_words.hpp — verdicts, blockers and red flags in the user's language.
//
// The core explains them in English for the CLI and reports; the app builds
// its own sentences from the same structured facts (the blocker's kind and
// ids, the flag's code and subject) and the deal's own text.
#pragma once

#include "core/readiness.hpp"
#include "core/red_flags.hpp"

#include <string>

namespace setright::app {

// "NOT READY to sign with Acme SMS" / "READY to sign (no vendor chosen ...)".
std::string verdict_text(const Deal& deal, const ReadinessVerdict& verdict);
// One blocker as a sentence: "Must-have “Recharge integration” is only claimed, not verified".
std::string blocker_text(const Deal& deal, const Blocker& blocker, const Moment& at);

// A flag's short name ("Must-have only claimed") and why it matters.
std::string flag_title(const RedFlag& flag);
std::string flag_why(const RedFlag& flag);
// What the flag is about, from the deal: a requirement's or question's text,
// a touch's summary, a vendor's name; "" for flags about the whole deal.
std::string flag_subject(const Deal& deal, const RedFlag& flag);

} // namespace setright::app
