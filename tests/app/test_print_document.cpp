// What the app hands the browser to print (logic/print_document.hpp): the
// open deal's page in the UI language, or a line saying why there is none —
// never a participant's copy of a case, whose page would give its steps away.
#include "logic/print_document.hpp"

#include "logic/app_state.hpp"
#include "logic/i18n.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright;
using namespace setright::app;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

App app_with(const Deal& deal) {
    App app;
    app.workspace.deals.push_back(deal);
    app.selected_deal = deal.id;
    return app;
}

} // namespace

TEST_CASE("print document: the open deal's page in the UI language") {
    set_language(Language::Nb);
    Deal deal;
    deal.id = "d-1";
    deal.title = "CRM <for> sales";
    App app = app_with(deal);
    const std::string page = print_document(app);
    CHECK(has(page, "<h1>CRM &lt;for&gt; sales</h1>"));
    CHECK(has(page, "Vurdert per "));
    set_language(Language::En);
}

TEST_CASE("print document: no deal open, or a participant's copy of a case, prints a line saying so") {
    set_language(Language::En);
    App none;
    CHECK(print_document(none) == "<p class=\"print-empty\">Open a deal to print its verdict on one page.</p>");

    Deal copy;
    copy.id = "case-1";
    copy.title = "SMS case";
    CaseKey key;
    key.participant_copy = true;
    copy.case_key = key;
    App app = app_with(copy);
    const std::string page = print_document(app);
    CHECK(has(page, "print-empty"));
    CHECK_FALSE(has(page, "SMS case"));
}
