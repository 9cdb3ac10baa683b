// report_words.hpp — the words of the Markdown report.
//
// The report is written through a ReportWords: this base class writes English
// (what the CLI prints); the app passes one that says the same in the user's
// language, with the same phrase keys (assets/i18n/report.tsv, kept equal to
// report_phrases() by a test).
#pragma once

#include "model.hpp"
#include "problem_texts.hpp"
#include "readiness.hpp"
#include "red_flags.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace setright {

// Every phrase key and its English, placeholders {1}, {2}, ...
const std::vector<ProblemText>& report_phrases();

class ReportWords {
public:
    virtual ~ReportWords() = default;
    // The phrase for `key` ("report.requirements") with its placeholders filled.
    virtual std::string phrase(std::string_view key, const std::vector<std::string>& args = {}) const;
    // An enum value: `type` as in enum_labels ("claim_status"), `name` its JSON name.
    virtual std::string enum_value(std::string_view type, std::string_view name) const;
    virtual std::string date(const Moment& m) const;
    virtual std::string percent(double share) const;
    virtual std::string flag(const RedFlag& flag) const;
    // A red flag's short name by its code (the code itself in English).
    virtual std::string flag_title(std::string_view code) const;
    virtual std::string blocker(const Blocker& blocker) const;
};

} // namespace setright
