// A 10 MB workspace imports quickly and exactly: guards against quadratic
// duplicate or reference checks creeping into json_read.cpp.
#include "core/format/json_format.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <string>

using namespace setright;

namespace {

Workspace large_workspace(size_t& requirement_count) {
    Workspace ws;
    requirement_count = 0;
    for (int d = 0; d < 20; ++d) {
        Deal deal;
        deal.id = "deal-" + std::to_string(d);
        deal.title = "Deal number " + std::to_string(d);
        for (int v = 0; v < 5; ++v) deal.vendors.push_back({"v" + std::to_string(v), "Vendor " + std::to_string(v), Json::object()});
        deal.primary_vendor = "v0";
        for (int r = 0; r < 600; ++r) {
            Requirement req;
            req.id = "r" + std::to_string(r);
            req.text = "Requirement " + std::to_string(r) + " must integrate with the subscription platform";
            req.priority = static_cast<Priority>(r % 3);
            req.weight = 1 + r % 5;
            req.modified = make_date(2019, 10, 1 + r % 28);
            Claim claim;
            claim.vendor = "v" + std::to_string(r % 5);
            claim.status = static_cast<ClaimStatus>(r % 7);
            claim.evidence.push_back({"e" + std::to_string(r), EvidenceKind::Email, "mail from the rep", "rep", make_date(2019, 10, 16),
                                      r % 2 == 0, Json::object()});
            req.claims.push_back(claim);
            deal.requirements.push_back(req);
            ++requirement_count;

            Question q;
            q.id = "q" + std::to_string(r);
            q.text = "Does requirement " + std::to_string(r) + " really work?";
            q.requirement = req.id;
            q.vendor = claim.vendor;
            q.asked_at = make_date(2019, 10, 16);
            deal.questions.push_back(q);
        }
        ws.deals.push_back(deal);
    }
    return ws;
}

} // namespace

TEST_CASE("json large: a 10 MB workspace imports in well under a second natively") {
    size_t requirement_count = 0;
    const std::string text = export_workspace(large_workspace(requirement_count));
    MESSAGE("file size: " << text.size() << " bytes");
    CHECK(text.size() > 10'000'000);

    const auto start = std::chrono::steady_clock::now();
    ImportResult r = import_workspace(text);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    MESSAGE("import took " << seconds << " s");

    REQUIRE(r.ok());
    size_t imported = 0;
    for (const Deal& d : r.workspace->deals) imported += d.requirements.size();
    CHECK(imported == requirement_count);
    CHECK(r.workspace->deals[19].questions[599].requirement == "r599");
    // A generous ceiling (wasm under node and unoptimised builds are slower);
    // a quadratic check would take minutes here.
    CHECK(seconds < 10.0);

    // One duplicate deep inside is still found, with its pointer, and the
    // question that pointed to the renamed requirement now dangles.
    std::string broken = text;
    const std::string last = "\"id\": \"r599\"";
    const size_t at = broken.rfind(last);
    REQUIRE(at != std::string::npos);
    broken.replace(at, last.size(), "\"id\": \"r598\"");
    ImportResult b = import_workspace(broken);
    REQUIRE_FALSE(b.ok());
    REQUIRE(b.problems.size() == 2);
    CHECK(b.problems[0].pointer == "/deals/19/requirements/599/id");
    CHECK(b.problems[0].message == "duplicate id 'r598' (first at /deals/19/requirements/598)");
    CHECK(b.problems[1].pointer == "/deals/19/questions/599/requirement");
}
