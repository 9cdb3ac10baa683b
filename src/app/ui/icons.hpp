// icons.hpp — the icons Setright draws, from Font Awesome 4.7 (Debian's
// fonts-font-awesome), merged into the text font so an icon sits in a label
// like a letter. The font is cut down to exactly these code points
// (src/app/CMakeLists.txt, `icon_unicodes`): add one in both places; the
// languages browser test's missingGlyphs() check catches one missed.
#pragma once

namespace setright::ui::icon {

inline constexpr const char* kBars = "\xef\x83\x89";          // U+F0C9: the deals list
inline constexpr const char* kChevronLeft = "\xef\x81\x93";   // U+F053: back
inline constexpr const char* kSun = "\xef\x86\x85";           // U+F185: light theme
inline constexpr const char* kMoon = "\xef\x86\x86";          // U+F186: dark theme
inline constexpr const char* kAdjust = "\xef\x81\x82";        // U+F042: the system's theme
inline constexpr const char* kPlus = "\xef\x81\xa7";          // U+F067: new
inline constexpr const char* kFile = "\xef\x85\x9c";          // U+F15C: from a template
inline constexpr const char* kCheck = "\xef\x80\x8c";         // U+F00C: ready, verified
inline constexpr const char* kTimes = "\xef\x80\x8d";         // U+F00D: not ready
inline constexpr const char* kWarning = "\xef\x81\xb1";       // U+F071: a warning
inline constexpr const char* kInfo = "\xef\x81\x9a";          // U+F05A: nothing to judge yet
inline constexpr const char* kShoppingCart = "\xef\x81\xba";  // U+F07A: a buyer
inline constexpr const char* kBriefcase = "\xef\x82\xb1";     // U+F0B1: a rep
inline constexpr const char* kGraduationCap = "\xef\x86\x9d"; // U+F19D: a trainer
inline constexpr const char* kEye = "\xef\x81\xae";           // U+F06E: a sample to look around in
inline constexpr const char* kGlobe = "\xef\x82\xac";         // U+F0AC: language
inline constexpr const char* kFolderOpen = "\xef\x81\xbc";    // U+F07C: file
inline constexpr const char* kCalendar = "\xef\x81\xb3";      // U+F073: pick a date
inline constexpr const char* kChevronRight = "\xef\x81\x94";  // U+F054: forward

} // namespace setright::ui::icon
