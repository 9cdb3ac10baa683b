// The find index sends a long table's words once, then only what changed.
#include "logic/find_index.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using setright::app::FindIndexMirror;
using setright::app::FindTable;
using Json = nlohmann::json;

namespace {
FindTable table_of(std::vector<std::string> words) {
    static uint64_t version = 0;
    FindTable t;
    t.version = ++version;
    t.key = 7;
    t.x = 10, t.y = 100, t.w = 600, t.h = 300;
    t.rows_top = 130.4f;
    t.row_height = 24;
    t.font_size = 15.2f;
    t.words = std::move(words);
    return t;
}
std::string changes_of(FindIndexMirror& mirror, const FindTable& table) { return mirror.changes({&table}); }
} // namespace

TEST_CASE("find index: a table's words and place are sent once, then nothing while it stays the same") {
    FindIndexMirror mirror;
    const Json first = Json::parse(changes_of(mirror, table_of({"Single sign-on", "Audit log", "SCIM"})));
    const Json& t = first["tables"][0];
    CHECK(t["key"] == 7);
    CHECK(t["rect"] == Json::array({10, 100, 600, 300}));
    CHECK(t["top"] == 30);
    CHECK(t["row"] == 24);
    CHECK(t["line"] == 0); // none given: the ui side gives the row's height
    CHECK(t["font"] == 15);
    CHECK(t["scroll"] == 0);
    CHECK(t["count"] == 3);
    CHECK(t["words"] == Json::parse(R"([[0,"Single sign-on"],[1,"Audit log"],[2,"SCIM"]])"));
    CHECK(changes_of(mirror, table_of({"Single sign-on", "Audit log", "SCIM"})).empty());
}

TEST_CASE("find index: one row edited sends that row, a scroll sends the scroll, rows added send the count") {
    FindIndexMirror mirror;
    changes_of(mirror, table_of({"Single sign-on", "Audit log", "SCIM"}));
    Json edited = Json::parse(changes_of(mirror, table_of({"Single sign-on", "Audit logs", "SCIM"})));
    CHECK(edited["tables"][0] == Json::parse(R"({"key":7,"words":[[1,"Audit logs"]]})"));

    FindTable scrolled = table_of({"Single sign-on", "Audit logs", "SCIM"});
    scrolled.scroll = 48;

    CHECK(Json::parse(changes_of(mirror, scrolled))["tables"][0] == Json::parse(R"({"key":7,"scroll":48})"));
    FindTable stacked = scrolled;
    stacked.line_height = 30.4f;
    CHECK(Json::parse(changes_of(mirror, stacked))["tables"][0] == Json::parse(R"({"key":7,"line":30})"));
    stacked.line_height = 0;
    changes_of(mirror, stacked);

    FindTable longer = scrolled;
    longer.words.push_back("");
    longer.words.push_back("Data export");
    longer.version = scrolled.version + 1000;
    const Json added = Json::parse(changes_of(mirror, longer))["tables"][0];
    CHECK(added["count"] == 5);
    CHECK(added["words"] == Json::parse(R"([[4,"Data export"]])")); // the empty row is made empty by the page
}

TEST_CASE("find index: a table no longer drawn is removed, and sent whole when it comes back") {
    FindIndexMirror mirror;
    changes_of(mirror, table_of({"Single sign-on"}));
    CHECK(Json::parse(mirror.changes(std::vector<const FindTable*>{}))["remove"] == Json::array({7}));
    CHECK(mirror.changes(std::vector<const FindTable*>{}).empty());
    CHECK(Json::parse(changes_of(mirror, table_of({"Single sign-on"})))["tables"][0]["words"].size() == 1);
}
