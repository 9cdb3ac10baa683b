// report_words_local.hpp — the Markdown report's words in the UI's language
// (assets/i18n/report.tsv, enum names from enums.tsv, dates and percentages
// as format.hpp writes them).
#pragma once

#include "core/report_words.hpp"

namespace setright::app {

class LocalReportWords : public ReportWords {
public:
    std::string phrase(std::string_view key, const std::vector<std::string>& args = {}) const override;
    std::string enum_value(std::string_view type, std::string_view name) const override;
    std::string date(const Moment& m) const override;
    std::string percent(double share) const override;
    std::string flag_title(std::string_view code) const override;
};

} // namespace setright::app
