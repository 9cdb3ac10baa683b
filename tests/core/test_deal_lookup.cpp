// test_deal_lookup.cpp — a field naming a person shows the name and stores the id.
#include "core/model/deal_lookup.hpp"

#include <doctest/doctest.h>

using namespace setright;

namespace {
Deal deal_with_people() {
    Deal deal;
    deal.people.push_back(Person{"p-it", "Ingrid Thorsen"});
    deal.people.push_back(Person{"p-cfo", "김민준"});
    return deal;
}
} // namespace

TEST_CASE("person fields: an id reads as the person's name, a name typed is stored as their id") {
    const Deal deal = deal_with_people();
    CHECK(person_name(deal, "p-it") == "Ingrid Thorsen");
    CHECK(person_reference(deal, "Ingrid Thorsen") == "p-it");
    CHECK(person_reference(deal, "김민준") == "p-cfo");
    CHECK(person_name(deal, person_reference(deal, "김민준")) == "김민준");
}

TEST_CASE("person fields: someone not in the deal stays as typed") {
    const Deal deal = deal_with_people();
    CHECK(person_reference(deal, "Legal team") == "Legal team");
    CHECK(person_name(deal, "Legal team") == "Legal team");
    CHECK(person_reference(deal, "").empty());
}
