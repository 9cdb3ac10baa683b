// export_reminder.cpp — see export_reminder.hpp.
#include "logic/export_reminder.hpp"

#include "logic/format.hpp"
#include "logic/i18n.hpp"

#include <nlohmann/json.hpp>

namespace setright::app {

namespace {

constexpr int64_t kChangeWriteEveryMs = 60 * 1000;

void put(nlohmann::json& out, const char* name, const std::optional<int64_t>& ms) {
    if (ms) out[name] = *ms;
}

std::optional<int64_t> get(const nlohmann::json& in, const char* name) {
    const auto found = in.find(name);
    if (found == in.end() || !found->is_number_integer()) return std::nullopt;
    return found->get<int64_t>();
}

// The UTC day of `ms`, as every date Setright shows.
std::string day_of(int64_t ms) {
    constexpr int64_t kDayMs = 24 * 60 * 60 * 1000;
    const int64_t day = ms / kDayMs - (ms % kDayMs < 0 ? 1 : 0);
    return format_date(Moment{day * 24 * 60, false});
}

} // namespace

std::string pack_export_record(const ExportRecord& r) {
    nlohmann::json out = nlohmann::json::object();
    put(out, "exported", r.exported_ms);
    put(out, "changed", r.changed_ms);
    put(out, "unexported_since", r.unexported_since_ms);
    put(out, "snoozed", r.snoozed_ms);
    return out.dump();
}

ExportRecord unpack_export_record(const std::string& text) {
    const nlohmann::json in = nlohmann::json::parse(text, nullptr, false);
    if (!in.is_object()) return {};
    ExportRecord r;
    r.exported_ms = get(in, "exported");
    r.changed_ms = get(in, "changed");
    r.unexported_since_ms = get(in, "unexported_since");
    r.snoozed_ms = get(in, "snoozed");
    return r;
}

bool note_workspace_changed(ExportRecord& r, int64_t now) {
    const bool first = !r.unexported_since_ms;
    const bool stale = !r.changed_ms || now - *r.changed_ms >= kChangeWriteEveryMs;
    if (first) r.unexported_since_ms = now;
    if (first || stale) r.changed_ms = now;
    return first || stale;
}

void note_workspace_exported(ExportRecord& r, int64_t now) {
    r.exported_ms = now;
    r.unexported_since_ms.reset();
    r.snoozed_ms.reset();
}

void note_reminder_snoozed(ExportRecord& r, int64_t now) { r.snoozed_ms = now; }

bool export_reminder_due(const ExportRecord& r, int64_t now, int64_t after) {
    if (!r.unexported_since_ms || now - *r.unexported_since_ms < after) return false;
    return !r.snoozed_ms || now - *r.snoozed_ms >= after;
}

std::string last_exported_line(const ExportRecord& r) {
    return r.exported_ms ? tr_fill("export.last_exported", {day_of(*r.exported_ms)}) : std::string(tr("export.never_exported"));
}

std::string export_reminder_text(const ExportRecord& r) {
    return r.exported_ms ? tr_fill("export.reminder", {day_of(*r.exported_ms)}) : std::string(tr("export.reminder_never"));
}

} // namespace setright::app
