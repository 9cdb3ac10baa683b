// The merge preview speaks the user's language: every kind of item and every
// reason the core can report has a sentence in all four languages.
#include "logic/merge_words.hpp"

#include "logic/i18n.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright;
using namespace setright::app;

TEST_CASE("merge words: every item type the merge reports is translated in every language") {
    for (const char* type :
         {"deal", "requirement", "claim", "evidence", "question", "history_entry", "touch", "vendor", "person", "fit_statement",
          "decision_option", "checklist_item", "study_request", "case_sign", "case_step", "top_level_field"}) {
        const std::string key = std::string("merge.type.") + type;
        for (Language language : {Language::En, Language::Ko, Language::Nb, Language::Ru})
            CHECK_MESSAGE(std::string(tr(key.c_str(), language)) != key, key);
    }
}

TEST_CASE("merge words: a change and a conflict as sentences, with the fields that differ") {
    MergeChange change;
    change.reason = ChangeReason::BaseNewer;
    change.about = MergeSubject{"requirement", "r4 'Gorgias integration'", {"text", "weight"}, {}};
    set_language(Language::En);
    CHECK(describe_change(change) == "Requirement r4 'Gorgias integration': yours kept, it is newer (the file differs in text, weight)");
    set_language(Language::Ru);
    CHECK(describe_change(change) ==
          "Требование r4 'Gorgias integration': оставлена ваша версия, она новее (в файле отличается: text, weight)");

    MergeConflict conflict;
    conflict.reason = ConflictReason::SameModified;
    conflict.about = MergeSubject{"claim", "v1", {"status"}, {}};
    set_language(Language::Ko);
    CHECK(describe_conflict(conflict) == "공급업체 주장 v1: 양쪽에서 같은 시각에 변경됨 (status). 내 버전을 유지함");

    conflict.base = Json{{"vendor", "v1"}, {"status", "claimed"}};
    conflict.incoming = Json{{"vendor", "v1"}, {"status", "verified"}, {"note", std::string(100, 'x')}};
    set_language(Language::En);
    CHECK(describe_conflict_field(conflict, "status") == "status: yours 'claimed', in the file 'verified'");
    CHECK(describe_conflict_field(conflict, "note") == "note: yours —, in the file '" + std::string(59, 'x') + "…");
    conflict.about.item_type = "top_level_field";
    conflict.base = Json(3);
    conflict.incoming = Json::array({1, 2});
    CHECK(describe_conflict_field(conflict, "workshop") == "workshop: yours 3, in the file [1,2]");

    change.reason = ChangeReason::OnlyInIncoming;
    change.about = MergeSubject{"deal", "sms 'SMS marketing tool'", {}, {}};
    set_language(Language::Nb);
    CHECK(describe_change(change) == "Avtale sms 'SMS marketing tool': lagt til: bare i den importerte filen");
    set_language(Language::En);
}
