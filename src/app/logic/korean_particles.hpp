// korean_particles.hpp — Korean particles that agree with the word before them.
//
// A Korean particle has two forms, chosen by whether the syllable before it
// ends in a consonant (받침): 은/는, 이/가, 을/를, 과/와, 으로/로 (and ㄹ takes
// 로). Names and numbers are filled into sentences, so the form can only be
// chosen once the text is known.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace setright::app {

// The form of `particle` (either of its forms: "은" or "는", ..., "으로" or "로")
// that follows `before`, the text written so far; nullopt when `particle` is
// not one of the five. Closing quotes and brackets at the end of `before` are
// looked through ("“계약”" ends in 약). Digits are read the Korean way (1 일,
// 2 이, 10 십, 100 백, 10000 만), so 1 takes 이 and 2 takes 가. After anything
// else (Latin letters, whose reading we cannot know; nothing at all) both forms
// are written, as Korean writers do: 은(는), 이(가), 을(를), 와(과), (으)로.
std::optional<std::string> korean_particle(std::string_view before, std::string_view particle);

} // namespace setright::app
