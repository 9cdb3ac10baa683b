// The follow-up draft to one vendor (follow_up.hpp): the questions waiting on
// it, overdue first, with who promised what by when; its must-haves only
// claimed; names, never ids; and the mailto: link that carries it.
#include "core/reports/follow_up.hpp"
#include "core/words/words.hpp"

#include "named_deal_fixture.hpp"

#include <doctest/doctest.h>

using namespace setright;
using setright::test::check_no_ids_or_codes;
using setright::test::has;
using setright::test::named_at;
using setright::test::named_workspace;

TEST_CASE("follow-up: the judged vendor's draft lists the overdue promise and the must-have only claimed, by name") {
    const Deal deal = named_workspace().deals[0];
    const FollowUpDraft draft = follow_up_draft(deal, "v-1", named_at(), Words());
    CHECK(draft.subject == "CRM for the sales team: open questions for Acme CRM");
    CHECK(draft.recipient.empty());
    CHECK(draft.open_questions == 1);
    CHECK(draft.overdue_questions == 1);
    CHECK(draft.claimed_must_haves == 1);
    CHECK(draft.body ==
          "Hello,\n\n"
          "Following up on “CRM for the sales team”: this is what we are still waiting for from Acme CRM as of 2024-03-20.\n\n"
          "Questions still waiting for an answer:\n"
          "- OVERDUE “Does Okta sync groups both ways?”: Dana Rep promised an answer by 2024-03-10, 10 days ago.\n\n"
          "Must-haves so far only claimed; please send something that shows each (a demo, a document, a reference "
          "customer or a test account):\n"
          "- Single sign-on with Okta\n\n"
          "Thank you.\n");
    check_no_ids_or_codes(draft.subject + draft.body);
}

TEST_CASE("follow-up: before the deadline the promise is not overdue, and overdue questions come first") {
    Deal deal = named_workspace().deals[0];
    Question later = deal.questions[0];
    later.id = "q-2";
    later.text = "Is there an EU data centre?";
    later.status = QuestionStatus::Open;
    later.promised_by.reset();
    later.promised_by_whom.clear();
    deal.questions.insert(deal.questions.begin(), later);

    const FollowUpDraft early = follow_up_draft(deal, "v-1", parse_moment("2024-03-05").value(), Words());
    CHECK(early.overdue_questions == 0);
    CHECK(has(early.body, "- “Is there an EU data centre?”: asked on 2024-03-01, no answer yet.\n"
                          "- “Does Okta sync groups both ways?”: Dana Rep promised an answer by 2024-03-10.\n"));

    const FollowUpDraft late = follow_up_draft(deal, "v-1", named_at(), Words());
    CHECK(has(late.body, "- OVERDUE “Does Okta sync groups both ways?”: Dana Rep promised an answer by 2024-03-10, 10 days ago.\n"
                         "- “Is there an EU data centre?”: asked on 2024-03-01, no answer yet.\n"));
}

TEST_CASE("follow-up: a vendor with nothing open gets a draft that says so") {
    const Deal deal = named_workspace().deals[0];
    // Bolt Systems was asked nothing and claims nothing (its must-have is not supported).
    const FollowUpDraft draft = follow_up_draft(deal, "v-2", named_at(), Words());
    CHECK(draft.open_questions == 0);
    CHECK(draft.claimed_must_haves == 0);
    CHECK(has(draft.body, "Nothing is waiting"));
    CHECK(!has(draft.body, "Questions still waiting"));
}

TEST_CASE("follow-up: a verified claim no evidence answers counts as only claimed, an answered question is not chased") {
    Deal deal = named_workspace().deals[0];
    deal.requirements[0].claims[0].status = ClaimStatus::Verified; // no evidence
    deal.questions[0].status = QuestionStatus::Answered;
    deal.questions[0].answered_at = parse_moment("2024-03-12");
    const FollowUpDraft draft = follow_up_draft(deal, "v-1", named_at(), Words());
    CHECK(draft.open_questions == 0);
    CHECK(draft.claimed_must_haves == 1);
    CHECK(has(draft.body, "- Single sign-on with Okta\n"));
}

TEST_CASE("follow-up: a line break in a question stays inside its bullet") {
    Deal deal = named_workspace().deals[0];
    deal.questions[0].text = "Two\nlines\x1b[2J";
    const FollowUpDraft draft = follow_up_draft(deal, "v-1", named_at(), Words());
    CHECK(has(draft.body, "“Two lines\xEF\xBF\xBD[2J”"));
}

TEST_CASE("follow-up: the mailto link percent-encodes UTF-8 and writes line breaks as CRLF") {
    CHECK(mailto_url("", "Hi there", "a\nb") == "mailto:?subject=Hi%20there&body=a%0D%0Ab");
    CHECK(mailto_url("dana@acme.example", "x", "") == "mailto:dana@acme.example?subject=x&body=");
    CHECK(mailto_url("", "“Ø&?=#", "r\r\nn") == "mailto:?subject=%E2%80%9C%C3%98%26%3F%3D%23&body=r%0D%0An");
    CHECK(mailto_url("", "한", "~-._") == "mailto:?subject=%ED%95%9C&body=~-._");
}
