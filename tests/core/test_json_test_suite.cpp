// Import against JSONTestSuite (tests/data/json-test-suite, see its README)
// and against hostile input: nothing may crash, and every refusal says why.
//
// y_ files are valid JSON but none is a Setright file, so import refuses them
// too; n_ files are invalid JSON; i_ files may go either way.
#include "core/format/json_format.hpp"
#include "test_paths.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace setright;

namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<std::filesystem::path> suite_files(const std::string& prefix) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(test::source_path("tests/data/json-test-suite/test_parsing")))
        if (entry.path().filename().string().rfind(prefix, 0) == 0) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

bool every_message_says_something(const ImportResult& result) {
    return std::all_of(result.problems.begin(), result.problems.end(), [](const ImportProblem& p) { return !p.message.empty(); });
}

// A minimal valid file around one JSON value, to put hostile values where a
// real file would hold them.
std::string file_with_title(const std::string& title_json) {
    return R"({"format": "setright", "version": 1, "deals": [{"id": "d1", "title": )" + title_json + "}]}";
}

} // namespace

TEST_CASE("json test suite: the copy is there") {
    CHECK(suite_files("y_").size() == 95);
    CHECK(suite_files("n_").size() == 188);
    CHECK(suite_files("i_").size() == 35);
}

TEST_CASE("json test suite: every n_ file is refused with a message") {
    for (const auto& path : suite_files("n_")) {
        CAPTURE(path.filename().string());
        const ImportResult result = import_workspace(read_file(path));
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.problems.empty());
        CHECK(every_message_says_something(result));
    }
}

TEST_CASE("json test suite: every y_ file is refused as not a Setright file") {
    for (const auto& path : suite_files("y_")) {
        CAPTURE(path.filename().string());
        const ImportResult result = import_workspace(read_file(path));
        CHECK_FALSE(result.ok());
        REQUIRE_FALSE(result.problems.empty());
        CHECK(every_message_says_something(result));
        // Valid JSON: refused for what it holds, not for its syntax...
        CHECK(result.problems[0].line == 0);
        // ...except y_object_duplicated_key*, refused for the duplicate key itself.
        if (path.filename().string().find("duplicated_key") == std::string::npos)
            CHECK(result.problems[0].message.find("not a Setright file") != std::string::npos);
        else
            CHECK(result.problems[0].message.find("duplicate key") != std::string::npos);
    }
}

TEST_CASE("json test suite: i_ files are accepted or refused with a message") {
    for (const auto& path : suite_files("i_")) {
        CAPTURE(path.filename().string());
        const ImportResult result = import_workspace(read_file(path));
        if (!result.ok()) {
            CHECK_FALSE(result.problems.empty());
            CHECK(every_message_says_something(result));
        }
    }
}

TEST_CASE("hostile input: 100,000 nested brackets are refused before parsing") {
    const std::string text(100000, '[');
    const ImportResult result = import_workspace(text);
    CHECK_FALSE(result.ok());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 1);
    CHECK(result.problems[0].column == max_json_depth + 1); // the first bracket too many
    CHECK(result.problems[0].message.find("nested") != std::string::npos);

    const std::string objects = [] {
        std::string s;
        for (int i = 0; i < 100000; ++i) s += "{\"a\":";
        return s;
    }();
    const ImportResult object_result = import_workspace(objects);
    CHECK_FALSE(object_result.ok());
    REQUIRE(object_result.problems.size() == 1);
    CHECK(object_result.problems[0].message.find("nested") != std::string::npos);
}

TEST_CASE("hostile input: nesting up to the limit is fine, one more is not") {
    auto nested = [](int depth) {
        // The file itself is level 1, "deals" level 2, the deal level 3.
        std::string value = std::string(depth - 3, '[') + std::string(depth - 3, ']');
        return R"({"format": "setright", "version": 1, "deals": [{"id": "d1", "x_deep": )" + value + "}]}";
    };
    CHECK(import_workspace(nested(max_json_depth)).ok());
    const ImportResult too_deep = import_workspace(nested(max_json_depth + 1));
    CHECK_FALSE(too_deep.ok());
    REQUIRE(too_deep.problems.size() == 1);
    CHECK(too_deep.problems[0].message.find("nested") != std::string::npos);
}

TEST_CASE("hostile input: a 2 MB string is refused") {
    const std::string text = file_with_title("\"" + std::string(2 * 1024 * 1024, 'a') + "\"");
    const ImportResult result = import_workspace(text);
    CHECK_FALSE(result.ok());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 1);
    CHECK(result.problems[0].message.find("1 MB") != std::string::npos);
    // Just under the limit is accepted.
    CHECK(import_workspace(file_with_title("\"" + std::string(1024 * 1024 - 1, 'a') + "\"")).ok());
}

TEST_CASE("hostile input: 1e400 is refused") {
    for (const char* number : {"1e400", "-1e400"}) {
        CAPTURE(number);
        const std::string text = R"({"format": "setright", "version": 1, "deals": [{"id": "d1", "requirements": [{"id": "r1", "weight": )" +
                                 std::string(number) + "}]}]}";
        const ImportResult result = import_workspace(text);
        CHECK_FALSE(result.ok());
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].message.find("range") != std::string::npos);
    }
}

TEST_CASE("hostile input: invalid UTF-8 in a string is refused with a printable message") {
    for (const char* bytes : {"\xff", "\xc3\x28", "\xed\xa0\x80", "\xe2\x82", "\xf8\x88\x80\x80\x80"}) {
        const std::string text = file_with_title("\"SMS " + std::string(bytes) + " tool\"");
        const ImportResult result = import_workspace(text);
        CHECK_FALSE(result.ok());
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].line == 1);
        CHECK(result.problems[0].column > 0);
        // The message quotes what was read; it must itself be safe to show.
        for (unsigned char c : result.problems[0].message) CHECK(c < 0x80);
    }
}

TEST_CASE("hostile input: duplicate ids and duplicate keys are refused with their pointers") {
    const ImportResult ids =
            import_workspace(R"({"format": "setright", "version": 1, "deals": [{"id": "d1"}, {"id": "d2"}, {"id": "d1"}]})");
    CHECK_FALSE(ids.ok());
    REQUIRE(ids.problems.size() == 1);
    CHECK(ids.problems[0].pointer == "/deals/2/id");

    const ImportResult keys = import_workspace(
            R"({"format": "setright", "version": 1, "deals": [{"id": "d1", "vendors": [{"id": "v1", "name": "A", "name": "B"}]}]})");
    CHECK_FALSE(keys.ok());
    REQUIRE(keys.problems.size() == 1);
    CHECK(keys.problems[0].pointer == "/deals/0/vendors/0/name");
    CHECK(keys.problems[0].message.find("duplicate key") != std::string::npos);

    // Many duplicates: capped, with a final count, and fast (no quadratic check).
    std::string many = R"({"format": "setright", "version": 1, "deals": [{"id": "d1", "requirements": [)";
    for (int i = 0; i < 50000; ++i) many += std::string(i ? "," : "") + R"({"id": "r"})";
    many += "]}]}";
    const ImportResult capped = import_workspace(many);
    CHECK_FALSE(capped.ok());
    REQUIRE(capped.problems.size() == max_import_problems + 1);
    CHECK(capped.problems[0].pointer == "/deals/0/requirements/1/id");
    CHECK(capped.problems.back().message.find("49899 more") != std::string::npos);
}

TEST_CASE("hostile input: empty, whitespace and binary text are refused, never crash") {
    for (const std::string& text :
         {std::string(), std::string("   \n"), std::string("\0\0\0", 3), std::string("\xef\xbb\xbf"),
          std::string("{\"format\": \"setright\""), std::string("null"), std::string("[]"), std::string("\"setright\"")}) {
        const ImportResult result = import_workspace(text);
        CHECK_FALSE(result.ok());
        REQUIRE_FALSE(result.problems.empty());
        CHECK(every_message_says_something(result));
    }
}
