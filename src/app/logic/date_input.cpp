// date_input.cpp — see date_input.hpp.
#include "logic/date_input.hpp"

#include "logic/format.hpp"
#include "logic/local_words.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

namespace setright::app {
namespace {

// A piece of typed text: a run of digits, a word (a month's name, a Korean
// 년/월/일, the Russian "г." after a year), or the punctuation between them.
struct Token {
    enum Kind { Number, Word } kind;
    std::string text;
    std::string before; // the punctuation before it, spaces dropped
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_punctuation(char c) { return c == '.' || c == ',' || c == '/' || c == '-'; }
bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

// Lower case for ASCII and Russian letters (А-Я, Ё), the scripts month names come in.
std::string lower(std::string_view word) {
    std::string out;
    for (size_t i = 0; i < word.size(); ++i) {
        const unsigned char c = word[i];
        const unsigned char next = i + 1 < word.size() ? word[i + 1] : 0;
        if (c >= 'A' && c <= 'Z') {
            out += char(c + 32);
        } else if (c == 0xD0 && next >= 0x90 && next <= 0x9F) { // А-П
            out += char(0xD0);
            out += char(next + 0x20);
            ++i;
        } else if (c == 0xD0 && next >= 0xA0 && next <= 0xAF) { // Р-Я
            out += char(0xD1);
            out += char(next - 0x20);
            ++i;
        } else if (c == 0xD0 && next == 0x81) { // Ё
            out += "\xD1\x91";
            ++i;
        } else {
            out += char(c);
        }
    }
    return out;
}

// Splits `text` into tokens; false when it holds anything else.
bool tokenize(const std::string& text, std::vector<Token>& tokens, std::string& trailing) {
    std::string pending;
    size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (text.compare(i, 2, "\xC2\xA0") == 0) { // a no-break space, as nb and ru group digits
            i += 2;
        } else if (is_space(c)) {
            ++i;
        } else if (is_punctuation(c)) {
            pending += c;
            ++i;
        } else if (is_digit(c) || is_letter(c)) {
            const bool digits = is_digit(c);
            const size_t start = i;
            while (i < text.size() && (digits ? is_digit(text[i]) : is_letter(text[i])) && text.compare(i, 2, "\xC2\xA0") != 0) ++i;
            tokens.push_back({digits ? Token::Number : Token::Word, text.substr(start, i - start), pending});
            pending.clear();
        } else {
            return false;
        }
    }
    trailing = pending;
    return true;
}

// 1-12 for a month's name or abbreviation in English, Norwegian or Russian
// (lower case), 0 for any other word.
int month_from_name(const std::string& word) {
    static const char* const names[12][8] = {
            {"jan", "january", "januar", "янв", "январь", "января", nullptr},
            {"feb", "february", "februar", "фев", "февр", "февраль", "февраля", nullptr},
            {"mar", "march", "mars", "мар", "март", "марта", nullptr},
            {"apr", "april", "апр", "апрель", "апреля", nullptr},
            {"may", "mai", "май", "мая", nullptr},
            {"jun", "june", "juni", "июн", "июнь", "июня", nullptr},
            {"jul", "july", "juli", "июл", "июль", "июля", nullptr},
            {"aug", "august", "авг", "август", "августа", nullptr},
            {"sep", "sept", "september", "сен", "сент", "сентябрь", "сентября", nullptr},
            {"oct", "october", "okt", "oktober", "окт", "октябрь", "октября", nullptr},
            {"nov", "november", "ноя", "нояб", "ноябрь", "ноября", nullptr},
            {"dec", "december", "des", "desember", "дек", "декабрь", "декабря", nullptr},
    };
    for (int m = 0; m < 12; ++m)
        for (const char* const* name = names[m]; *name; ++name)
            if (word == *name) return m + 1;
    return 0;
}

std::optional<Moment> make(const std::string& year, const std::string& month, const std::string& day) {
    if (year.size() != 4 || month.empty() || month.size() > 2 || day.empty() || day.size() > 2) return std::nullopt;
    char iso[16];
    std::snprintf(iso, sizeof iso, "%s-%02d-%02d", year.c_str(), std::atoi(month.c_str()), std::atoi(day.c_str()));
    return parse_moment(iso); // refuses days that do not exist
}

// Between the numbers of a numeric date: one and the same mark ("15.12.2026",
// "2026. 12. 15."); a trailing "." is fine, as Korean ends its dates.
bool numeric_marks(const std::vector<Token>& t, const std::string& trailing, const char* marks) {
    const std::string& mark = t[1].before;
    if (mark.size() != 1 || !std::strchr(marks, mark[0]) || t[2].before != mark) return false;
    return trailing.empty() || (trailing == "." && mark == ".");
}

bool all_numbers(const std::vector<Token>& t) {
    for (const Token& token : t)
        if (token.kind != Token::Number) return false;
    return true;
}

// Around a month's name: spaces, a "." after an abbreviation, a "," before
// the year or "-" ("15-Dec-2026"); one mark at most between two parts.
bool loose_marks(const std::vector<Token>& t, const std::string& trailing) {
    for (size_t i = 1; i < t.size(); ++i)
        if (t[i].before.size() > 1) return false;
    return trailing.empty() || trailing == ".";
}

} // namespace

std::optional<Moment> parse_user_date(const std::string& typed, Language language) {
    const size_t first = typed.find_first_not_of(" \t");
    if (first == std::string::npos) return std::nullopt;
    const std::string text = typed.substr(first, typed.find_last_not_of(" \t") - first + 1);
    if (std::optional<Moment> iso = parse_moment(text)) return iso;

    std::vector<Token> t;
    std::string trailing;
    if (!tokenize(text, t, trailing) || t.empty() || !t[0].before.empty()) return std::nullopt;
    for (Token& token : t)
        if (token.kind == Token::Word) token.text = lower(token.text);
    // "15 декабря 2026 г.": the Russian mark of a year.
    if (t.size() == 4 && t[3].kind == Token::Word && t[3].text == "\xD0\xB3" && t[2].kind == Token::Number && t[3].before.empty())
        t.pop_back();

    // 2026년 12월 15일 (the last marker may be left off).
    if ((t.size() == 6 || t.size() == 5) && t[0].kind == Token::Number && t[1].text == "년" && t[2].kind == Token::Number &&
        t[3].text == "월" && t[4].kind == Token::Number && (t.size() == 5 || t[5].text == "일")) {
        for (const Token& token : t)
            if (!token.before.empty()) return std::nullopt;
        if (!trailing.empty() && trailing != ".") return std::nullopt;
        return make(t[0].text, t[2].text, t[4].text);
    }
    if (t.size() != 3) return std::nullopt;

    if (all_numbers(t)) {
        // Year first: 2026/12/15, 2026. 12. 15., 2026.12.15 (2026-12-15 is ISO).
        if (t[0].text.size() == 4) return numeric_marks(t, trailing, "./-") ? make(t[0].text, t[1].text, t[2].text) : std::nullopt;
        // Day first, as Norwegian and Russian write it; English could mean either month.
        if (language != Language::Nb && language != Language::Ru) return std::nullopt;
        return numeric_marks(t, trailing, "./") ? make(t[2].text, t[1].text, t[0].text) : std::nullopt;
    }
    if (!loose_marks(t, trailing)) return std::nullopt;
    // 15 Dec 2026, 15. des. 2026, 15 декабря 2026
    if (t[0].kind == Token::Number && t[1].kind == Token::Word && t[2].kind == Token::Number) {
        const int month = month_from_name(t[1].text);
        return month ? make(t[2].text, std::to_string(month), t[0].text) : std::nullopt;
    }
    // Dec 15, 2026
    if (t[0].kind == Token::Word && t[1].kind == Token::Number && t[2].kind == Token::Number) {
        const int month = month_from_name(t[0].text);
        return month ? make(t[2].text, std::to_string(month), t[1].text) : std::nullopt;
    }
    return std::nullopt;
}

std::string unread_date_message(const std::string& text, const Moment& example, Language language) {
    int year = 0, month = 0, day = 0;
    civil_from_days(example.minutes >= 0 ? example.minutes / 1440 : (example.minutes - 1439) / 1440, year, month, day);
    const Moment date = make_date(year, month, day); // its day, written without a time
    return LocalWords(language).fill(tr("editor.date_unread", language),
                                     std::vector<std::string>{text, format_date(date, language), format_moment(date)});
}

} // namespace setright::app
