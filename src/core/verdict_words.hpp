// verdict_words.hpp — how judgements are written by score and report.
//
// One place for the words and number formats both commands use, so the text
// and JSON outputs and the Markdown report say the same thing the same way.
#pragma once

#include "model.hpp"
#include "readiness.hpp"

#include <string>

namespace setright {

// snake_case of the enumerator, like the file format's enum names.
const char* blocker_kind_name(BlockerKind kind);

// 0.4237 -> "42%". NaN or infinite -> "n/a".
std::string percent(double share);

// A number without trailing zeros: 2 -> "2", 0.5 -> "0.5", 1234567 -> "1234567".
std::string plain_number(double value);

// "NOT READY to sign with Acme (acme)" / "READY to sign with Acme (acme)".
std::string verdict_line(const Deal& deal, const ReadinessVerdict& verdict);

} // namespace setright
