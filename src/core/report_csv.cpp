// report_csv.cpp — see report_csv.hpp.
#include "report_csv.hpp"

#include "verdict_words.hpp"

#include "claim_ladder.hpp"
#include "enum_names.hpp"

#include <vector>

namespace setright {

namespace {

void append_row(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        out += csv_field(fields[i]);
    }
    out += "\r\n";
}

bool is_deal_vendor(const Deal& deal, const std::string& id) {
    for (const Organisation& o : deal.vendors)
        if (o.id == id) return true;
    return false;
}

} // namespace

std::string csv_field(const std::string& text) {
    if (text.find_first_of("\",\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string csv_report(const Workspace& ws) {
    std::string out;
    append_row(out, {"deal", "requirement", "text", "priority", "weight", "vendor", "status"});
    for (const Deal& deal : ws.deals) {
        for (const Requirement& r : deal.requirements) {
            auto row = [&](const std::string& vendor, const std::string& status) {
                append_row(out, {deal.id, r.id, r.text, to_string(r.priority), plain_number(r.weight), vendor, status});
            };
            bool any = false;
            for (const Organisation& v : deal.vendors) {
                const Claim* claim = find_claim(r, v.id);
                row(v.id, to_string(claim ? claim->status : ClaimStatus::Unknown));
                any = true;
            }
            for (const Claim& c : r.claims) {
                if (is_deal_vendor(deal, c.vendor)) continue;
                row(c.vendor, to_string(c.status));
                any = true;
            }
            if (!any) row("", "");
        }
    }
    return out;
}

} // namespace setright
