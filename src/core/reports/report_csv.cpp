// report_csv.cpp — see report_csv.hpp.
#include "core/reports/report_csv.hpp"

#include "core/reports/safe_text.hpp"

#include "core/judging/claim_ladder.hpp"
#include "core/model/enum_names.hpp"

#include <vector>

namespace setright {

namespace {

// `cells` are written already (csv_text or csv_number).
void append_row(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out += ',';
        out += cells[i];
    }
    out += "\r\n";
}

bool is_deal_vendor(const Deal& deal, const std::string& id) {
    for (const Organisation& o : deal.vendors)
        if (o.id == id) return true;
    return false;
}

} // namespace

std::string csv_report(const Workspace& ws) {
    std::string out;
    append_row(out, {"deal", "requirement", "text", "priority", "weight", "vendor", "status"}); // our own words, safe as they are
    for (const Deal& deal : ws.deals) {
        for (const Requirement& r : deal.requirements) {
            // Ids, text and vendor come from the file: text cells. The weight
            // is a number (at least 0 on import; a number either way).
            auto row = [&](const std::string& vendor, const std::string& status) {
                append_row(out, {csv_text(deal.id), csv_text(r.id), csv_text(r.text), csv_text(to_string(r.priority)), csv_number(r.weight),
                                 csv_text(vendor), csv_text(status)});
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
