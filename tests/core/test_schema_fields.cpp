// The field lists of model.hpp against docs/setright-v1.schema.json: every
// field a struct lists is a property of its schema object and every property
// is a listed field. The walk starts at the deal and follows each list and
// object field into its struct and its schema entry ($ref or array items), so
// a new struct is covered as soon as a field list reaches it.
#include "core/model/model.hpp"

#include "test_paths.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

using namespace setright;

namespace {

const Json& resolve(const Json& schema, const Json& node) {
    if (!node.contains("$ref")) return node;
    const std::string ref = node["$ref"].get<std::string>(); // "#/$defs/name"
    return schema.at(Json::json_pointer(ref.substr(1)));
}

template <class T> void walk(const Json& schema, const Json& node, const std::string& where, int& structs);

// A visitor of the field lists that looks each field up in the schema.
class SchemaWalk {
public:
    SchemaWalk(const Json& schema, const Json& node, std::string where, int& structs)
            : schema_(schema), node_(node), where_(std::move(where)), structs_(structs) {}

    template <class... O> void id(const char* key, const std::string&, const O&...) { field(key); }
    template <class... O> void text(const char* key, const std::string&, const O&...) { field(key); }
    template <class... O> void flag(const char* key, bool, const O&...) { field(key); }
    template <class N> void number(const char* key, const N&, field::Range) { field(key); }
    template <class E> void choice(const char* key, const E&) { field(key); }
    template <class M> void moment(const char* key, const M&) { field(key); }
    template <class... O> void strings(const char* key, const std::vector<std::string>&, const O&...) { field(key); }
    template <class T, class... O> void list(const char* key, const std::vector<T>&, const O&...) {
        if (const Json* property = field(key)) {
            REQUIRE_MESSAGE(property->contains("items"), where_ << "." << std::string(key) << " is not an array in the schema");
            walk<T>(schema_, resolve(schema_, (*property)["items"]), where_ + "." + key + "[]", structs_);
        }
    }
    template <class T, class... O> void object(const char* key, const T&, const O&...) {
        if (const Json* property = field(key)) walk<T>(schema_, *property, where_ + "." + key, structs_);
    }
    template <class T, class... O> void object(const char* key, const std::optional<T>&, const O&...) {
        if (const Json* property = field(key)) walk<T>(schema_, *property, where_ + "." + key, structs_);
    }

    std::vector<std::string> names;

private:
    // The field's schema entry, resolved; null (and a failed check) when the schema lacks it.
    const Json* field(const char* key) {
        names.push_back(key);
        const bool listed = node_.contains("properties") && node_["properties"].contains(key);
        CHECK_MESSAGE(listed, where_ << " lists field '" << std::string(key) << "' but the schema has no such property");
        return listed ? &resolve(schema_, node_["properties"][key]) : nullptr;
    }

    const Json& schema_;
    const Json& node_;
    std::string where_;
    int& structs_;
};

template <class T> void walk(const Json& schema, const Json& node, const std::string& where, int& structs) {
    ++structs;
    const T item{};
    SchemaWalk w(schema, node, where, structs);
    fields(item, w);
    REQUIRE_MESSAGE(node.contains("properties"), where << " has no properties in the schema");
    for (const auto& property : node["properties"].items())
        CHECK_MESSAGE(std::find(w.names.begin(), w.names.end(), property.key()) != w.names.end(),
                      where << ": the schema has property '" << property.key() << "' that the field list in model.hpp lacks");
}

Json load_schema() {
    std::ifstream in(test::source_path("docs/setright-v1.schema.json"), std::ios::binary);
    REQUIRE(in);
    return Json::parse(in);
}

} // namespace

TEST_CASE("schema fields: every field list in model.hpp matches its object in docs/setright-v1.schema.json") {
    const Json schema = load_schema();
    int structs = 0;
    walk<Deal>(schema, resolve(schema, schema["properties"]["deals"]["items"]), "deal", structs);
    // Deal and the 19 structs its fields lead to (the buyer and the vendors
    // are both Organisation): a walk that stopped early would check little.
    CHECK(structs >= 20);
}
