// json_object_writer.hpp — writes one JSON object field by field, by the
// writing rules of docs/format-v1.md (json_write.cpp, case_json.cpp).
//
// Internal to src/core.
#pragma once

#include "enum_names.hpp"
#include "json_write.hpp"
#include "moment.hpp"

#include <optional>
#include <string>
#include <vector>

namespace setright::json_detail {

// Builds one JSON object field by field.
struct ObjectWriter {
    OrderedJson j = OrderedJson::object();

    void always(const char* key, OrderedJson value) { j[key] = std::move(value); }
    void text(const char* key, const std::string& value) {
        if (!value.empty()) j[key] = value;
    }
    void moment(const char* key, const std::optional<Moment>& value) {
        if (value) j[key] = format_moment(*value);
    }
    void number(const char* key, const std::optional<double>& value) {
        if (value) j[key] = *value;
    }
    template <class E> void choice(const char* key, E value) { j[key] = enum_name(value); }
    template <class T, class F> void list(const char* key, const std::vector<T>& items, F write) {
        if (items.empty()) return;
        OrderedJson array = OrderedJson::array();
        for (const T& item : items) array.push_back(write(item));
        j[key] = std::move(array);
    }
    void object(const char* key, OrderedJson value) {
        if (!value.empty()) j[key] = std::move(value);
    }
    // `extra` is a nlohmann::json, whose objects iterate in key order.
    OrderedJson finish(const Json& extra) {
        if (extra.is_object())
            for (auto it = extra.begin(); it != extra.end(); ++it)
                if (!j.contains(it.key())) j[it.key()] = OrderedJson(it.value());
        return std::move(j);
    }
};

} // namespace setright::json_detail
