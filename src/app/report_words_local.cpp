// report_words_local.cpp — see report_words_local.hpp.
#include "report_words_local.hpp"

#include "format.hpp"
#include "i18n.hpp"

namespace setright::app {

std::string LocalReportWords::phrase(std::string_view key, const std::vector<std::string>& args) const {
    const std::string k(key);
    const char* text = tr(k.c_str());
    if (k == text) return ReportWords::phrase(key, args);
    return fill_placeholders(text, args);
}

std::string LocalReportWords::enum_value(std::string_view type, std::string_view name) const {
    const std::string key = "enum." + std::string(type) + "." + std::string(name);
    const char* text = tr(key.c_str());
    return key == text ? std::string(name) : std::string(text);
}

std::string LocalReportWords::date(const Moment& m) const { return format_date(m); }
std::string LocalReportWords::percent(double share) const { return format_percent(share); }

std::string LocalReportWords::flag_title(std::string_view code) const {
    const std::string key = "flag." + std::string(code) + ".title";
    const char* text = tr(key.c_str());
    return key == text ? std::string(code) : std::string(text);
}

} // namespace setright::app
