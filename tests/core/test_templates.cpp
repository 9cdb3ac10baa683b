// The built-in templates (assets/templates/<name>.<lang>.json): every name in
// every language, the same structure as English with only the prose
// translated, embedded byte for byte, importable, and — for the two case
// studies — giving the figures and verdicts DOMAIN.md describes.
#include "core/format/embedded_file.hpp"
#include "core/format/json_format.hpp"
#include "core/judging/readiness.hpp"
#include "core/judging/red_flags.hpp"
#include "core/studies/study_stats.hpp"

#include "test_paths.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace setright;

namespace {

const std::vector<std::string> kNames = {"buyer-saas-evaluation", "rep-expectations",    "fit-check",      "meddpicc",
                                         "after-signature",       "lead-response-audit", "sms-vendor-case"};
const std::vector<std::string> kLangs = {"en", "ko", "nb", "ru"};

std::string relative_path(const std::string& name, const std::string& lang) { return "assets/templates/" + name + "." + lang + ".json"; }

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string template_text(const std::string& name, const std::string& lang) {
    return read_bytes(test::source_path(relative_path(name, lang)));
}

nlohmann::json template_json(const std::string& name, const std::string& lang) {
    return nlohmann::json::parse(template_text(name, lang), nullptr, /*allow_exceptions=*/false);
}

// Human-readable text, which each language writes in its own words. Everything
// else (ids, enums, numbers, booleans, dates, references) must be identical.
const std::set<std::string> kProseKeys = {
        "title", "text",   "category", "summary", "notes",           "role",  "name",  "terms",
        "why",   "method", "answer",   "note",    "accepted_reason", "intro", "label", "debrief"}; // the last three: a workshop case

bool is_prose(const std::string& pointer, const std::string& key) {
    if (pointer == "/template/name") return false;                               // the template's identity
    if (key == "vendor") return pointer.find("/requests/") != std::string::npos; // a study's vendor is a name, not an id
    return kProseKeys.count(key) > 0;
}

// Names of people, companies and studios may stay as they are in every language.
bool is_name(const std::string& pointer, const std::string& key) {
    return key == "name" || (key == "vendor" && pointer.find("/requests/") != std::string::npos);
}

struct ProsePair {
    std::string pointer;
    bool name = false;
    std::string english, other;
};

// Walks both trees together; reports the first structural difference.
std::string compare_structure(const nlohmann::json& en, const nlohmann::json& other, const std::string& pointer, const std::string& key,
                              std::vector<ProsePair>& prose) {
    if (en.type() != other.type()) return pointer + ": different JSON types";
    if (en.is_object()) {
        std::set<std::string> keys_en, keys_other;
        for (auto it = en.begin(); it != en.end(); ++it) keys_en.insert(it.key());
        for (auto it = other.begin(); it != other.end(); ++it) keys_other.insert(it.key());
        if (keys_en != keys_other) return pointer + ": different fields";
        for (auto it = en.begin(); it != en.end(); ++it) {
            std::string d = compare_structure(it.value(), other.at(it.key()), pointer + "/" + it.key(), it.key(), prose);
            if (!d.empty()) return d;
        }
        return {};
    }
    if (en.is_array()) {
        if (en.size() != other.size()) return pointer + ": different lengths";
        for (size_t i = 0; i < en.size(); ++i) {
            // Array elements inherit the key of the array ("notes" of a list stays prose).
            std::string d = compare_structure(en[i], other[i], pointer + "/" + std::to_string(i), key, prose);
            if (!d.empty()) return d;
        }
        return {};
    }
    if (en.is_string() && is_prose(pointer, key)) {
        prose.push_back({pointer, is_name(pointer, key), en.get<std::string>(), other.get<std::string>()});
        return {};
    }
    if (en != other) return pointer + ": " + en.dump() + " in English but " + other.dump();
    return {};
}

Deal imported_deal(const std::string& name, const std::string& lang) {
    ImportResult result = import_workspace(template_text(name, lang));
    REQUIRE_MESSAGE(result.ok(), relative_path(name, lang), " does not import");
    REQUIRE(result.workspace->deals.size() == 1);
    return result.workspace->deals.front();
}

bool has_blocker_for(const ReadinessVerdict& v, const std::string& requirement) {
    return std::any_of(v.blockers.begin(), v.blockers.end(), [&](const Blocker& b) { return b.requirement == requirement; });
}

bool has_code(const std::vector<RedFlag>& flags, const std::string& code) {
    return std::any_of(flags.begin(), flags.end(), [&](const RedFlag& f) { return f.code == code; });
}

const Requirement* requirement_with(const Deal& deal, const std::string& id) {
    for (const Requirement& r : deal.requirements)
        if (r.id == id) return &r;
    return nullptr;
}

} // namespace

TEST_CASE("templates: every name exists in en, ko, nb and ru, as a v1 workspace with one deal and its template header") {
    for (const std::string& name : kNames)
        for (const std::string& lang : kLangs) {
            CAPTURE(relative_path(name, lang));
            const std::string text = template_text(name, lang);
            REQUIRE_FALSE(text.empty());
            const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
            REQUIRE_FALSE(doc.is_discarded());
            CHECK(doc.value("format", "") == "setright");
            CHECK(doc.value("version", 0) == 1);
            REQUIRE(doc.contains("template"));
            CHECK(doc["template"].value("name", "") == name);
            CHECK_FALSE(doc["template"].value("summary", "").empty());
            REQUIRE(doc.contains("deals"));
            CHECK(doc["deals"].size() == 1);
            // Real UTF-8, not \u escapes.
            CHECK(text.find("\\u") == std::string::npos);
        }
}

TEST_CASE("templates: each translation has exactly the English structure, and its prose is really translated") {
    for (const std::string& name : kNames) {
        const nlohmann::json en = template_json(name, "en");
        REQUIRE_FALSE(en.is_discarded());
        for (const std::string lang : {"ko", "nb", "ru"}) {
            CAPTURE(relative_path(name, lang));
            const nlohmann::json other = template_json(name, lang);
            REQUIRE_FALSE(other.is_discarded());
            std::vector<ProsePair> prose;
            const std::string difference = compare_structure(en, other, "", "", prose);
            CHECK_MESSAGE(difference.empty(), difference);

            // The headline texts are always translated.
            CHECK(other["template"]["summary"] != en["template"]["summary"]);
            CHECK(other["deals"][0]["title"] != en["deals"][0]["title"]);
            CHECK(other["deals"][0]["notes"] != en["deals"][0]["notes"]);
            // Apart from names, nearly every text differs (a few words such as
            // "Data" are the same in Norwegian).
            int texts = 0, translated = 0;
            for (const ProsePair& p : prose) {
                if (p.name) continue;
                ++texts;
                if (p.english != p.other) ++translated;
            }
            CAPTURE(texts);
            CAPTURE(translated);
            CHECK(texts > 0);
            CHECK(translated * 10 >= texts * 9);
        }
    }
}

TEST_CASE("templates: the embedded copies are the files on disk, byte for byte") {
    const std::vector<EmbeddedFile>& embedded = embedded_templates();
    for (const std::string& name : kNames)
        for (const std::string& lang : kLangs) {
            const std::string path = relative_path(name, lang);
            CAPTURE(path);
            auto it = std::find_if(embedded.begin(), embedded.end(), [&](const EmbeddedFile& f) { return f.path == path; });
            REQUIRE(it != embedded.end());
            CHECK(std::string(it->bytes) == template_text(name, lang));
        }
}

TEST_CASE("templates: every template imports with no problems, and its references point at existing items") {
    for (const std::string& name : kNames)
        for (const std::string& lang : kLangs) {
            CAPTURE(relative_path(name, lang));
            ImportResult result = import_workspace(template_text(name, lang));
            for (const ImportProblem& p : result.problems) MESSAGE(format_problem(relative_path(name, lang), p));
            REQUIRE(result.ok());
            CHECK(result.problems.empty());
            REQUIRE(result.workspace->deals.size() == 1);
            const Deal& deal = result.workspace->deals.front();

            std::set<std::string> orgs = {deal.buyer.id}, vendors, people, requirements, touches, options;
            for (const Organisation& o : deal.vendors) orgs.insert(o.id), vendors.insert(o.id);
            for (const Person& p : deal.people) people.insert(p.id);
            for (const Requirement& r : deal.requirements) requirements.insert(r.id);
            for (const Touch& t : deal.timeline) touches.insert(t.id);
            for (const DecisionOption& o : deal.options) options.insert(o.id);
            auto in = [](const std::set<std::string>& ids, const std::string& id) { return id.empty() || ids.count(id) > 0; };

            CHECK(in(vendors, deal.primary_vendor));
            for (const Person& p : deal.people) CHECK(in(orgs, p.organisation));
            for (const Requirement& r : deal.requirements) {
                CHECK(r.modified.has_value());
                CHECK(in(people, r.owner));
                for (const Claim& c : r.claims) CHECK((vendors.count(c.vendor) && c.modified.has_value()));
            }
            for (const Question& q : deal.questions) {
                CHECK(in(requirements, q.requirement));
                CHECK(vendors.count(q.vendor) == 1);
                CHECK(in(touches, q.asked_in));
                CHECK(in(people, q.promised_by_whom));
                CHECK(q.modified.has_value());
                for (const QuestionEvent& e : q.history) CHECK(in(touches, e.touch));
            }
            for (const Touch& t : deal.timeline) CHECK((vendors.count(t.vendor) && people.count(t.who) && t.modified.has_value()));
            for (const FitStatement& f : deal.not_a_fit) CHECK(f.modified.has_value());
            for (const DecisionOption& o : deal.options) CHECK((in(vendors, o.vendor) && o.modified.has_value()));
            for (const ChecklistItem& i : deal.post_sale) CHECK((in(people, i.owner) && i.modified.has_value()));
            if (deal.study)
                for (const StudyRequest& r : deal.study->requests) CHECK(r.modified.has_value());
            CHECK(in(options, deal.decision.option));
        }
}

TEST_CASE("templates: the ones that ask for a choice offer \"no decision / keep what we have\"") {
    for (const std::string name : {"buyer-saas-evaluation", "rep-expectations", "fit-check", "meddpicc", "sms-vendor-case"})
        for (const std::string& lang : kLangs) {
            CAPTURE(relative_path(name, lang));
            const Deal deal = imported_deal(name, lang);
            CHECK(std::any_of(deal.options.begin(), deal.options.end(),
                              [](const DecisionOption& o) { return o.no_decision && o.vendor.empty(); }));
        }
}

TEST_CASE("templates: the rep's templates say plainly where the product does not fit") {
    for (const std::string name : {"rep-expectations", "fit-check"})
        for (const std::string& lang : kLangs) {
            CAPTURE(relative_path(name, lang));
            const Deal deal = imported_deal(name, lang);
            CHECK(deal.perspective == Perspective::Rep);
            CHECK(deal.not_a_fit.size() >= 3);
        }
    const Deal rep = imported_deal("rep-expectations", "en");
    CHECK(std::any_of(rep.requirements.begin(), rep.requirements.end(), [](const Requirement& r) {
        return std::any_of(r.claims.begin(), r.claims.end(), [](const Claim& c) { return c.status == ClaimStatus::NotSupported; });
    }));
    for (const Question& q : rep.questions) CHECK((q.promised_by.has_value() && !q.promised_by_whom.empty()));
}

TEST_CASE("templates: MEDDPICC has one category per letter, and after-signature the CLV inputs of the brief") {
    for (const std::string& lang : kLangs) {
        CAPTURE(lang);
        const Deal m = imported_deal("meddpicc", lang);
        std::set<std::string> categories;
        for (const Requirement& r : m.requirements) categories.insert(r.category);
        CHECK(categories.size() == 8);

        const Deal a = imported_deal("after-signature", lang);
        CHECK(a.stage == Stage::Live);
        REQUIRE(a.clv.has_value());
        CHECK(a.clv->period == "month");
        CHECK(a.clv->revenue_per_period == 2000);
        CHECK(a.clv->gross_margin == doctest::Approx(0.7));
        CHECK(a.clv->retention == doctest::Approx(0.97));
        CHECK(a.clv->acquisition_cost == 12000);
        CHECK(a.clv->retention_cost_per_period == 150);
        CHECK(a.clv->upsell_per_period == 100);
        CHECK(a.post_sale.size() >= 6);
    }
}

TEST_CASE("templates: the SMS vendor case at 2019-12-21 is not ready, blocked on both integrations and segmentation, with the case's red "
          "flags") {
    const Moment signing_day = *parse_moment("2019-12-21");
    const std::vector<std::pair<std::string, std::string>> segmentation_word = {
            {"en", "Segmentation"}, {"ko", "세그먼트"}, {"nb", "egmentering"}, {"ru", "егментац"}};
    for (const auto& lang_word : segmentation_word) {
        const std::string& lang = lang_word.first;
        const std::string& word = lang_word.second;
        CAPTURE(lang);
        const Deal deal = imported_deal("sms-vendor-case", lang);
        CHECK(deal.stage == Stage::Signed);
        CHECK(deal.primary_vendor == "v-sms");
        CHECK(deal.buyer.name == "BattlBox");

        // The requirement texts keep the product names in every language.
        const Requirement* recharge = requirement_with(deal, "r-recharge");
        const Requirement* gorgias = requirement_with(deal, "r-gorgias");
        const Requirement* segment = requirement_with(deal, "r-segment");
        REQUIRE(recharge);
        REQUIRE(gorgias);
        REQUIRE(segment);
        CHECK(recharge->text.find("Recharge") != std::string::npos);
        CHECK(gorgias->text.find("Gorgias") != std::string::npos);
        CHECK(segment->text.find(word) != std::string::npos);

        const ReadinessVerdict verdict = assess_readiness(deal, signing_day);
        CHECK_FALSE(verdict.ready);
        CHECK(verdict.vendor == "v-sms");
        CHECK(has_blocker_for(verdict, "r-recharge"));
        CHECK(has_blocker_for(verdict, "r-gorgias"));
        CHECK(has_blocker_for(verdict, "r-segment"));
        // "Let me find out and get back to you" by 2019-10-23: still not answered.
        CHECK(std::any_of(verdict.blockers.begin(), verdict.blockers.end(), [](const Blocker& b) {
            return b.kind == BlockerKind::PromisedAnswerOverdue && b.subject == Subject::question("q-recharge");
        }));

        const std::vector<RedFlag> flags = find_red_flags(deal, signing_day);
        CHECK(has_code(flags, "question_tabled_again"));
        CHECK(has_code(flags, "reference_does_not_answer"));
        CHECK(has_code(flags, "offer_expiring_unverified"));
        CHECK(has_code(flags, "vendor_contact_turnover"));
    }
}

TEST_CASE("templates: the lead-response audit reproduces the study's figures") {
    for (const std::string& lang : kLangs) {
        CAPTURE(lang);
        const Deal deal = imported_deal("lead-response-audit", lang);
        CHECK(deal.currency == "RUB");
        REQUIRE(deal.study.has_value());
        CHECK_FALSE(deal.study->method.empty());
        const StudyStats s = compute_study_stats(*deal.study);
        CHECK(s.requests == 28);
        CHECK(s.share_email == doctest::Approx(16.0 / 28));
        CHECK(s.share_phone == doctest::Approx(3.0 / 28));
        CHECK(s.share_never == doctest::Approx(9.0 / 28));
        CHECK(s.prices == 19);
        REQUIRE(s.price_median.has_value());
        REQUIRE(s.price_mean.has_value());
        CHECK(*s.price_median == 400000);
        CHECK(*s.price_mean >= 450000);
        CHECK(*s.price_mean <= 550000);
        // About two days to a first reply.
        REQUIRE(s.response_hours_mean.has_value());
        CHECK(*s.response_hours_mean >= 36);
        CHECK(*s.response_hours_mean <= 60);
        CHECK(s.share_followed_up > 0);
        // 68% of the studios had a contact form.
        const auto forms = std::count_if(deal.study->requests.begin(), deal.study->requests.end(),
                                         [](const StudyRequest& r) { return r.channel == Channel::Form; });
        CHECK(forms == 19);
    }
}
