// What the deals list does: fresh ids, templates, duplicates.
#include "logic/deal_actions.hpp"

#include "core/format/template_catalog.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

TEST_CASE("deal actions: ids are the first free deal-N") {
    Workspace ws;
    CHECK(unused_deal_id(ws) == "deal-1");
    ws.deals.resize(2);
    ws.deals[0].id = "deal-3";
    ws.deals[1].id = "deal-4";
    CHECK(unused_deal_id(ws) == "deal-5");
    ws.deals[1].id = "x";
    CHECK(unused_deal_id(ws) == "deal-4");
}

TEST_CASE("deal actions: every built-in template in every language makes a deal with a fresh id") {
    Workspace ws;
    const Moment now = make_date(2026, 11, 23);
    int made = 0;
    for (const TemplateEntry& entry : template_catalog()) {
        for (const TemplateFile& file : entry.files) {
            INFO(entry.name << "." << file.language);
            std::optional<Deal> deal = deal_from_template(file.bytes, ws, now);
            REQUIRE(deal.has_value());
            CHECK(deal->id == unused_deal_id(ws));
            CHECK(deal->created == now);
            ws.deals.push_back(*deal);
            ++made;
        }
    }
    CHECK(made == 28);
    CHECK_FALSE(deal_from_template("{\"format\": \"setright\"", ws, now).has_value());
}

TEST_CASE("deal actions: a duplicate is independent and not archived") {
    Workspace ws;
    Deal deal;
    deal.id = "deal-1";
    deal.archived = true;
    deal.requirements.resize(3);
    ws.deals.push_back(deal);
    Deal copy = duplicate_deal(ws.deals[0], ws, "Copy", make_date(2026, 1, 1));
    CHECK(copy.id == "deal-2");
    CHECK(copy.title == "Copy");
    CHECK_FALSE(copy.archived);
    CHECK(copy.requirements.size() == 3);
    CHECK(find_deal(ws, "deal-1") == 0);
    CHECK(find_deal(ws, "deal-2") == -1);
}
