// enum_labels.hpp — the visible names of the model's enum values.
//
// Each value's translation key is "enum.<type>.<json name>" (enum.stage.no_decision),
// so the tables in assets/i18n/enums.tsv follow enum_names.cpp and a test checks
// every value has a row. Views use enum_label() to show a value and
// enum_label_keys() with ui::edit_enum to pick one.
#pragma once

#include "core/model/model.hpp"
#include "logic/i18n.hpp"

#include <string_view>
#include <vector>

namespace setright::app {

// The keys of every value of E, in enumerator order (static storage).
template <class E> const char* const* enum_label_keys();
template <class E> int enum_count();

template <class E> const char* enum_label(E value) {
    const int index = int(value);
    return index >= 0 && index < enum_count<E>() ? tr(enum_label_keys<E>()[index]) : "?";
}

// Every value's name in the user's language (to size a column to the widest).
template <class E> std::vector<std::string_view> enum_labels() {
    std::vector<std::string_view> labels;
    for (int i = 0; i < enum_count<E>(); ++i) labels.push_back(tr(enum_label_keys<E>()[i]));
    return labels;
}

} // namespace setright::app
