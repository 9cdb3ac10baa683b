// korean_particles.cpp — see korean_particles.hpp.
#include "logic/korean_particles.hpp"

#include <cctype>

#include <cstdint>

namespace setright::app {
namespace {

struct Particle {
    const char* after_consonant; // after a final consonant (받침)
    const char* after_vowel;     // after a vowel, and 로 also after ㄹ
    const char* both;            // when the reading is unknown
};

constexpr Particle kParticles[] = {
        {"은", "는", "은(는)"}, {"이", "가", "이(가)"}, {"을", "를", "을(를)"}, {"과", "와", "와(과)"}, {"으로", "로", "(으)로"},
};

// What the last syllable ends in.
enum class Ending { Vowel, Consonant, Rieul, Unknown };

// The last UTF-8 code point of `text` before `end`, and where it starts.
char32_t last_code_point(std::string_view text, size_t& end) {
    size_t start = end;
    while (start > 0 && (uint8_t(text[start - 1]) & 0xC0) == 0x80) --start;
    if (start == 0) return end = 0, 0;
    --start;
    const uint8_t lead = uint8_t(text[start]);
    const size_t length = end - start;
    char32_t cp = lead < 0x80 ? lead : lead < 0xE0 ? lead & 0x1F : lead < 0xF0 ? lead & 0x0F : lead & 0x07;
    for (size_t i = 1; i < length; ++i) cp = (cp << 6) | (uint8_t(text[start + i]) & 0x3F);
    end = start;
    return cp;
}

bool closing(char32_t cp) {
    return cp == U'”' || cp == U'’' || cp == U'"' || cp == U'\'' || cp == U')' || cp == U']' || cp == U'»' || cp == U'」' || cp == U'』' ||
           cp == U'》' || cp == U'〉';
}

// A number's Korean reading ends in the last non-zero digit, or in the unit
// its trailing zeros make: 십, 백, 천, then 만, 억, 조 for each four zeros.
Ending number_ending(std::string_view digits) {
    size_t zeros = 0;
    while (zeros < digits.size() && digits[digits.size() - 1 - zeros] == '0') ++zeros;
    if (zeros == digits.size()) return Ending::Consonant; // 영
    if (zeros == 0) {
        switch (digits.back()) {
        case '1':
        case '7':
        case '8': return Ending::Rieul; // 일, 칠, 팔
        case '3':
        case '6': return Ending::Consonant; // 삼, 육
        default: return Ending::Vowel;      // 이, 사, 오, 구
        }
    }
    return zeros >= 12 ? Ending::Vowel : Ending::Consonant; // 십, 백, 천, 만, 억 end in a consonant; 조 does not
}

Ending ending_of(std::string_view text) {
    size_t end = text.size();
    char32_t cp = 0;
    do cp = last_code_point(text, end);
    while (end > 0 && closing(cp));
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
        const int final_consonant = int(cp - 0xAC00) % 28;
        return final_consonant == 0 ? Ending::Vowel : final_consonant == 8 ? Ending::Rieul : Ending::Consonant;
    }
    if (cp >= 'A' && cp <= 'Z' && (end == 0 || !std::isalpha(static_cast<unsigned char>(text[end - 1])))) {
        // A capital letter on its own ("공급사 A", "Vendor B") is read by its
        // name: 엘, 알 end in ㄹ; 엠, 엔 in a consonant; 에이, 비, 씨 … in a vowel.
        switch (cp) {
        case 'L':
        case 'R': return Ending::Rieul;
        case 'M':
        case 'N': return Ending::Consonant;
        default: return Ending::Vowel;
        }
    }
    if (cp >= '0' && cp <= '9') {
        // The whole number, digit group separators skipped ("1,000" is 천).
        std::string digits;
        size_t i = end + 1;
        while (i > 0) {
            const char c = text[i - 1];
            if (c >= '0' && c <= '9')
                digits.insert(digits.begin(), c);
            else if (c != ',')
                break;
            --i;
        }
        return number_ending(digits);
    }
    return Ending::Unknown;
}

} // namespace

std::optional<std::string> korean_particle(std::string_view before, std::string_view particle) {
    for (const Particle& p : kParticles) {
        if (particle != p.after_consonant && particle != p.after_vowel) continue;
        const bool euro = std::string_view(p.after_vowel) == "로";
        switch (ending_of(before)) {
        case Ending::Vowel: return p.after_vowel;
        case Ending::Rieul: return euro ? p.after_vowel : p.after_consonant;
        case Ending::Consonant: return p.after_consonant;
        case Ending::Unknown: return p.both;
        }
    }
    return std::nullopt;
}

} // namespace setright::app
