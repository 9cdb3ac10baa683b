// The flat document an import reads (flat_json.hpp): values, document
// order, and the way back to Json for the members the model keeps as extra.
#include "core/format/flat_json.hpp"
#include "core/format/json_parse.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace setright;

namespace {

FlatJson parsed(const std::string& text) {
    ProblemList problems;
    std::optional<FlatJson> doc = parse_json_text(text, problems);
    REQUIRE(doc);
    CHECK(problems.empty());
    return std::move(*doc);
}

} // namespace

TEST_CASE("flat json: every kind of value reads back as nlohmann reads it") {
    const std::string text = R"({"z": null, "t": true, "f": false, "i": -42, "u": 18446744073709551615, "d": 2.5,
        "s": "Привет, 세계", "e": "", "a": [1, [2, {"k": "v"}], {}], "o": {"nested": {"deeper": [true]}}})";
    const FlatJson doc = parsed(text);
    CHECK(doc.root().to_json() == Json::parse(text));
    CHECK(FlatJson::of(Json::parse(text)).root().to_json() == Json::parse(text));

    const FlatJson::Value root = doc.root();
    CHECK(root.size() == 10);
    CHECK(root.find("i")->integer() == -42);
    CHECK(root.find("i")->number() == -42.0);
    CHECK(root.find("u")->is_number_unsigned());
    CHECK(root.find("u")->whole() == 18446744073709551615ull);
    CHECK(root.find("d")->is_number());
    CHECK_FALSE(root.find("d")->is_number_integer());
    CHECK(root.find("s")->string() == "Привет, 세계");
    CHECK(root.find("e")->string().empty());
    CHECK(root.find("a")->size() == 3);
    CHECK_FALSE(root.find("missing"));
    CHECK_FALSE(root.find("a")->find("k")); // not an object
    CHECK(root.find("o")->find("nested")->find("deeper")->to_json() == Json::parse("[true]"));
}

TEST_CASE("flat json: type names are nlohmann's, so problem messages did not change") {
    const FlatJson doc = parsed(R"([null, true, 1, 18446744073709551615, 1.5, "s", [], {}])");
    std::vector<std::string> names;
    std::vector<std::string> expected;
    for (const FlatJson::Member& element : doc.root().children()) {
        names.emplace_back(element.value().type_name());
        expected.emplace_back(element.value().to_json().type_name());
    }
    CHECK(names == expected);
    CHECK(names == std::vector<std::string>{"null", "boolean", "number", "number", "number", "string", "array", "object"});
}

TEST_CASE("flat json: members come in the order of the file, past containers of any depth") {
    const FlatJson doc = parsed(R"({"b": {"x": [1, [2, [3]]], "y": {}}, "a": [], "c": "last"})");
    std::vector<std::string> keys;
    for (const FlatJson::Member& member : doc.root().children()) keys.emplace_back(member.key());
    CHECK(keys == std::vector<std::string>{"b", "a", "c"});
    CHECK(doc.root().find("c")->string() == "last");
    CHECK(doc.root().find("b")->find("y")->size() == 0);
}

TEST_CASE("flat json: a duplicate key is found among few members and among many, with its pointer") {
    for (const int members : {3, 31, 32, 33, 500}) {
        std::string text = R"({"list": [0, {"deep": {)";
        for (int i = 0; i < members; ++i) text += "\"k" + std::to_string(i) + "\": [1], ";
        text += "\"k0\": 2}}]}";
        ProblemList problems;
        CHECK_FALSE(parse_json_text(text, problems));
        REQUIRE(problems.items.size() == 1);
        CHECK(problems.items[0].pointer == "/list/1/deep/k0");
        CHECK(problems.items[0].code == "duplicate_key");
    }
}
