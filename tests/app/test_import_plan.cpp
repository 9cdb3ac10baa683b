// Import is planned before anything changes: problems with their pointers,
// new deals and updates counted, the current workspace untouched.
#include "import_plan.hpp"

#include "core/json_format.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

namespace {
std::string file_with_deal(const std::string& id, const std::string& title, const std::string& modified) {
    return R"({"format": "setright", "version": 1, "deals": [{"id": ")" + id + R"(", "title": ")" + title +
           R"(", "modified": ")" + modified + R"("}]})";
}
} // namespace

TEST_CASE("import plan: files that do not read are listed with file and pointer, the rest are merged") {
    Workspace current;
    const ImportPlan plan = plan_import(current, {
        {"good.json", file_with_deal("d1", "Good", "2026-01-01")},
        {"bad.json", R"({"format": "setright", "version": 1, "deals": [{"id": "d2", "stage": "maybe"}]})"},
        {"broken.json", "{\n  \"format\": "},
    });
    CHECK(plan.files_read == std::vector<std::string>{"good.json"});
    REQUIRE(plan.problems.size() == 2);
    CHECK(plan.problems[0].rfind("bad.json: /deals/0/stage: ", 0) == 0);
    CHECK(plan.problems[1].rfind("broken.json:2:", 0) == 0);
    CHECK(plan.deals_added == 1);
    REQUIRE(plan.merged.deals.size() == 1);
    CHECK(plan.merged.deals[0].title == "Good");
    CHECK(current.deals.empty());
}

TEST_CASE("import plan: the same file twice brings nothing new, a newer copy is an update") {
    Workspace current = *import_workspace(file_with_deal("d1", "Old", "2026-01-01")).workspace;
    CHECK_FALSE(plan_import(current, {{"same.json", file_with_deal("d1", "Old", "2026-01-01")}}).anything_to_apply());
    const ImportPlan newer = plan_import(current, {{"newer.json", file_with_deal("d1", "New", "2026-02-01")}});
    CHECK(newer.anything_to_apply());
    CHECK(newer.deals_added == 0);
    CHECK(newer.merged.deals[0].title == "New");
    const ImportPlan clash = plan_import(current, {{"clash.json", file_with_deal("d1", "Other", "2026-01-01")}});
    CHECK(clash.conflicts.size() == 1);
    CHECK(clash.merged.deals[0].title == "Old");
}
