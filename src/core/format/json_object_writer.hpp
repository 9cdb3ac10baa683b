// json_object_writer.hpp — writing one struct as one JSON object by walking
// its field list (model.hpp): ObjectWriter is the visitor, applying the
// writing rules of docs/format-v1.md to each field by what the list says it
// is, and to_json() writes any struct that has a field list.
//
// Internal to src/core (json_write.cpp, case_json.cpp).
#pragma once

#include "core/format/json_write.hpp"
#include "core/model/enum_names.hpp"
#include "core/model/moment.hpp"

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace setright::json_detail {

template <class T> OrderedJson to_json(const T& item);

// Whether a field's options hold `Option`.
template <class Option, class... Options> constexpr bool has = (std::is_same_v<Option, Options> || ...);

// Builds one JSON object field by field. Ids, enums, numbers and booleans are
// always written; strings, lists and optional values only when not empty
// (field::always: even then).
struct ObjectWriter {
    OrderedJson j = OrderedJson::object();

    void always(const char* key, OrderedJson value) { j[key] = std::move(value); }

    template <class... Options> void id(const char* key, const std::string& value, const Options&...) {
        if (!has<field::OmitEmpty, Options...> || !value.empty()) j[key] = value;
    }
    template <class... Options> void text(const char* key, const std::string& value, const Options&...) {
        if (has<field::Always, Options...> || !value.empty()) j[key] = value;
    }
    template <class... Options> void flag(const char* key, bool value, const Options&...) {
        if (value || !has<field::OmitFalse, Options...>) j[key] = value;
    }
    void number(const char* key, double value, field::Range) { j[key] = value; }
    void number(const char* key, const std::optional<double>& value, field::Range) {
        if (value) j[key] = *value;
    }
    template <class E> void choice(const char* key, E value) { j[key] = enum_name(value); }
    template <class E> void choice(const char* key, const std::optional<E>& value) {
        if (value) j[key] = enum_name(*value);
    }
    void moment(const char* key, const Moment& value) { j[key] = format_moment(value); }
    void moment(const char* key, const std::optional<Moment>& value) {
        if (value) j[key] = format_moment(*value);
    }
    template <class... Options> void strings(const char* key, const std::vector<std::string>& items, const Options&...) {
        if (!has<field::Always, Options...> && items.empty()) return;
        OrderedJson array = OrderedJson::array();
        for (const std::string& item : items) array.push_back(item);
        j[key] = std::move(array);
    }
    template <class T, class... Options> void list(const char* key, const std::vector<T>& items, const Options&...) {
        if (!has<field::Always, Options...> && items.empty()) return;
        OrderedJson array = OrderedJson::array();
        for (const T& item : items) array.push_back(to_json(item));
        j[key] = std::move(array);
    }
    template <class T, class... Options> void object(const char* key, const T& value, const Options&...) {
        OrderedJson object = to_json(value);
        if (has<field::Always, Options...> || !object.empty()) j[key] = std::move(object);
    }
    // An optional object is written whenever it is set, even empty.
    template <class T, class... Options> void object(const char* key, const std::optional<T>& value, const Options&...) {
        if (value) j[key] = to_json(*value);
    }

    // `extra` is a nlohmann::json, whose objects iterate in key order.
    OrderedJson finish(const Json& extra) {
        if (extra.is_object())
            for (auto it = extra.begin(); it != extra.end(); ++it)
                if (!j.contains(it.key())) j[it.key()] = OrderedJson(it.value());
        return std::move(j);
    }
};

template <class T> OrderedJson to_json(const T& item) {
    ObjectWriter w;
    fields(item, w);
    return w.finish(item.extra);
}

} // namespace setright::json_detail
