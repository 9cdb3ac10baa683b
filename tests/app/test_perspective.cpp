// A deal shows the tabs and words of its perspective and of what it holds;
// its vendors are offered as decisions; a link's deal is summarised before it
// is added; hidden notes are remembered as a list of deal ids.
#include "logic/deal_tabs.hpp"
#include "logic/decision_choices.hpp"
#include "logic/hidden_notes.hpp"
#include "logic/i18n.hpp"
#include "logic/import_plan.hpp"
#include "logic/shared_deal.hpp"

#include "core/format/json_format.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

namespace {
Deal buyer_deal() {
    Deal d;
    d.id = "d1";
    d.title = "CRM";
    d.perspective = Perspective::Buyer;
    d.vendors = {{"v1", "Acme", nullptr}, {"v2", "Globex", nullptr}};
    return d;
}
} // namespace

TEST_CASE("tabs: a buyer's deal keeps CLV, Study and Case under More until it holds them") {
    Deal d = buyer_deal();
    for (const char* tab : {"tab_overview", "tab_requirements", "tab_questions", "tab_timeline", "tab_vendors", "tab_fit_decision"})
        CHECK(tab_place(d, tab) == TabPlace::Row);
    CHECK(tab_place(d, "tab_relationship") == TabPlace::More);
    CHECK(tab_place(d, "tab_study") == TabPlace::More);
    CHECK(tab_place(d, "tab_case") == TabPlace::More);
    d.post_sale.push_back({"ps-1", "Kick-off", false, "", std::nullopt, std::nullopt, nullptr});
    CHECK(tab_place(d, "tab_relationship") == TabPlace::Row); // holding data: never hidden
    d.study = Study{};
    d.case_key = CaseKey{};
    CHECK(tab_place(d, "tab_study") == TabPlace::Row);
    CHECK(tab_place(d, "tab_case") == TabPlace::Row);
}

TEST_CASE("tabs: a rep's deal shows the relationship tab, and words follow the perspective") {
    Deal d = buyer_deal();
    CHECK(std::string(seen_by(d, "fit.not_a_fit", "fit.buyer_not_a_fit")) == "fit.buyer_not_a_fit");
    d.perspective = Perspective::Rep;
    CHECK(tab_place(d, "tab_relationship") == TabPlace::Row);
    CHECK(tab_place(d, "tab_study") == TabPlace::More);
    CHECK(std::string(seen_by(d, "fit.not_a_fit", "fit.buyer_not_a_fit")) == "fit.not_a_fit");
}

TEST_CASE("decision: vendors no option names are offered, and choosing one adds its option once") {
    Deal d = buyer_deal();
    DecisionOption keep;
    keep.id = "opt-1";
    keep.title = "Keep the spreadsheet";
    keep.no_decision = true;
    DecisionOption acme;
    acme.id = "opt-2";
    acme.title = "Acme, 3 years";
    acme.vendor = "v1";
    d.options = {keep, acme};

    std::vector<DecisionChoice> choices = decision_choices(d);
    REQUIRE(choices.size() == 3); // both options, and Globex: Acme already has its option
    CHECK(choices[0].key() == "opt-1");
    CHECK(choices[1].key() == "opt-2");
    CHECK(choices[2].key() == "vendor:v2");
    CHECK(choices[2].label == "Globex");

    const Moment now = *parse_moment("2026-03-01T10:00");
    const std::string chosen = choose_decision(d, choices[2], now);
    REQUIRE(d.options.size() == 3);
    CHECK(d.options.back().id == chosen);
    CHECK(d.options.back().vendor == "v2");
    CHECK(d.options.back().title == "Globex");
    CHECK(d.decision.option == chosen);
    CHECK(d.modified == now);
    // Now named by an option, the vendor is offered once, as that option.
    choices = decision_choices(d);
    CHECK(choices.size() == 3);
    CHECK(choices[2].key() == chosen);
    // An existing option is chosen without adding anything.
    choose_decision(d, choices[0], now);
    CHECK(d.options.size() == 3);
    CHECK(d.decision.option == "opt-1");
}

TEST_CASE("decision: a file written before vendors were offered reads and writes the same") {
    const std::string file = R"({"format": "setright", "version": 1, "deals": [{"id": "d1", "title": "CRM", "perspective": "buyer",
        "vendors": [{"id": "v1", "name": "Acme"}], "options": [{"id": "opt-1", "title": "Acme", "vendor": "v1"}],
        "decision": {"option": "opt-1"}}]})";
    ImportResult read = import_workspace(file);
    REQUIRE(read.ok());
    const Deal& d = read.workspace->deals[0];
    CHECK(decision_choices(d).size() == 1);
    ImportResult again = import_workspace(export_workspace(*read.workspace));
    REQUIRE(again.ok());
    CHECK(export_workspace(*again.workspace) == export_workspace(*read.workspace));
}

TEST_CASE("shared link: one deal is summarised in the recipient's language, and a deal they have is to compare") {
    Deal d = buyer_deal();
    d.notes = "Ask for the SOC 2 report first.";
    Requirement must;
    must.id = "r1";
    must.priority = Priority::Must;
    Requirement nice;
    nice.id = "r2";
    nice.priority = Priority::Nice;
    d.requirements = {must, nice};
    Question open, promised, answered;
    open.id = "q1";
    promised.id = "q2";
    promised.status = QuestionStatus::Promised;
    answered.id = "q3";
    answered.status = QuestionStatus::Answered;
    d.questions = {open, promised, answered};
    Workspace sent;
    sent.deals = {d};
    const std::string text = export_workspace(sent);

    Workspace mine;
    std::optional<SharedDeal> shared = shared_deal_in(text, mine);
    REQUIRE(shared);
    CHECK(shared->title == "CRM");
    CHECK(shared->notes == "Ask for the SOC 2 report first.");
    CHECK(shared->musts == 1);
    CHECK(shared->open_questions == 2);
    CHECK_FALSE(shared->already_have);
    set_language(Language::En);
    CHECK(describe_shared_counts(*shared) == "2 requirements (1 must-have) · 2 vendors · 2 open questions");
    CHECK(describe_shared_perspective(*shared) == "Seen by the buyer");
    set_language(Language::Nb);
    CHECK(describe_shared_counts(*shared) == "2 krav (1 må-ha-krav) · 2 leverandører · 2 åpne spørsmål");
    set_language(Language::En);

    mine.deals = {d};
    CHECK(shared_deal_in(text, mine)->already_have);
    sent.deals.push_back(d);
    sent.deals.back().id = "d2";
    CHECK_FALSE(shared_deal_in(export_workspace(sent), mine)); // two deals: the ordinary preview
    CHECK_FALSE(shared_deal_in("{", mine));
}

TEST_CASE("shared link: the plan of a link holding one deal carries its summary, a dropped file does not") {
    Deal d = buyer_deal();
    Workspace sent;
    sent.deals = {d};
    platform::IncomingFile link{platform::kSharedLinkName, export_workspace(sent), platform::Refusal::None, 0, {}};
    const ImportPlan plan = plan_incoming(Workspace{}, Workshop{}, {link});
    REQUIRE(plan.shared);
    CHECK(plan.shared->title == "CRM");
    CHECK(plan.deals_added == 1);
    platform::IncomingFile dropped{"crm.json", export_workspace(sent), platform::Refusal::None, 0, {}};
    CHECK_FALSE(plan_incoming(Workspace{}, Workshop{}, {dropped}).shared);
}

TEST_CASE("hidden notes: stored as a JSON array of deal ids, and anything else reads as none hidden") {
    const std::set<std::string> ids{"d1", "deal \"two\"\n"};
    CHECK(unpack_hidden_notes(pack_hidden_notes(ids)) == ids);
    CHECK(unpack_hidden_notes("").empty());
    CHECK(unpack_hidden_notes("{\"d1\": true}").empty());
    CHECK(unpack_hidden_notes("[\"d1\", 3]") == std::set<std::string>{"d1"});
}
