// kept.hpp — a value a view derives from the deal, kept from frame to frame
// and built again only when its key changes. The key holds what the value
// comes from: App::changes (bumped by every edit, undo and import), the
// address and length of a list it points into, the as-of minute, the
// pixels it was laid out for. Judging thousands of items every frame cost
// the Vendors, Study and Timeline tabs about a millisecond each
// (rows_cache.hpp keeps the long tables' rows the same way).
#pragma once

#include <optional>
#include <utility>

namespace setright::ui {

template <class Key, class Value> class Kept {
public:
    template <class Build> const Value& get(const Key& key, Build&& build) {
        if (!key_ || !(*key_ == key)) {
            value_ = build();
            key_ = key;
        }
        return value_;
    }

private:
    std::optional<Key> key_;
    Value value_{};
};

} // namespace setright::ui
