// Import is planned before anything changes: problems with their pointers,
// new deals and updates counted, the current workspace untouched.
#include "import_plan.hpp"

#include "i18n.hpp"
#include "merge_words.hpp"

#include "core/json_format.hpp"

#include <doctest/doctest.h>

#include <algorithm>

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

namespace {

// The changes `setright merge` prints for the same two workspaces, as "kind pointer".
std::vector<std::string> cli_lines(const Workspace& current, const std::string& file) {
    std::vector<std::string> lines;
    for (const MergeChange& c : merge_workspaces(current, *import_workspace(file).workspace).changes)
        lines.push_back(std::string(to_string(c.kind)) + " " + c.pointer);
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::vector<std::string> preview_lines(const ImportPlan& plan) {
    std::vector<std::string> lines;
    for (const auto* list : {&plan.changes, &plan.kept})
        for (const MergeChange& c : *list) lines.push_back(std::string(to_string(c.kind)) + " " + c.pointer);
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace

TEST_CASE("import plan: a colleague's edit made on a clock an hour behind is shown as kept, not as nothing new") {
    set_language(Language::En);
    // Your copy: the deal retitled at 10:00. Theirs: retitled at 10:30 on a clock reading 09:30.
    const Workspace current = *import_workspace(file_with_deal("d1", "Mine", "2026-03-02T10:00Z")).workspace;
    const std::string theirs = file_with_deal("d1", "Theirs", "2026-03-02T09:30Z");
    const ImportPlan plan = plan_import(current, {{"theirs.json", theirs}});

    // What `setright merge` reports: "1 change, 0 conflicts", the deal kept (base is newer).
    CHECK(preview_lines(plan) == cli_lines(current, theirs));
    CHECK(preview_lines(plan) == std::vector<std::string>{"kept /deals/0"});
    CHECK_FALSE(plan.anything_to_apply());
    CHECK_FALSE(plan.nothing_new());
    REQUIRE(plan.kept.size() == 1);
    CHECK(describe_change(plan.kept[0]) == "Deal d1 'Mine': yours kept, it is newer (the file differs in title)");
    CHECK(describe_import_summary(plan) == "1 files read: 0 new deals, 1 changes (0 to apply, 1 yours kept), 0 conflicts.");
    const std::string outcome = describe_import_outcome(plan);
    CHECK(outcome != tr("import.nothing_new"));
    CHECK(outcome == "Nothing to apply: the files differ from what you have, but your version is kept everywhere (listed above).");

    // The same file again: now it really holds nothing new.
    const ImportPlan same = plan_import(current, {{"mine.json", file_with_deal("d1", "Mine", "2026-03-02T10:00Z")}});
    CHECK(same.nothing_new());
    CHECK(describe_import_outcome(same) == tr("import.nothing_new"));
}

TEST_CASE("import plan: evidence and history notes added on both sides are all listed, each where it came from") {
    set_language(Language::En);
    const auto file = [](const std::string& evidence, const std::string& note, const std::string& modified) {
        return R"({"format": "setright", "version": 1, "deals": [{"id": "d1", "title": "T", "modified": "2026-01-01",
          "vendors": [{"id": "v1", "name": "Acme"}],
          "requirements": [{"id": "r1", "text": "SSO", "modified": "2026-01-01", "claims": [{"vendor": "v1",
            "status": "claimed", "modified": ")" + modified + R"(", "evidence": [{"id": "e-a", "summary": "Docs"}, )" +
               evidence + R"(]}]}],
          "questions": [{"id": "q1", "text": "SAML?", "vendor": "v1", "modified": ")" + modified + R"(",
            "history": [{"at": "2026-01-02", "kind": "raised"}, )" + note + R"(]}]}]})";
    };
    const std::string mine = file(R"({"id": "e-mine", "summary": "Call with their CTO"})",
                                  R"({"at": "2026-03-02T10:00Z", "note": "Chased"})", "2026-03-02T10:00Z");
    const std::string theirs = file(R"({"id": "e-theirs", "summary": "Reference call"})",
                                    R"({"at": "2026-03-02T11:00Z", "kind": "promised", "note": "Rep"})", "2026-03-02T09:30Z");
    const Workspace current = *import_workspace(mine).workspace;
    const ImportPlan plan = plan_import(current, {{"theirs.json", theirs}});
    CHECK(preview_lines(plan) == cli_lines(current, theirs));
    CHECK(plan.anything_to_apply());
    REQUIRE(plan.merged.deals.size() == 1);
    CHECK(plan.merged.deals[0].requirements[0].claims[0].evidence.size() == 3);
    CHECK(plan.merged.deals[0].questions[0].history.size() == 3);

    std::vector<std::string> added;
    for (const MergeChange& c : plan.changes) added.push_back(describe_change(c));
    CHECK(added == std::vector<std::string>{
                       "Evidence e-theirs 'Reference call' (Requirement r1 'SSO' › Vendor's claim v1): added: only in the imported file",
                       "History entry 2026-03-02T11:00Z promised 'Rep' (Question q1 'SAML?'): added: only in the imported file",
                   });
    std::vector<std::string> kept;
    for (const MergeChange& c : plan.kept) kept.push_back(describe_change(c));
    CHECK(std::find(kept.begin(), kept.end(),
                    "Evidence e-mine 'Call with their CTO' (Requirement r1 'SSO' › Vendor's claim v1): kept: only in your copy") !=
          kept.end());
    CHECK(describe_import_outcome(plan).empty());
}
