// at_option.cpp — see at_option.hpp.
#include "at_option.hpp"

#include "cli_errors.hpp"

#include <ctime>

namespace setright {

Moment today_utc() {
    std::time_t now = std::time(nullptr);
    int64_t days = static_cast<int64_t>(now) / 86400; // time_t is seconds since 1970 UTC on POSIX
    Moment m;
    m.minutes = days * 24 * 60;
    return m;
}

Moment at_option(const Args& args) {
    if (!args.has("at")) return today_utc();
    std::string text = args.value("at");
    std::optional<Moment> at = parse_moment(text);
    if (!at) throw UsageError("bad --at date '" + text + "' (expected YYYY-MM-DD or YYYY-MM-DDTHH:MMZ)", args.command);
    return *at;
}

} // namespace setright
