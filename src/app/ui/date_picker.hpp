// date_picker.hpp — the calendar beside a date field: one click opens the
// month of the date it holds (or today's), a click on a day picks it. Typing
// stays the fast way; this is for those who would rather point.
#pragma once

#include "core/model/moment.hpp"

#include <optional>
#include <string_view>

namespace setright::ui {

// The calendar button (id "<id>:calendar") and its popup: days "<id>:day:
// YYYY-MM-DD", months "<id>:previous_month" / "<id>:next_month", today
// "<id>:today". True, with `picked` set (a date without a time), when a day is chosen.
bool date_picker(std::string_view id, const std::optional<Moment>& value, Moment& picked);
// The width the calendar button takes beside its field.
float date_picker_width();

} // namespace setright::ui
