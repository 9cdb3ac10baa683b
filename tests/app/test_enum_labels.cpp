// Every value of every model enum has a visible name in all four languages.
#include "logic/enum_labels.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright;
using namespace setright::app;

namespace {

template <class E> void check_all_labelled(int expected_count) {
    CHECK(enum_count<E>() == expected_count);
    for (int i = 0; i < enum_count<E>(); ++i) {
        const char* key = enum_label_keys<E>()[i];
        for (Language language : {Language::En, Language::Ko, Language::Nb, Language::Ru})
            CHECK_MESSAGE(std::string(tr(key, language)) != key, "no translation for " << key);
    }
}

} // namespace

TEST_CASE("enum labels: every value of every enum has a translation") {
    check_all_labelled<Perspective>(2);
    check_all_labelled<Stage>(11);
    check_all_labelled<Side>(3);
    check_all_labelled<Priority>(3);
    check_all_labelled<ClaimStatus>(7);
    check_all_labelled<EvidenceKind>(8);
    check_all_labelled<QuestionStatus>(6);
    check_all_labelled<QuestionEventKind>(6);
    check_all_labelled<Channel>(13);
    check_all_labelled<Direction>(3);
    check_all_labelled<Severity>(3);
    check_all_labelled<CaseDecision>(3);
}

TEST_CASE("enum labels: shown in the current language") {
    set_language(Language::Ru);
    CHECK(std::string(enum_label(Stage::NoDecision)) == "Без решения");
    set_language(Language::En);
    CHECK(std::string(enum_label(ClaimStatus::AcceptedRisk)) == "Accepted risk");
    CHECK(std::string(enum_label(ClaimStatus(99))) == "?");
}
