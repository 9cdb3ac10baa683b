// verdict_words.hpp — a deal's judgement in words: the verdict, each
// blocker, each red flag and what it is about, in the words given (English
// from the CLI and the report; the user's language in the app). The one way
// from a readiness verdict or a red flag to a sentence.
#pragma once

#include "core/judging/readiness.hpp"
#include "core/judging/red_flags.hpp"
#include "core/model/model.hpp"
#include "core/model/subject.hpp"
#include "core/words/words.hpp"

#include <string>

namespace setright {

// snake_case of the enumerator, like the file format's enum names.
const char* blocker_kind_name(BlockerKind kind);

// snake_case of why nothing was judged ("no_must_have"); "" when judged.
const char* nothing_to_judge_name(NothingToJudge missing);

// "NOT READY to sign with Acme SMS" / "READY to sign with Acme SMS" / "Nothing
// to judge yet: add the vendors you are considering".
std::string verdict_words(const Deal& deal, const ReadinessVerdict& verdict, const Words& words);
// A flag's short name ("Must-have only claimed"), why it matters, and what it says about this deal.
std::string flag_title(std::string_view code, const Words& words);
std::string flag_why(std::string_view code, const Words& words);
// What a result is about, from the deal: a requirement's or question's text
// in quotes, a touch's date, channel and summary, a vendor's name; "" for the deal.
std::string subject_words(const Deal& deal, const Subject& subject, const Words& words);

} // namespace setright
