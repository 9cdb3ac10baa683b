// Translation tables arriving while the app runs (the browser bundle's
// fetched languages): read by their header, added beside what is there, and
// the words handed out before stay where they were.
#include "logic/i18n.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright::app;

TEST_CASE("translation tables: a table's header says which language each column is") {
    const char* const title = tr("app.title", Language::Ko);
    add_translations("key\tru\tko\nx.test.one\tодин\t하나\n\nx.test.two\tдва\t둘\n");
    CHECK(std::string(tr("x.test.one", Language::Ru)) == "один");
    CHECK(std::string(tr("x.test.one", Language::Ko)) == "하나");
    CHECK(std::string(tr("x.test.two", Language::Ko)) == "둘");
    CHECK(std::string(tr("x.test.two", Language::En)) == "x.test.two"); // no English: the key shows itself
    CHECK(tr("app.title", Language::Ko) == title);                      // untouched, at the same address
    CHECK(has_translations(Language::En));                              // the native build links every language in
    CHECK(has_translations(Language::Ko));
}

TEST_CASE("translation tables: a column no language is named for is skipped") {
    add_translations("key\txx\tnb\nx.test.three\tignored\ttre\n");
    CHECK(std::string(tr("x.test.three", Language::Nb)) == "tre");
}
