// calendar_ics.cpp — see calendar_ics.hpp.
#include "core/reports/calendar_ics.hpp"

#include "core/model/deal_lookup.hpp"
#include "core/model/enum_names.hpp"
#include "core/reports/safe_text.hpp"
#include "core/words/words.hpp"

#include <cstdio>
#include <vector>

namespace setright {

namespace {

// One date of a deal, ready to be written as a VEVENT.
struct CalendarEvent {
    std::string uid;
    Moment when;
    std::string summary;
    std::vector<std::string> description; // lines
    bool remind = true;                   // still to come: a VALARM the day before
};

// What a person knows an item by; the id only when it has nothing else.
const std::string& shown(const std::string& name, const std::string& id) { return name.empty() ? id : name; }

// An id as part of a UID: anything but letters, digits and "-._~" as %XX.
// "/" separates the parts and is itself encoded inside one, so two
// different (deal, item) pairs never make the same UID.
std::string uid_part(const std::string& id) {
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : id) {
        const bool plain =
                (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        if (plain) {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

// "promise/deal-id/q-1@setright": what the date is, whose, and which item.
std::string make_uid(const char* kind, const Deal& deal, const std::string& item) {
    std::string uid = std::string(kind) + "/" + uid_part(deal.id);
    if (!item.empty()) uid += "/" + uid_part(item);
    return uid + "@setright";
}

std::string two(int n) { return n < 10 ? "0" + std::to_string(n) : std::to_string(n); }

// "20191030": the day of `m` (UTC).
std::string ics_date(const Moment& m) {
    int64_t days = m.minutes / (24 * 60);
    if (m.minutes < 0 && m.minutes % (24 * 60) != 0) --days;
    int y = 0, mo = 0, d = 0;
    civil_from_days(days, y, mo, d);
    char year[16];
    std::snprintf(year, sizeof year, "%04d", y);
    return year + two(mo) + two(d);
}

// "20191030T143000Z": `m` in UTC.
std::string ics_utc(const Moment& m) {
    int64_t in_day = m.minutes % (24 * 60);
    if (in_day < 0) in_day += 24 * 60;
    return ics_date(m) + "T" + two(int(in_day / 60)) + two(int(in_day % 60)) + "00Z";
}

void add_dates(std::vector<CalendarEvent>& events, const Deal& deal, const Words& w) {
    const std::string title = shown(deal.title, deal.id);
    const std::string deal_line = w.phrase("calendar.deal", {title});

    if (deal.target_sign_date)
        events.push_back({make_uid("target-sign", deal, ""),
                          *deal.target_sign_date,
                          w.phrase("calendar.target_sign", {title}),
                          {w.phrase("calendar.stage", {Fact::choice("stage", to_string(deal.stage))})},
                          true});

    for (const Question& q : deal.questions) {
        if (!q.promised_by) continue;
        // Who promised: the person, else the vendor the question was put to.
        std::string who;
        if (!q.promised_by_whom.empty())
            who = person_name(deal, q.promised_by_whom);
        else if (!q.vendor.empty())
            who = vendor_name(deal, q.vendor);
        const std::string& text = shown(q.text, q.id);
        CalendarEvent e{make_uid("promise", deal, q.id),
                        *q.promised_by,
                        who.empty() ? w.phrase("calendar.promised_answer_unnamed", {text})
                                    : w.phrase("calendar.promised_answer", {who, text}),
                        {deal_line},
                        q.status == QuestionStatus::Open || q.status == QuestionStatus::Promised};
        if (!q.vendor.empty()) e.description.push_back(w.phrase("calendar.vendor", {vendor_name(deal, q.vendor)}));
        e.description.push_back(w.phrase("calendar.status", {Fact::choice("question_status", to_string(q.status))}));
        events.push_back(std::move(e));
    }

    for (const Touch& t : deal.timeline) {
        if (!t.offer || !t.offer->expires) continue;
        CalendarEvent e{make_uid("offer", deal, t.id),
                        *t.offer->expires,
                        t.vendor.empty() ? w.phrase("calendar.offer_expires_unnamed")
                                         : w.phrase("calendar.offer_expires", {vendor_name(deal, t.vendor)}),
                        {deal_line},
                        true};
        if (!t.offer->terms.empty()) e.description.push_back(w.phrase("calendar.terms", {t.offer->terms}));
        events.push_back(std::move(e));
    }

    for (const Requirement& r : deal.requirements) {
        if (!r.due) continue;
        CalendarEvent e{make_uid("requirement", deal, r.id),
                        *r.due,
                        w.phrase("calendar.requirement_due", {shown(r.text, r.id)}),
                        {deal_line},
                        true};
        if (!r.owner.empty()) e.description.push_back(w.phrase("calendar.owner", {person_name(deal, r.owner)}));
        events.push_back(std::move(e));
    }

    for (const ChecklistItem& c : deal.post_sale) {
        if (!c.due) continue;
        CalendarEvent e{
                make_uid("post-sale", deal, c.id), *c.due, w.phrase("calendar.post_sale_due", {shown(c.text, c.id)}), {deal_line}, !c.done};
        if (!c.owner.empty()) e.description.push_back(w.phrase("calendar.owner", {person_name(deal, c.owner)}));
        events.push_back(std::move(e));
    }
}

void write_event(std::string& out, const CalendarEvent& e, const std::string& stamp) {
    std::string description;
    for (const std::string& line : e.description) description += (description.empty() ? "" : "\n") + line;
    out += "BEGIN:VEVENT\r\n";
    out += ics_line("UID:" + e.uid);
    out += ics_line("DTSTAMP:" + stamp);
    if (e.when.has_time) {
        // A moment, not a day: DTSTART alone makes an event of no length (RFC 5545 3.6.1).
        out += ics_line("DTSTART:" + ics_utc(e.when));
    } else {
        Moment next = e.when;
        next.minutes += 24 * 60;
        out += ics_line("DTSTART;VALUE=DATE:" + ics_date(e.when));
        out += ics_line("DTEND;VALUE=DATE:" + ics_date(next));
    }
    out += ics_line("SUMMARY:" + ics_text(e.summary));
    if (!description.empty()) out += ics_line("DESCRIPTION:" + ics_text(description));
    out += "TRANSP:TRANSPARENT\r\n"; // a deadline, not a meeting: the day stays free
    if (e.remind) {
        out += "BEGIN:VALARM\r\n";
        out += "ACTION:DISPLAY\r\n";
        out += "TRIGGER:-P1D\r\n";
        out += ics_line("DESCRIPTION:" + ics_text(e.summary));
        out += "END:VALARM\r\n";
    }
    out += "END:VEVENT\r\n";
}

std::string write_calendar(const std::vector<const Deal*>& deals, const Moment& stamped, const Words& w) {
    std::vector<CalendarEvent> events;
    for (const Deal* deal : deals) add_dates(events, *deal, w);
    const std::string name = deals.size() == 1 ? w.phrase("calendar.name", {shown(deals[0]->title, deals[0]->id)})
                                               : w.phrase("calendar.name_many", {Fact::count(int64_t(deals.size()))});
    std::string out = "BEGIN:VCALENDAR\r\n"
                      "VERSION:2.0\r\n"
                      "PRODID:-//Setright//Setright calendar//EN\r\n"
                      "CALSCALE:GREGORIAN\r\n"
                      "METHOD:PUBLISH\r\n";
    out += ics_line("X-WR-CALNAME:" + ics_text(name)); // the name calendars give the imported calendar
    const std::string stamp = ics_utc(stamped);
    for (const CalendarEvent& e : events) write_event(out, e, stamp);
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace

std::string ics_text(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char ch = decode_utf8(text, i);
        const std::string_view bytes = text.substr(i, ch.length);
        i += ch.length;
        if (ch.c == '\r') {
            if (i < text.size() && text[i] == '\n') ++i; // CRLF: one line break
            out += "\\n";
        } else if (ch.c == '\n') {
            out += "\\n";
        } else if (ch.c == '\\' || ch.c == ';' || ch.c == ',') {
            out += '\\';
            out += char(ch.c);
        } else if (!ch.valid || (ch.c != '\t' && is_control_character(ch.c))) {
            out += kReplacementCharacter;
        } else {
            out += bytes;
        }
    }
    return out;
}

std::string ics_line(std::string_view line) {
    constexpr std::size_t kMaxOctets = 75;
    std::string out;
    std::size_t used = 0; // octets on the current physical line
    for (std::size_t i = 0; i < line.size();) {
        std::size_t length = decode_utf8(line, i).length;
        if (used + length > kMaxOctets) {
            out += "\r\n ";
            used = 1; // the space that marks a continuation counts
        }
        out.append(line.substr(i, length));
        used += length;
        i += length;
    }
    return out + "\r\n";
}

std::string calendar_ics(const Deal& deal, const Moment& stamped, const Words& words) { return write_calendar({&deal}, stamped, words); }

std::string calendar_ics(const Workspace& ws, const Moment& stamped, const Words& words) {
    std::vector<const Deal*> deals;
    for (const Deal& deal : ws.deals) deals.push_back(&deal);
    return write_calendar(deals, stamped, words);
}

} // namespace setright
