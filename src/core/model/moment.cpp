// moment.cpp — parsing and formatting of Moments, and calendar arithmetic.
//
// The calendar conversions are Howard Hinnant's days_from_civil and
// civil_from_days (proleptic Gregorian, exact for any int year), written out
// here from the published algorithm. Parsing is a hand-written scanner rather
// than std::regex or strptime: it has to refuse nonexistent dates exactly,
// behave the same under Emscripten, and stay fast on large files.
#include "core/model/moment.hpp"

#include <cstdio>

namespace setright {

namespace {

constexpr int64_t minutes_per_day = 24 * 60;

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

// Division that rounds towards minus infinity, so moments before 1970 land on
// the right day.
int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Reads exactly `count` ASCII digits at text[pos]; advances pos on success.
bool read_digits(std::string_view text, size_t& pos, int count, int& value) {
    if (pos + count > text.size()) return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        char c = text[pos + i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    value = v;
    pos += count;
    return true;
}

bool read_char(std::string_view text, size_t& pos, char expected) {
    if (pos >= text.size() || text[pos] != expected) return false;
    ++pos;
    return true;
}

} // namespace

int64_t days_from_civil(int year, int month, int day) {
    int64_t y = static_cast<int64_t>(year) - (month <= 2);
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;                                            // [0, 399]
    const int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1; // [0, 365]
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                    // [0, 146096]
    return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t days, int& year, int& month, int& day) {
    days += 719468;
    const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const int64_t doe = days - era * 146097;                                   // [0, 146096]
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; // [0, 399]
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               // [0, 365]
    const int64_t mp = (5 * doy + 2) / 153;                                    // [0, 11]
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2));
}

Moment make_date(int year, int month, int day) {
    Moment m;
    m.minutes = days_from_civil(year, month, day) * minutes_per_day;
    m.has_time = false;
    return m;
}

std::optional<Moment> parse_moment(std::string_view text) {
    size_t pos = 0;
    int year = 0, month = 0, day = 0;
    if (!read_digits(text, pos, 4, year) || !read_char(text, pos, '-') || !read_digits(text, pos, 2, month) || !read_char(text, pos, '-') ||
        !read_digits(text, pos, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
    if (pos == text.size()) return make_date(year, month, day);

    int hour = 0, minute = 0, second = 0;
    if (!read_char(text, pos, 'T') || !read_digits(text, pos, 2, hour) || !read_char(text, pos, ':') || !read_digits(text, pos, 2, minute))
        return std::nullopt;
    if (hour > 23 || minute > 59) return std::nullopt;
    if (read_char(text, pos, ':')) {
        if (!read_digits(text, pos, 2, second) || second > 59) return std::nullopt;
        if (read_char(text, pos, '.')) {
            // Sub-minute precision is not kept; the digits only have to be digits.
            size_t start = pos;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
            if (pos == start) return std::nullopt;
        }
    }

    // No zone means UTC: Setright itself never writes local times.
    int offset_minutes = 0;
    if (pos < text.size()) {
        char sign = text[pos];
        if (sign == 'Z') {
            ++pos;
        } else if (sign == '+' || sign == '-') {
            ++pos;
            int oh = 0, om = 0;
            if (!read_digits(text, pos, 2, oh) || !read_char(text, pos, ':') || !read_digits(text, pos, 2, om)) return std::nullopt;
            if (oh > 23 || om > 59) return std::nullopt;
            offset_minutes = (oh * 60 + om) * (sign == '-' ? -1 : 1);
        } else {
            return std::nullopt;
        }
    }
    if (pos != text.size()) return std::nullopt;

    Moment m;
    m.minutes = days_from_civil(year, month, day) * minutes_per_day + hour * 60 + minute - offset_minutes;
    m.has_time = true;
    return m;
}

std::string format_moment(const Moment& m) {
    const int64_t days = floor_div(m.minutes, minutes_per_day);
    int year = 0, month = 0, day = 0;
    civil_from_days(days, year, month, day);
    char buffer[48];
    if (!m.has_time) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    } else {
        const int64_t in_day = m.minutes - days * minutes_per_day;
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02dZ", year, month, day, static_cast<int>(in_day / 60),
                      static_cast<int>(in_day % 60));
    }
    return buffer;
}

double hours_between(const Moment& a, const Moment& b) { return static_cast<double>(b.minutes - a.minutes) / 60.0; }

int64_t days_between(const Moment& a, const Moment& b) {
    return floor_div(b.minutes, minutes_per_day) - floor_div(a.minutes, minutes_per_day);
}

int64_t deadline_minutes(const Moment& m) { return m.has_time ? m.minutes : m.minutes + minutes_per_day - 1; }

} // namespace setright
