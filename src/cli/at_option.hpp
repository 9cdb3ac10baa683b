// at_option.hpp — the moment a judgement is made: --at DATE, or today (UTC).
//
// Readiness and red flags depend on when you ask: a promised answer becomes
// overdue once its date has passed. --at replays a deal at a past date.
#pragma once

#include "args.hpp"
#include "core/model/moment.hpp"

namespace setright {

// Today's date in UTC, as a date-only Moment.
Moment today_utc();

// --at parsed with parse_moment, else today_utc(). Throws UsageError on a bad date.
Moment at_option(const Args& args);

} // namespace setright
