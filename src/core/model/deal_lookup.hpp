// deal_lookup.hpp — finding things in a deal by id, for the computations.
//
// Ids point between lists (a question names its requirement, a touch its
// vendor and person); these turn them back into the items and the names that
// explanations show. A dangling id falls back to the id itself.
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright {

// The vendor a judgement is for: `requested` if given, else the deal's
// primary vendor, else its only vendor, else "" (several vendors, none chosen).
std::string judged_vendor(const Deal& deal, const std::string& requested = {});

const Requirement* find_requirement(const Deal& deal, const std::string& id);
// The organisation's name, or the id when it is not among the deal's vendors.
std::string vendor_name(const Deal& deal, const std::string& id);
// A person's name; `who` may be a Person id or already a name.
std::string person_name(const Deal& deal, const std::string& who);
// What a field naming a person stores for `typed`: the id of the deal's
// person with that name, else the text as typed (someone not in the deal).
std::string person_reference(const Deal& deal, const std::string& typed);

// A date-only moment stands for its whole day: "at 2019-12-21" means by the
// end of that day. Returns the instant (minutes) a judgement "at" m is made.
int64_t judged_instant(const Moment& at);

} // namespace setright
