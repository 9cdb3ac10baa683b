// report_csv.cpp — see report_csv.hpp.
#include "core/reports/report_csv.hpp"

#include "core/reports/safe_text.hpp"

#include "core/judging/claim_ladder.hpp"
#include "core/model/enum_names.hpp"
#include "core/words/words.hpp"

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

// What a person knows an item by; the id only when it has nothing else.
const std::string& shown(const std::string& name, const std::string& id) { return name.empty() ? id : name; }

} // namespace

std::string csv_report(const Workspace& ws, const Words& w) {
    std::string out;
    std::vector<std::string> header;
    for (const char* key : {"report.col_deal", "report.col_requirement", "report.col_priority", "report.col_weight", "report.col_vendor",
                            "report.col_status"})
        header.push_back(csv_text(w.phrase(key))); // a translation is text like any other
    append_row(out, header);
    for (const Deal& deal : ws.deals) {
        for (const Requirement& r : deal.requirements) {
            // Names and text come from the file: text cells. The weight is a
            // number (at least 0 on import; a number either way).
            auto row = [&](const std::string& vendor, const std::string& status) {
                append_row(out, {csv_text(shown(deal.title, deal.id)), csv_text(shown(r.text, r.id)),
                                 csv_text(w.enum_value("priority", to_string(r.priority))), csv_number(r.weight), csv_text(vendor),
                                 csv_text(status)});
            };
            auto status = [&](ClaimStatus s) { return w.enum_value("claim_status", to_string(s)); };
            bool any = false;
            for (const Organisation& v : deal.vendors) {
                const Claim* claim = find_claim(r, v.id);
                row(shown(v.name, v.id), status(claim ? claim->status : ClaimStatus::Unknown));
                any = true;
            }
            for (const Claim& c : r.claims) {
                if (is_deal_vendor(deal, c.vendor)) continue;
                row(c.vendor, status(c.status)); // not a vendor of the deal: its id is all there is
                any = true;
            }
            if (!any) row("", "");
        }
    }
    return out;
}

std::string csv_report(const Workspace& ws) { return csv_report(ws, Words()); }

} // namespace setright
