// Import is planned before anything changes: problems with their pointers,
// new deals and updates counted, the current workspace untouched.
#include "logic/import_plan.hpp"

#include "logic/i18n.hpp"
#include "logic/merge_words.hpp"

#include "core/format/case_json.hpp"
#include "core/format/json_format.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace setright;
using namespace setright::app;

namespace {
std::string file_with_deal(const std::string& id, const std::string& title, const std::string& modified) {
    return R"({"format": "setright", "version": 1, "deals": [{"id": ")" + id + R"(", "title": ")" + title + R"(", "modified": ")" +
           modified + R"("}]})";
}
} // namespace

TEST_CASE("import plan: files that do not read are listed with file and pointer, the rest are merged") {
    Workspace current;
    const ImportPlan plan =
            plan_import(current, {
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
    CHECK(describe_import_summary(plan) == "1 file read: 0 new deals, 1 change (0 to apply, 1 yours kept), 0 conflicts.");
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
            "status": "claimed", "modified": ")" +
               modified + R"(", "evidence": [{"id": "e-a", "summary": "Docs"}, )" + evidence + R"(]}]}],
          "questions": [{"id": "q1", "text": "SAML?", "vendor": "v1", "modified": ")" +
               modified + R"(",
            "history": [{"at": "2026-01-02", "kind": "raised"}, )" +
               note + R"(]}]}]})";
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
    CHECK(added ==
          std::vector<std::string>{
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

namespace {

platform::IncomingFile incoming(const std::string& name, const std::string& text) {
    platform::IncomingFile file;
    file.name = name;
    file.text = text;
    return file;
}

platform::IncomingFile refused(const std::string& name, platform::Refusal why, uint64_t size = 0, const std::string& detail = "") {
    platform::IncomingFile file;
    file.name = name;
    file.refused = why;
    file.size = size;
    file.detail = detail;
    return file;
}

Workspace workspace_with_case(const std::string& id, const std::string& title) {
    Workspace ws;
    Deal deal;
    deal.id = id;
    deal.title = title;
    CaseKey key;
    key.steps.push_back(CaseStep{"s1", parse_moment("2019-10-16").value(), "Demo", "", {}, CaseDecision::Wait, "", Json::object()});
    deal.case_key = key;
    ws.deals.push_back(deal);
    return ws;
}

std::string answers(const std::string& who, const std::string& deal, CaseDecision decision) {
    AnswerSheet sheet;
    sheet.deal = deal;
    sheet.participant = who;
    sheet.answers.push_back(StepAnswer{"s1", {}, "", decision, Json::object()});
    return export_answer_sheet(sheet);
}

} // namespace

TEST_CASE("import plan: an answer file is previewed, never taken, and one for someone in the room says it replaces their answers") {
    set_language(Language::En);
    const Workspace ws = workspace_with_case("sms", "SMS vendor");
    Workshop w;
    AnswerSheet ana;
    ana.deal = "sms";
    ana.participant = "Ana";
    ana.answers.push_back(StepAnswer{"s1", {}, "", CaseDecision::Wait, Json::object()});
    w.rooms["sms"].push_back(ana);
    const std::string before = workshop_json(w);

    std::vector<platform::IncomingFile> files;
    files.push_back(incoming("shared-link.json", answers("Ana", "sms", CaseDecision::Sign)));
    files.push_back(incoming("bo.json", answers("Bo", "sms", CaseDecision::Wait)));
    files.push_back(incoming("elsewhere.json", answers("Cy", "nowhere", CaseDecision::Wait)));
    const ImportPlan plan = plan_incoming(ws, w, std::move(files));
    CHECK(workshop_json(w) == before);
    CHECK(plan.anything_to_apply());
    CHECK(plan.changes.empty());
    REQUIRE(plan.answers.size() == 2);
    CHECK(describe_answers(plan.answers[0]) ==
          "shared-link.json: replaces Ana's answers in the room of the case 'SMS vendor' with the ones in this file");
    CHECK(describe_answers(plan.answers[1]) == "bo.json: adds Bo's answers to the room of the case 'SMS vendor'");
    REQUIRE(plan.problems.size() == 1);
    CHECK(plan.problems[0].rfind("elsewhere.json: /deal: ", 0) == 0);
    CHECK(plan.answers_refused == plan.problems);

    Workshop taken = w;
    CHECK(take_planned_answers(taken, plan)() ==
          "Answer files: 1 added to the room, 1 replacing earlier answers, 1 not taken (Case → Room says why)");
    REQUIRE(taken.rooms["sms"].size() == 2);
    CHECK(taken.rooms["sms"][0].participant == "Ana");
    CHECK(taken.rooms["sms"][0].answers[0].decision == CaseDecision::Sign);
    CHECK(taken.refused == plan.answers_refused);
}

TEST_CASE("import plan: a case and its answers arriving together, with a workspace file beside them merging as before") {
    set_language(Language::En);
    const std::string case_file = export_workspace(workspace_with_case("new-case", "New case"));
    std::vector<platform::IncomingFile> files;
    files.push_back(incoming("answers.json", answers("Ana", "new-case", CaseDecision::Wait)));
    files.push_back(incoming("case.json", case_file));
    const ImportPlan plan = plan_incoming(Workspace{}, Workshop{}, std::move(files));
    CHECK(plan.problems.empty());
    CHECK(plan.deals_added == 1);
    REQUIRE(plan.answers.size() == 1);
    CHECK_FALSE(plan.answers[0].replaces);
    CHECK(plan.files_read == std::vector<std::string>{"case.json", "answers.json"});
}

TEST_CASE("import plan: every file or link refused unread says why in its own words, with sizes and limits") {
    set_language(Language::En);
    using platform::Refusal;
    std::vector<platform::IncomingFile> files;
    files.push_back(refused("huge.json", Refusal::FileTooLarge, 1100000000));
    files.push_back(refused("second.json", Refusal::BatchTooLarge, 40 * 1024 * 1024));
    files.push_back(refused("heavy.json", Refusal::OutOfMemory, 60 * 1024 * 1024));
    files.push_back(refused("gone.json", Refusal::ReadFailed, 0, "A requested file or directory could not be found"));
    files.push_back(refused("fifo", Refusal::NotAFile));
    files.push_back(refused("shared-link.json", Refusal::LinkTooLong, 40031));
    files.push_back(refused("shared-link.json", Refusal::LinkBadCharacter, 12, "%"));
    files.push_back(refused("shared-link.json", Refusal::LinkCutShort));
    files.push_back(refused("shared-link.json", Refusal::LinkCutShort, 0, "Compressed input was truncated."));
    files.push_back(refused("shared-link.json", Refusal::LinkTooLarge, 16 * 1024 * 1024 + 1));
    files.push_back(incoming("shared-link.json", R"({"hello": "world"})"));
    files.push_back(incoming("shared-link.json", "{\"format\": \"setright\", \"deals\": [}"));
    const ImportPlan plan = plan_import(Workspace{}, {}); // nothing
    CHECK(plan.problems.empty());
    const ImportPlan refusals = plan_incoming(Workspace{}, Workshop{}, std::move(files));
    CHECK_FALSE(refusals.anything_to_apply());
    const std::vector<std::string>& p = refusals.problems;
    REQUIRE(p.size() == 12);
    // The two that were read come first, with the import's own words.
    CHECK(p[0].rfind("shared-link.json: ", 0) == 0);
    CHECK(p[0].find("not a Setright file") != std::string::npos);
    CHECK(p[1].rfind("shared-link.json:1:", 0) == 0);
    CHECK(p[1].find("syntax error") != std::string::npos);
    CHECK(p[2] == "huge.json: the file is 1.0 GB (1,100,000,000 bytes), more than the 64 MB Setright reads from one file, so nothing in it "
                  "was read. Is it the file you meant?");
    CHECK(p[3].rfind("second.json: the file is 40 MB (41,943,040 bytes); with the files before it that is more than the 64 MB", 0) == 0);
    CHECK(p[4] == "heavy.json: not enough memory to hold this file of 60 MB (62,914,560 bytes), so nothing in it was read");
    CHECK(p[5] == "gone.json: could not read this file: A requested file or directory could not be found");
    CHECK(p[6].rfind("fifo: not a file", 0) == 0);
    CHECK(p[7].rfind("shared-link.json: this link is 40,031 characters long, more than the 33,024 a Setright link can have", 0) == 0);
    CHECK(p[8].rfind("shared-link.json: this link has been changed on the way: character 12 of its data is '%'", 0) == 0);
    CHECK(p[9].rfind("shared-link.json: this link has been cut short: its data stops part-way", 0) == 0);
    CHECK(p[10].rfind(
                  "shared-link.json: this link has been cut short or changed: its data does not unpack (Compressed input was truncated.)",
                  0) == 0);
    CHECK(p[11].rfind("shared-link.json: this link unpacks to more than 16 MB", 0) == 0);
    // In another language, the units and digit groups are that language's.
    set_language(Language::Ru);
    CHECK(describe_refusal(refused("huge.json", Refusal::FileTooLarge, 1100000000)).find("1,0 ГБ (1\u00a0100\u00a0000\u00a0000 Б)") !=
          std::string::npos);
    set_language(Language::En);
}
