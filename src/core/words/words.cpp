// words.cpp — see words.hpp.
#include "core/words/words.hpp"

#include "core/words/problem_words.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace setright {

Fact Fact::on(const Moment& m) {
    Fact f("");
    f.kind = Kind::Date;
    f.date = m;
    return f;
}

Fact Fact::count(int64_t n) {
    Fact f("");
    f.kind = Kind::Count;
    f.number = double(n);
    return f;
}

Fact Fact::hours(double h) {
    Fact f("");
    f.kind = Kind::Hours;
    f.number = h;
    return f;
}

Fact Fact::choice(const char* type, std::string name) {
    Fact f(std::move(name));
    f.kind = Kind::Choice;
    f.type = type;
    return f;
}

namespace {

// A fact as text in `w`'s language.
std::string written(const Words& w, const Fact& f) {
    switch (f.kind) {
    case Fact::Kind::Text: return f.text;
    case Fact::Kind::Date: return w.date(f.date);
    case Fact::Kind::Count: return w.number(f.number, 0);
    case Fact::Kind::Hours: return w.number(f.number, std::fabs(f.number - std::round(f.number)) < 0.05 ? 0 : 1);
    case Fact::Kind::Choice: return w.enum_value(f.type, f.text);
    }
    return f.text;
}

// The number a text fact shows ("2 597", "12"), for the plural form that
// agrees with it: digit group separators are skipped.
double number_in(const std::string& text) {
    std::string digits;
    for (char c : text)
        if ((c >= '0' && c <= '9') || c == '.') digits += c;
    return digits.empty() ? 0.0 : std::strtod(digits.c_str(), nullptr);
}

// "{2:day|days}" at `text[i]`: the fact's index, the forms, and where the placeholder ends.
bool plural_placeholder(std::string_view text, size_t i, size_t& index, std::vector<std::string_view>& forms, size_t& end) {
    if (i + 3 >= text.size() || text[i + 1] < '1' || text[i + 1] > '9' || text[i + 2] != ':') return false;
    const size_t close = text.find('}', i + 3);
    if (close == std::string_view::npos) return false;
    index = size_t(text[i + 1] - '1');
    forms.clear();
    std::string_view list = text.substr(i + 3, close - i - 3);
    for (size_t bar; (bar = list.find('|')) != std::string_view::npos; list.remove_prefix(bar + 1)) forms.push_back(list.substr(0, bar));
    forms.push_back(list);
    end = close;
    return true;
}

} // namespace

std::string Words::fill(std::string_view text, const std::vector<Fact>& facts) const {
    std::string out;
    out.reserve(text.size());
    std::vector<std::string_view> forms;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
            size_t index = 0, end = 0;
            if (i + 2 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9' && text[i + 2] == '}' &&
                size_t(text[i + 1] - '1') < facts.size()) {
                out += written(*this, facts[size_t(text[i + 1] - '1')]);
                i += 2;
                continue;
            }
            if (plural_placeholder(text, i, index, forms, end) && index < facts.size()) {
                const double n = facts[index].kind == Fact::Kind::Text ? number_in(facts[index].text) : facts[index].number;
                out += forms[std::min(plural_form(int64_t(std::llround(std::fabs(n))), forms.size()), forms.size() - 1)];
                i = end;
                continue;
            }
            const size_t close = text.find('}', i + 1);
            if (close != std::string_view::npos && close > i + 1 && (text[i + 1] < '0' || text[i + 1] > '9')) {
                if (std::optional<std::string> form = particle(out, text.substr(i + 1, close - i - 1))) {
                    out += *form;
                    i = close;
                    continue;
                }
            }
        }
        out += text[i];
    }
    return out;
}

std::string Words::fill(std::string_view text, const std::vector<std::string>& args) const {
    return fill(text, std::vector<Fact>(args.begin(), args.end()));
}

std::string Words::phrase(std::string_view key, const std::vector<Fact>& facts) const {
    const char* text = sentence(key);
    return text ? fill(text, facts) : std::string(key);
}

const char* Words::sentence(std::string_view key) const { return english_sentence(key); }

size_t Words::plural_form(int64_t n, size_t) const { return n == 1 ? 0 : 1; }
std::optional<std::string> Words::particle(std::string_view, std::string_view) const { return std::nullopt; }

// The JSON name with spaces: "not_supported" -> "not supported".
std::string Words::enum_value(std::string_view, std::string_view name) const {
    std::string out(name);
    for (char& c : out)
        if (c == '_') c = ' ';
    return out;
}
std::string Words::date(const Moment& m) const { return format_moment(m); }
std::string Words::percent(double share) const { return setright::percent(share); }

std::string Words::number(double value, int decimals) const {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

const char* english_sentence(std::string_view key) {
    constexpr std::string_view problem = "problem.";
    const bool is_problem = key.substr(0, problem.size()) == problem;
    if (is_problem) key.remove_prefix(problem.size());
    for (const auto* table : {&report_english(), &result_english(), &problem_english()})
        for (const EnglishWords& w : *table)
            if (key == w.key && (table == &problem_english()) == is_problem) return w.english;
    return nullptr;
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

} // namespace setright
