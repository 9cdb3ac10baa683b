// deal_tabs.cpp — see deal_tabs.hpp.
#include "logic/deal_tabs.hpp"

namespace setright::app {

TabPlace tab_place(const Deal& deal, std::string_view tab_id) {
    if (tab_id == "tab_study") return deal.study ? TabPlace::Row : TabPlace::More;
    if (tab_id == "tab_case") return deal.case_key ? TabPlace::Row : TabPlace::More;
    if (tab_id == "tab_relationship") {
        // The seller's tab; a buyer's deal keeps it in the row once it holds something.
        const bool holds = deal.clv || !deal.post_sale.empty();
        return deal.perspective == Perspective::Rep || holds ? TabPlace::Row : TabPlace::More;
    }
    return TabPlace::Row;
}

const char* seen_by(const Deal& deal, const char* rep_key, const char* buyer_key) {
    return deal.perspective == Perspective::Buyer ? buyer_key : rep_key;
}

} // namespace setright::app
