// item_ids.hpp — fresh ids for items added in the app: "<prefix>-N", the first
// N not taken in that list (ids are unique per deal and list, so a merge can
// match the same item in two copies of a deal).
#pragma once

#include <string>
#include <vector>

namespace setright::app {

// `key_of(item)` is the item's id (a sign's code, say).
template <class Item, class KeyOf>
std::string unused_item_id(const std::vector<Item>& items, const std::string& prefix, KeyOf key_of) {
    for (size_t n = items.size() + 1;; ++n) {
        const std::string id = prefix + "-" + std::to_string(n);
        bool taken = false;
        for (const Item& item : items) taken = taken || key_of(item) == id;
        if (!taken) return id;
    }
}

template <class Item>
std::string unused_item_id(const std::vector<Item>& items, const std::string& prefix) {
    return unused_item_id(items, prefix, [](const Item& item) -> const std::string& { return item.id; });
}

} // namespace setright::app
