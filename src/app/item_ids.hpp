// item_ids.hpp — fresh ids for items added in the app: "<prefix>-N", the first
// N not taken in that list (ids are unique per deal and list, so a merge can
// match the same item in two copies of a deal).
#pragma once

#include <string>
#include <vector>

namespace setright::app {

template <class Item>
std::string unused_item_id(const std::vector<Item>& items, const std::string& prefix) {
    for (size_t n = items.size() + 1;; ++n) {
        const std::string id = prefix + "-" + std::to_string(n);
        bool taken = false;
        for (const Item& item : items) taken = taken || item.id == id;
        if (!taken) return id;
    }
}

} // namespace setright::app
