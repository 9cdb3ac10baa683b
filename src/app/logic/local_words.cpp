// local_words.cpp — see local_words.hpp.
#include "logic/local_words.hpp"

#include "logic/format.hpp"
#include "logic/korean_particles.hpp"

namespace setright::app {

const char* LocalWords::sentence(std::string_view key) const {
    const std::string k(key);
    const char* text = tr(k.c_str(), language_);
    return k == text ? Words::sentence(key) : text;
}

// CLDR's cardinal rules for whole numbers.
size_t LocalWords::plural_form(int64_t n, size_t forms) const {
    switch (language_) {
    case Language::Ko: return 0; // one form
    case Language::Ru: {
        const int64_t last = n % 10, last_two = n % 100;
        if (forms < 3) return n == 1 ? 0 : 1;
        if (last == 1 && last_two != 11) return 0;                                // 1, 21, 101: один день
        if (last >= 2 && last <= 4 && (last_two < 12 || last_two > 14)) return 1; // 2-4, 22-24: дня
        return 2;                                                                 // 0, 5-20, 25: дней
    }
    case Language::En:
    case Language::Nb: return n == 1 ? 0 : 1;
    }
    return 0;
}

// Only Korean tables write particles ("{은}"), whatever language is asked for.
std::optional<std::string> LocalWords::particle(std::string_view before, std::string_view name) const {
    return korean_particle(before, name);
}

std::string LocalWords::enum_value(std::string_view type, std::string_view name) const {
    const std::string key = "enum." + std::string(type) + "." + std::string(name);
    const char* text = tr(key.c_str(), language_);
    return key == text ? Words::enum_value(type, name) : std::string(text);
}

std::string LocalWords::date(const Moment& m) const { return format_date(m, language_); }
std::string LocalWords::percent(double share) const { return format_percent(share); }
std::string LocalWords::number(double value, int decimals) const { return format_number(value, decimals, language_); }

std::string problem_message(const ImportProblem& problem) {
    if (problem.code.empty()) return problem.message;
    const std::string key = "problem." + problem.code;
    const std::string said = LocalWords().phrase(key, std::vector<Fact>(problem.args.begin(), problem.args.end()));
    return said == key ? problem.message : said;
}

std::string describe_problem(const std::string& file, const ImportProblem& problem) {
    ImportProblem translated = problem;
    translated.message = problem_message(problem);
    return format_problem(file, translated);
}

} // namespace setright::app
