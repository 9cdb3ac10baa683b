// The app's list of built-in templates (an index made at build time) says
// what the template files themselves say, in every language.
#include "logic/builtin_templates.hpp"

#include "core/format/template_catalog.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace setright;
using namespace setright::app;

TEST_CASE("built-in templates: the index lists every template with its file's title and summary") {
    const std::vector<TemplateEntry> catalog = template_catalog();
    REQUIRE(catalog.size() == 7);
    for (const std::string& language : template_languages()) {
        CAPTURE(language);
        const std::vector<TemplateListing> listings = template_listings(language);
        REQUIRE(listings.size() == catalog.size());
        for (size_t i = 0; i < catalog.size(); ++i) {
            const TemplateFile* file = template_file(catalog[i], language);
            REQUIRE(file);
            const nlohmann::json doc = nlohmann::json::parse(file->bytes);
            CHECK(listings[i].name == catalog[i].name);
            CHECK(listings[i].file_name == catalog[i].name + "." + language + ".json");
            CHECK(listings[i].title == doc["deals"][0]["title"].get<std::string>());
            CHECK(listings[i].summary == file->summary);
        }
    }
}

TEST_CASE("built-in templates: a language without translations lists the English files") {
    const std::vector<TemplateListing> listings = template_listings("de");
    REQUIRE(listings.size() == 7);
    for (const TemplateListing& listing : listings) CHECK(listing.file_name == listing.name + ".en.json");
    CHECK(template_listings("ko")[0].title != template_listings("en")[0].title);
}
