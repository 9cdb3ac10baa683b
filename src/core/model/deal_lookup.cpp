// deal_lookup.cpp — see deal_lookup.hpp.
#include "core/model/deal_lookup.hpp"

namespace setright {

std::string judged_vendor(const Deal& deal, const std::string& requested) {
    if (!requested.empty()) return requested;
    if (!deal.primary_vendor.empty()) return deal.primary_vendor;
    if (deal.vendors.size() == 1) return deal.vendors.front().id;
    return {};
}

const Requirement* find_requirement(const Deal& deal, const std::string& id) {
    if (id.empty()) return nullptr;
    for (const Requirement& r : deal.requirements)
        if (r.id == id) return &r;
    return nullptr;
}

std::string vendor_name(const Deal& deal, const std::string& id) {
    for (const Organisation& o : deal.vendors)
        if (o.id == id && !o.name.empty()) return o.name;
    return id;
}

std::string person_name(const Deal& deal, const std::string& who) {
    for (const Person& p : deal.people)
        if (p.id == who && !p.name.empty()) return p.name;
    return who;
}

std::string person_reference(const Deal& deal, const std::string& typed) {
    for (const Person& p : deal.people)
        if (!p.name.empty() && p.name == typed) return p.id;
    return typed;
}

int64_t judged_instant(const Moment& at) { return deadline_minutes(at); }

} // namespace setright
