// accessibility_mirror.cpp — see accessibility_mirror.hpp.
#include "logic/accessibility_mirror.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <unordered_set>

namespace setright::app {

namespace {

using Json = nlohmann::json;
using Sent = AccessibilityMirror::Sent;

Sent sent_of(const DrawnItem& item) {
    Sent s;
    s.kind = item.kind;
    s.id = item.id;
    s.label = item.label;
    s.name = item.name;
    s.has_value = item.value.has_value();
    if (item.value) s.value = *item.value;
    s.selected = item.selected;
    s.disabled = item.disabled;
    s.expanded = item.expanded;
    s.invalid = item.invalid;
    s.layer = item.layer;
    s.x = int(std::lround(item.x));
    s.y = int(std::lround(item.y));
    s.w = int(std::lround(item.w));
    s.h = int(std::lround(item.h));
    s.grid = item.grid;
    s.grid_row = item.grid_row;
    s.grid_column = item.grid_column;
    s.grid_header = item.grid_header;
    s.region = item.region;
    return s;
}

Json rect_of(const Sent& s) { return Json::array({s.x, s.y, s.w, s.h}); }

Json added(unsigned key, unsigned after, const Sent& s) {
    Json out = {{"key", key},       {"after", after},    {"kind", item_kind_name(s.kind)},
                {"id", s.id},       {"label", s.label},  {"selected", s.selected},
                {"layer", s.layer}, {"rect", rect_of(s)}};
    if (!s.name.empty()) out["name"] = s.name;
    if (s.disabled) out["disabled"] = true;
    if (s.expanded) out["expanded"] = *s.expanded;
    if (s.invalid) out["invalid"] = true;
    if (s.has_value) out["value"] = s.value;
    if (s.grid) {
        out["grid"] = s.grid;
        out["row"] = s.grid_row;
        out["col"] = s.grid_column;
        if (s.grid_header) out["header"] = true;
    }
    if (s.region) out["region"] = s.region;
    return out;
}

bool same_cell(const Sent& a, const Sent& b) {
    return a.grid == b.grid && a.grid_row == b.grid_row && a.grid_column == b.grid_column && a.grid_header == b.grid_header;
}

template <class A, class B> bool same_place(const A& a, const B& b) { return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h; }

// The fields of `now` that differ from `before` (the place only once it is
// the same as `last_frame`'s, settled); null when none do.
template <class Place> Json updated(unsigned key, const Sent& before, const Sent& now, const Place* last_frame) {
    Json out = Json::object();
    if (now.kind != before.kind) out["kind"] = item_kind_name(now.kind);
    if (now.id != before.id) out["id"] = now.id;
    if (now.label != before.label) out["label"] = now.label;
    if (now.name != before.name) out["name"] = now.name;
    if (now.has_value != before.has_value || now.value != before.value) out["value"] = now.has_value ? Json(now.value) : Json();
    if (now.selected != before.selected) out["selected"] = now.selected;
    if (now.disabled != before.disabled) out["disabled"] = now.disabled;
    if (now.expanded != before.expanded) out["expanded"] = now.expanded ? Json(*now.expanded) : Json();
    if (now.invalid != before.invalid) out["invalid"] = now.invalid;
    if (now.layer != before.layer) out["layer"] = now.layer;
    if (now.region != before.region) out["region"] = now.region;
    if (!same_cell(now, before)) { // the whole cell: the page moves the element into it
        out["grid"] = now.grid;
        out["row"] = now.grid_row;
        out["col"] = now.grid_column;
        out["header"] = now.grid_header;
    }
    if (!same_place(now, before) && last_frame && same_place(now, *last_frame)) out["rect"] = rect_of(now);
    if (out.empty()) return nullptr;
    out["key"] = key;
    return out;
}

} // namespace

std::string AccessibilityMirror::changes(const std::vector<DrawnItem>& items, const std::vector<DrawnGrid>& grids,
                                         const std::vector<DrawnRegion>& regions) {
    std::vector<unsigned> order;
    order.reserve(items.size());
    std::unordered_map<unsigned, Sent> now;
    now.reserve(items.size());
    for (const DrawnItem& item : items) {
        if (item.key == 0 || !now.emplace(item.key, sent_of(item)).second) continue;
        order.push_back(item.key);
    }

    Json remove = Json::array(), add = Json::array(), update = Json::array();
    for (unsigned key : order_)
        if (!now.count(key)) remove.push_back(key);
    unsigned after = 0;
    std::vector<unsigned> kept_before, kept_now; // the order of the items that stayed, then and now
    for (unsigned key : order) {
        const Sent& s = now.at(key);
        auto before = sent_.find(key);
        if (before == sent_.end()) {
            add.push_back(added(key, after, s));
        } else {
            kept_now.push_back(key);
            auto last = last_places_.find(key);
            Json change = updated(key, before->second, s, last == last_places_.end() ? nullptr : &last->second);
            if (!change.is_null()) {
                // Moved to another layer or cell: the page puts it after the item before it.
                if (change.contains("layer") || change.contains("grid") || change.contains("region")) change["after"] = after;
                update.push_back(std::move(change));
            }
        }
        after = key;
    }
    for (unsigned key : order_)
        if (now.count(key)) kept_before.push_back(key);

    Json out = Json::object();
    if (!remove.empty()) out["remove"] = std::move(remove);
    if (!add.empty()) out["add"] = std::move(add);
    if (!update.empty()) out["update"] = std::move(update);
    if (kept_before != kept_now) out["order"] = order;
    if (main_layer_ != sent_main_layer_) out["main_layer"] = main_layer_;
    sent_main_layer_ = main_layer_;
    if (modal_layer_ != sent_modal_layer_) out["modal_layer"] = modal_layer_;
    sent_modal_layer_ = modal_layer_;
    // A grid not drawn is forgotten, so its words are sent again when it comes back.
    Json grids_changed = Json::array();
    std::unordered_map<unsigned, DrawnGrid> grids_now;
    for (const DrawnGrid& grid : grids) {
        auto before = sent_grids_.find(grid.key);
        if (before == sent_grids_.end() || before->second.name != grid.name || before->second.rows != grid.rows)
            grids_changed.push_back({{"key", grid.key}, {"name", grid.name}, {"rows", grid.rows}});
        grids_now[grid.key] = grid;
    }
    if (!grids_changed.empty()) out["grids"] = std::move(grids_changed);
    sent_grids_ = std::move(grids_now);
    Json regions_changed = Json::array();
    std::unordered_map<unsigned, DrawnRegion> regions_now;
    for (const DrawnRegion& region : regions) {
        auto before = sent_regions_.find(region.key);
        if (before == sent_regions_.end() || before->second.landmark != region.landmark || before->second.name != region.name)
            regions_changed.push_back({{"key", region.key}, {"role", landmark_role(region.landmark)}, {"name", region.name}});
        regions_now[region.key] = region;
    }
    if (!regions_changed.empty()) out["regions"] = std::move(regions_changed);
    sent_regions_ = std::move(regions_now);
    // The page keeps an item's old place until the new one has settled.
    std::unordered_map<unsigned, Place> places;
    places.reserve(now.size());
    places_pending_ = false;
    for (auto& [key, s] : now) {
        places[key] = Place{s.x, s.y, s.w, s.h};
        auto before = sent_.find(key);
        auto last = last_places_.find(key);
        if (before == sent_.end() || (last != last_places_.end() && same_place(s, last->second))) continue;
        if (!same_place(s, before->second)) places_pending_ = true;
        s.x = before->second.x, s.y = before->second.y, s.w = before->second.w, s.h = before->second.h;
    }
    last_places_ = std::move(places);
    order_ = std::move(order);
    sent_ = std::move(now);
    if (out.empty()) return "";
    return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void AccessibilityMirror::reset() {
    order_.clear();
    sent_.clear();
    last_places_.clear();
    sent_grids_.clear();
    sent_regions_.clear();
    sent_main_layer_ = 0;
    sent_modal_layer_ = 0;
    places_pending_ = false;
}

} // namespace setright::app
