// item_ids.hpp — fresh ids for items added in the app: "<prefix>-N", the first
// N not taken in that list (ids are unique per deal and list, so a merge can
// match the same item in two copies of a deal).
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace setright::app {

// `key_of(item)` is the item's id (a sign's code, say).
template <class Item, class KeyOf> std::string unused_item_id(const std::vector<Item>& items, const std::string& prefix, KeyOf key_of) {
    for (size_t n = items.size() + 1;; ++n) {
        const std::string id = prefix + "-" + std::to_string(n);
        bool taken = false;
        for (const Item& item : items) taken = taken || key_of(item) == id;
        if (!taken) return id;
    }
}

template <class Item> std::string unused_item_id(const std::vector<Item>& items, const std::string& prefix) {
    return unused_item_id(items, prefix, [](const Item& item) -> const std::string& { return item.id; });
}

// "<prefix>-k3x9q2": six random letters and digits, not taken in the list.
// For lists inside an item (a claim's evidence), where two people adding to
// the same item in their own copies would otherwise both make "e-2", and a
// merge would take the two pieces for one edited on both sides.
template <class Item> std::string random_item_id(const std::vector<Item>& items, const std::string& prefix) {
    static std::mt19937_64 generator{std::random_device{}()};
    for (;;) {
        std::uint64_t n = generator();
        std::string id = prefix + "-";
        for (int i = 0; i < 6; ++i, n /= 36) id += "0123456789abcdefghijklmnopqrstuvwxyz"[n % 36];
        bool taken = false;
        for (const Item& item : items) taken = taken || item.id == id;
        if (!taken) return id;
    }
}

} // namespace setright::app
