// Korean particles agree with the syllable before them (받침 or not), and
// fall back to both forms where the reading is unknown.
#include "logic/korean_particles.hpp"

#include <doctest/doctest.h>

using setright::app::korean_particle;

namespace {
std::string after(const char* before, const char* particle) { return korean_particle(before, particle).value_or("<none>"); }
} // namespace

TEST_CASE("korean particles: a final consonant takes 은, 이, 을, 과, 으로; a vowel 는, 가, 를, 와, 로") {
    CHECK(after("공급사", "은") == "는"); // 사: no final consonant
    CHECK(after("공급사", "이") == "가");
    CHECK(after("공급사", "을") == "를");
    CHECK(after("공급사", "과") == "와");
    CHECK(after("공급사", "으로") == "로");
    CHECK(after("계약", "는") == "은"); // 약: ㄱ, asked by either form
    CHECK(after("계약", "가") == "이");
    CHECK(after("계약", "를") == "을");
    CHECK(after("계약", "와") == "과");
    CHECK(after("계약", "로") == "으로");
}

TEST_CASE("korean particles: a final ㄹ takes 로, but 은, 이, 을, 과 like any consonant") {
    CHECK(after("서울", "으로") == "로");
    CHECK(after("서울", "은") == "은");
    CHECK(after("서울", "이") == "이");
    CHECK(after("서울", "과") == "과");
}

TEST_CASE("korean particles: closing quotes and brackets are looked through") {
    CHECK(after("“계약”", "은") == "은");
    CHECK(after("“공급사”", "은") == "는");
    CHECK(after("(서울)", "으로") == "로");
}

TEST_CASE("korean particles: numbers by their Korean reading") {
    CHECK(after("1", "이") == "이");          // 일
    CHECK(after("2", "이") == "가");          // 이
    CHECK(after("3", "은") == "은");          // 삼
    CHECK(after("5", "을") == "를");          // 오
    CHECK(after("7", "으로") == "로");        // 칠
    CHECK(after("6", "으로") == "으로");      // 육
    CHECK(after("10", "이") == "이");         // 십
    CHECK(after("20", "와") == "과");         // 이십
    CHECK(after("100", "는") == "은");        // 백
    CHECK(after("1,000", "가") == "이");      // 천
    CHECK(after("10000", "를") == "을");      // 만
    CHECK(after("0", "이") == "이");          // 영
    CHECK(after("2019-10-16", "은") == "은"); // 십육
}

TEST_CASE("korean particles: after Latin letters, other scripts or nothing both forms are written") {
    CHECK(after("Acme", "은") == "은(는)");
    CHECK(after("Vendor", "이") == "이(가)");
    CHECK(after("Acme", "를") == "을(를)");
    CHECK(after("Acme", "과") == "와(과)");
    CHECK(after("Acme", "로") == "(으)로");
    CHECK(after("Поставщик", "은") == "은(는)");
    CHECK(after("", "은") == "은(는)");
}

TEST_CASE("korean particles: a capital letter on its own is read by its name") {
    CHECK(after("공급사 A", "과") == "와");   // 에이
    CHECK(after("Vendor B", "이") == "가");   // 비
    CHECK(after("공급사 L", "으로") == "로"); // 엘: ㄹ
    CHECK(after("공급사 R", "은") == "은");   // 알
    CHECK(after("공급사 M", "을") == "을");   // 엠
    CHECK(after("플랜 N", "과") == "과");     // 엔
    CHECK(after("(A)", "는") == "는");
    CHECK(after("SaaS", "은") == "은(는)"); // a word, not a letter: its reading is not known
}

TEST_CASE("korean particles: other words are not particles") {
    CHECK_FALSE(korean_particle("계약", "의").has_value());
    CHECK_FALSE(korean_particle("계약", "x").has_value());
    CHECK_FALSE(korean_particle("계약", "").has_value());
}
