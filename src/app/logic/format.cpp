// format.cpp — see format.hpp.
#include "logic/format.hpp"

#include "logic/i18n.hpp"

#include "logic/local_words.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace setright::app {
namespace {

const char* const kNoBreakSpace = "\xC2\xA0";

const char* english_month(int month) {
    static const char* names[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return names[(month - 1) % 12];
}

std::string group_digits(const std::string& digits, const char* separator) {
    std::string out;
    const size_t n = digits.size();
    for (size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return out;
}

} // namespace

std::string format_date(const Moment& m, Language language) {
    int year = 0, month = 0, day = 0;
    civil_from_days(m.minutes >= 0 ? m.minutes / 1440 : (m.minutes - 1439) / 1440, year, month, day);
    char buffer[32];
    switch (language) {
    case Language::En: std::snprintf(buffer, sizeof buffer, "%d %s %d", day, english_month(month), year); break;
    case Language::Ko: std::snprintf(buffer, sizeof buffer, "%d. %d. %d.", year, month, day); break;
    case Language::Nb:
    case Language::Ru: std::snprintf(buffer, sizeof buffer, "%02d.%02d.%04d", day, month, year); break;
    }
    return buffer;
}

std::string format_date(const Moment& m) { return format_date(m, current_language()); }

std::string format_moment_local(const Moment& m, Language language) {
    std::string out = format_date(m, language);
    if (m.has_time) {
        const int64_t minute_of_day = ((m.minutes % 1440) + 1440) % 1440;
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, " %02d:%02d", int(minute_of_day / 60), int(minute_of_day % 60));
        out += buffer;
    }
    return out;
}

std::string format_number(double value, int decimals, Language language) {
    if (!std::isfinite(value)) return "—";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(value));
    std::string text = buffer;
    const size_t point = text.find('.');
    std::string whole = text.substr(0, point);
    std::string fraction = point == std::string::npos ? "" : text.substr(point + 1);
    const bool comma_decimal = language == Language::Nb || language == Language::Ru;
    std::string out = (value < 0 && std::stod(text) != 0) ? "-" : "";
    out += group_digits(whole, comma_decimal ? kNoBreakSpace : ",");
    if (!fraction.empty()) out += (comma_decimal ? "," : ".") + fraction;
    return out;
}

std::string format_number(double value, int decimals) { return format_number(value, decimals, current_language()); }

std::string format_size(uint64_t bytes, bool exact, Language language) {
    static const char* const units[] = {"size.kb", "size.mb", "size.gb", "size.tb"};
    const std::string count = format_number(double(bytes), 0, language);
    if (bytes < 1024) return LocalWords(language).fill(tr("size.bytes", language), std::vector<std::string>{count});
    double value = double(bytes) / 1024.0;
    size_t unit = 0;
    while (value >= 1024.0 && unit + 1 < std::size(units)) {
        value /= 1024.0;
        ++unit;
    }
    // Whole units without a decimal ("64 MB"); anything else with one, never rounded up to a whole.
    const bool whole = std::floor(value) == value;
    const double shown = whole ? value : std::floor(value * 10.0) / 10.0;
    std::string out =
            LocalWords(language).fill(tr(units[unit], language), std::vector<std::string>{format_number(shown, whole ? 0 : 1, language)});
    if (exact) out += " (" + LocalWords(language).fill(tr("size.bytes", language), std::vector<std::string>{count}) + ")";
    return out;
}

std::string format_size(uint64_t bytes, bool exact) { return format_size(bytes, exact, current_language()); }

std::string format_percent(double share, int decimals) {
    const Language language = current_language();
    const std::string number = format_number(share * 100.0, decimals, language);
    return (language == Language::Nb || language == Language::Ru) ? number + kNoBreakSpace + "%" : number + "%";
}

std::string format_money(double value, const std::string& currency, int decimals) {
    return format_number(value, decimals) + kNoBreakSpace + currency;
}

std::string format_wait(double hours, int hour_decimals, int day_decimals) {
    return hours < 48 ? tr_fill("timeline.hours", {format_number(hours, hour_decimals)})
                      : tr_fill("timeline.days", {format_number(hours / 24.0, day_decimals)});
}

bool contains_ignoring_case(const std::string& text, const std::string& needle) {
    if (needle.empty()) return true;
    auto lower = [](char c) { return char(std::tolower(static_cast<unsigned char>(c))); };
    return std::search(text.begin(), text.end(), needle.begin(), needle.end(), [&](char a, char b) { return lower(a) == lower(b); }) !=
           text.end();
}

} // namespace setright::app
