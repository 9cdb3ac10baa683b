// words.hpp — the one way a result becomes words.
//
// Every result Setright puts into a sentence (an import problem, a verdict, a
// blocker, a red flag, a line of the report) is a key plus the facts that
// fill it. A Words turns the two into text: this base class in English, from
// the tables in the core (what the CLI prints); the app's LocalWords
// (src/app/logic/local_words.hpp) in the user's language, from assets/i18n, with
// the same keys and placeholders (tests keep the tables equal).
//
// In a sentence, {1}, {2}, ... are the facts in order; {2:day|days} is the
// form of a word that goes with the number in fact 2, one form per plural
// category of the language (English and Norwegian: one|other; Russian:
// one|few|many; Korean: other). A word in braces that is not a number,
// such as Korean {은}, is a particle: particle() writes the form that agrees
// with the text before it (LocalWords does Korean); kept as it is otherwise.
#pragma once

#include "core/model/moment.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace setright {

// One value a sentence is filled with, kept typed until the words are chosen:
// dates and numbers are written the reader's way.
struct Fact {
    enum class Kind { Text, Date, Count, Hours, Choice };
    Kind kind = Kind::Text;
    std::string text;      // Choice: the enum value's JSON name
    const char* type = ""; // Choice: its type as in enums.tsv ("claim_status")
    Moment date;
    double number = 0;

    Fact(std::string t) : text(std::move(t)) {}
    Fact(const char* t) : text(t) {}
    static Fact on(const Moment& m);                        // a date
    static Fact count(int64_t n);                           // a whole number; {N:one|other} agrees with it
    static Fact hours(double h);                            // whole hours without decimals, else one decimal
    static Fact choice(const char* type, std::string name); // an enum value, named in the reader's language
};

// A result's sentence: its key in the tables and the facts that fill it.
struct Sentence {
    std::string key;
    std::vector<Fact> facts;
};

// One entry of an English table: a key and its sentence.
struct EnglishWords {
    const char* key;
    const char* english;
};

class Words {
public:
    virtual ~Words() = default;
    // The sentence for `key` with its facts filled in; the key itself when no table has it.
    std::string phrase(std::string_view key, const std::vector<Fact>& facts = {}) const;
    // Fills `sentence` (placeholders as above) in this Words' language.
    std::string fill(std::string_view sentence, const std::vector<Fact>& facts) const;
    std::string fill(std::string_view sentence, const std::vector<std::string>& texts) const;
    std::string say(const Sentence& s) const { return phrase(s.key, s.facts); }

    // An enum value: `type` as in enums.tsv ("claim_status"), `name` its JSON name.
    virtual std::string enum_value(std::string_view type, std::string_view name) const;
    virtual std::string date(const Moment& m) const;
    virtual std::string percent(double share) const;
    virtual std::string number(double value, int decimals) const;

protected:
    // The sentence for `key` in this Words' language, or nullptr when it has none.
    virtual const char* sentence(std::string_view key) const;
    // The index of the plural form for `n` among the forms listed.
    virtual size_t plural_form(int64_t n, size_t forms) const;
    // The form of the particle `name` ("{은}") after `before`, the text so far; nullopt when this Words has none.
    virtual std::optional<std::string> particle(std::string_view before, std::string_view name) const;
};

// The English sentence of `key` in the core's tables ("problem.<code>" for
// problem_words.hpp's), or nullptr.
const char* english_sentence(std::string_view key);
// The core's English tables, for the tests that keep the translations equal.
const std::vector<EnglishWords>& report_english();
const std::vector<EnglishWords>& result_english();

// 0.4237 -> "42%". NaN or infinite -> "n/a".
std::string percent(double share);
// A number without trailing zeros: 2 -> "2", 0.5 -> "0.5", 1234567 -> "1234567".
std::string plain_number(double value);

} // namespace setright
