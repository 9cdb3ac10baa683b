// date_input.hpp — dates read as people type them. A typed date that does
// not read is kept and shown as such, never silently replaced (editors.cpp).
#pragma once

#include "logic/i18n.hpp"

#include "core/model/moment.hpp"

#include <optional>
#include <string>

namespace setright::app {

// Reads a typed date, in any language:
//   ISO                    2026-12-15
//   year first             2026/12/15, 2026. 12. 15., 2026.12.15
//   Korean                 2026년 12월 15일
//   a month's name         15 Dec 2026, 15 December 2026, Dec 15, 2026,
//                          15. des. 2026, 15 desember 2026, 15 дек. 2026,
//                          15 декабря 2026 г. (English, Norwegian and Russian
//                          names and abbreviations, any case)
// and in nb and ru also day first, 15.12.2026 and 15/12/2026 (an English
// 12/11/2026 could be either month, so it is not read). What format_date
// writes in a language reads back as the same day. Years have four digits;
// days that do not exist (31 Feb) are refused.
std::optional<Moment> parse_user_date(const std::string& text, Language language);

// What a date field says under text it could not read: the text and two
// forms that work: the day of `example` written in `language` and in ISO.
std::string unread_date_message(const std::string& text, const Moment& example, Language language);

} // namespace setright::app
