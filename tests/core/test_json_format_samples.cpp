// The sample files of tests/data/format-v1 through the importer. The schema
// test (tests/schema/schema.test.mjs) validates the same files, so the
// importer and docs/setright-v1.schema.json are held to the same answers.
#include "core/format/json_format.hpp"
#include "test_paths.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace setright;

namespace {

std::string read_sample(const std::string& relative) {
    std::ifstream in(test::source_path("tests/data/format-v1/" + relative), std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace

TEST_CASE("format samples: valid files import, and their export is stable") {
    for (const std::string name : {"minimal.json", "sms-case.json", "template.json"}) {
        CAPTURE(name);
        const std::string text = read_sample("valid/" + name);
        REQUIRE_FALSE(text.empty());
        const ImportResult result = import_workspace(text);
        for (const ImportProblem& p : result.problems) FAIL_CHECK(format_problem(name, p));
        REQUIRE(result.ok());
        // Export writes the canonical form (defaults filled in, dates in UTC);
        // importing that and exporting again changes nothing.
        const std::string exported = export_workspace(*result.workspace);
        const ImportResult again = import_workspace(exported);
        REQUIRE(again.ok());
        CHECK(export_workspace(*again.workspace) == exported);
    }
}

TEST_CASE("format samples: the SMS case reads as written") {
    const ImportResult result = import_workspace(read_sample("valid/sms-case.json"));
    REQUIRE(result.ok());
    const Deal& d = result.workspace->deals.at(0);
    CHECK(d.stage == Stage::Churned);
    CHECK(d.requirements.at(0).claims.at(0).evidence.at(1).kind == EvidenceKind::Reference);
    CHECK(d.requirements.at(1).claims.at(0).status == ClaimStatus::AcceptedRisk);
    CHECK(d.questions.at(0).history.at(1).kind == QuestionEventKind::RaisedAgain);
    CHECK(format_moment(*d.questions.at(0).answered_at) == "2020-02-10T14:00Z"); // -05:00 converted to UTC
    CHECK(d.timeline.at(3).offer->terms == "50% off forever if signed before 31 Dec");
    CHECK(d.clv->retention == doctest::Approx(0.9));
    CHECK(*d.study->requests.at(0).reply_channel == Channel::Phone);
    CHECK(d.extra == Json({{"x_color", "red"}}));
    CHECK(result.workspace->extra == Json({{"x_exported_by", "a future Setright"}}));
}

TEST_CASE("format samples: the template header is kept as an unknown top-level field") {
    const ImportResult result = import_workspace(read_sample("valid/template.json"));
    REQUIRE(result.ok());
    CHECK(result.workspace->extra["template"]["name"] == "Sample template");
    CHECK(export_workspace(*result.workspace).find("\"template\": {") != std::string::npos);
}

TEST_CASE("format samples: invalid files are refused at the expected pointer") {
    const Json expected = Json::parse(read_sample("invalid/expected.json"));
    REQUIRE(expected.size() == 16);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        CAPTURE(it.key());
        const ImportResult result = import_workspace(read_sample("invalid/" + it.key()));
        CHECK_FALSE(result.ok());
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].pointer == it.value()["import_pointer"].get<std::string>());
        CHECK(result.problems[0].message.find(it.value()["import_message_contains"].get<std::string>()) != std::string::npos);
        CAPTURE(result.problems[0].message);
    }
}

TEST_CASE("format samples: every built-in template imports without a problem") {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(test::source_path("assets/templates"))) {
        if (entry.path().extension() != ".json") continue;
        ++count;
        const std::string name = entry.path().filename().string();
        CAPTURE(name);
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        const ImportResult result = import_workspace(text.str());
        for (const ImportProblem& p : result.problems) FAIL_CHECK(format_problem(name, p));
        REQUIRE(result.ok());
        CHECK(result.workspace->extra["template"]["name"].is_string());
    }
    CHECK(count > 0);
}
