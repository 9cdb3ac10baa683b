// json_field_reader.hpp — reading one JSON object into one struct by walking
// the struct's field list (model.hpp): where in the document we are (Path),
// how a value is quoted in a message, FieldReader (the visitor: it checks each
// field by what the list says it is, records every problem with its pointer
// and keeps unknown members as `extra`) and read_object(), which json_read.cpp
// and case_json.cpp call for every object of the file.
//
// Internal to src/core: include it only from files that read the format.
#pragma once

#include "core/format/flat_json.hpp"
#include "core/format/json_read.hpp"
#include "core/format/json_text.hpp"
#include "core/model/enum_names.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace setright::json_detail {

// A location in the document, as a chain up to the root; rendered to an
// RFC 6901 pointer only when needed.
struct Path {
    const Path* parent = nullptr;
    std::string_view key; // object member, or the root prefix when parent is null
    size_t index = 0;
    bool is_index = false;

    Path member(std::string_view k) const { return Path{this, k, 0, false}; }
    Path item(size_t i) const { return Path{this, {}, i, true}; }

    std::string str() const {
        if (!parent) return std::string(key); // the root prefix, already a pointer
        std::string out = parent->str();
        out += '/';
        out += is_index ? std::to_string(index) : escape_pointer_token(key);
        return out;
    }
};

inline std::string in_quotes(std::string_view s) {
    constexpr size_t max_quote = 60;
    std::string out = "'";
    out += s.size() > max_quote ? std::string(s.substr(0, max_quote)) + "..." : std::string(s);
    out += "'";
    return out;
}

using JsonValue = FlatJson::Value;

inline std::string got(const JsonValue& value) { return value.type_name(); }

using field::Range;

template <class T> void read_object(ProblemList& problems, const JsonValue& object, const Path& at, T& out, bool optional_ids = false);

// Checks of a whole struct, run once it is read: references and duplicate ids
// across a deal's lists (json_read.cpp), the signs and steps of a case
// (case_json.cpp). Other structs have none.
template <class T> void after_read(ProblemList&, const Path&, const T&) {}
void after_read(ProblemList& problems, const Path& at, const Deal& deal);
void after_read(ProblemList& problems, const Path& at, const CaseKey& key);

template <class T, class KeyOf>
void check_unique(ProblemList& problems, const Path& list_path, const std::vector<T>& items, const char* key, KeyOf key_of);

// Reads the members of one JSON object into one struct and remembers which
// members it knew, so that the rest can be kept as `extra`. The visitor of the
// field lists in model.hpp; the envelopes (format, version) call find().
class FieldReader {
public:
    FieldReader(ProblemList& problems, const JsonValue& object, const Path& at, bool optional_ids = false)
            : problems_(problems), object_(object), at_(at), optional_ids_(optional_ids) {
        assert(object.is_object() && "callers check the type first (list() and object() do)");
        // Members listed once, so that each find() compares lengths before
        // bytes without walking the document again.
        if (object.size() > members_.size()) return;
        for (const FlatJson::Member& member : object.children()) members_[member_count_++] = member;
        listed_ = true;
    }

    // The member `key`, or nullopt when absent.
    std::optional<JsonValue> find(std::string_view key) {
        assert(known_count_ < known_.size() && "a struct with more fields than known_ holds");
        // extra() trusts found_count_: a member asked for twice would count twice.
        assert(std::find(known_.begin(), known_.begin() + known_count_, key) == known_.begin() + known_count_ &&
               "a member asked for twice");
        if (known_count_ < known_.size()) known_[known_count_++] = key;
        std::optional<JsonValue> found;
        if (listed_) {
            for (size_t i = 0; i < member_count_ && !found; ++i)
                if (members_[i].key() == key) found = members_[i].value();
        } else {
            found = object_.find(key);
        }
        if (found) ++found_count_;
        return found;
    }
    void problem(std::string_view key, std::string code, std::vector<std::string> args = {}) {
        problems_.add(at_.member(key).str(), std::move(code), std::move(args));
    }

    template <class... Options> void text(std::string_view key, std::string& out, const Options&...) {
        if (auto v = find(key)) {
            if (v->is_string())
                out = v->string();
            else
                problem(key, "expected_string", {got(*v)});
        }
    }
    // A required, non-empty string: ids and the keys of claims (optional
    // text inside the buyer).
    template <class... Options> void id(std::string_view key, std::string& out, const Options&...) {
        if (optional_ids_) return text(key, out);
        const auto v = find(key);
        if (!v)
            problem(key, "missing");
        else if (!v->is_string())
            problem(key, "expected_string", {got(*v)});
        else if (v->string().empty())
            problem(key, "empty");
        else
            out = v->string();
    }
    template <class... Options> void flag(std::string_view key, bool& out, const Options&...) {
        if (auto v = find(key)) {
            if (v->is_boolean())
                out = v->boolean();
            else
                problem(key, "expected_bool", {got(*v)});
        }
    }
    void number(std::string_view key, double& out, Range range) {
        if (const auto v = find(key)) read_number(key, *v, out, range);
    }
    void number(std::string_view key, std::optional<double>& out, Range range) {
        if (const auto v = find(key)) {
            double value = 0;
            if (read_number(key, *v, value, range)) out = value;
        }
    }
    template <class E> void choice(std::string_view key, E& out) {
        if (const auto v = find(key)) read_choice(key, *v, out);
    }
    template <class E> void choice(std::string_view key, std::optional<E>& out) {
        if (const auto v = find(key)) {
            E value{};
            if (read_choice(key, *v, value)) out = value;
        }
    }
    void moment(std::string_view key, std::optional<Moment>& out) {
        if (const auto v = find(key)) {
            Moment value;
            if (read_moment(key, *v, value)) out = value;
        }
    }
    // A plain Moment is a required one.
    void moment(std::string_view key, Moment& out) {
        if (const auto v = find(key))
            read_moment(key, *v, out);
        else
            problem(key, "missing");
    }
    // A list of strings (codes, names).
    template <class... Options> void strings(std::string_view key, std::vector<std::string>& out, const Options&...) {
        const auto v = find(key);
        if (!v) return;
        if (!v->is_array()) return problem(key, "expected_list", {got(*v)});
        const Path list_path = at_.member(key);
        size_t i = 0;
        for (const FlatJson::Member& child : v->children()) {
            const JsonValue& element = child.value();
            if (element.is_string())
                out.emplace_back(element.string());
            else
                problems_.add(list_path.item(i).str(), "expected_string", {got(element)});
            ++i;
        }
    }
    // A list of objects, each read by its own field list; a unique_by option
    // is checked right after the list.
    template <class T, class... Options> void list(std::string_view key, std::vector<T>& out, const Options&... options) {
        const auto v = find(key);
        if (!v) return;
        if (!v->is_array()) return problem(key, "expected_list", {got(*v)});
        const Path list_path = at_.member(key);
        out.reserve(v->size());
        for (const FlatJson::Member& child : v->children()) {
            const Path item_path = list_path.item(out.size());
            const JsonValue& element = child.value();
            out.emplace_back();
            if (!element.is_object())
                problems_.add(item_path.str(), "expected_object", {got(element)});
            else
                read_object(problems_, element, item_path, out.back());
        }
        (check_list(list_path, out, options), ...);
    }
    template <class T, class... Options> bool object(std::string_view key, T& out, const Options&...) {
        const auto v = find(key);
        if (!v) return false;
        if (!v->is_object()) {
            problem(key, "expected_object", {got(*v)});
            return false;
        }
        constexpr bool optional_ids = (std::is_same_v<Options, field::OptionalIds> || ...);
        read_object(problems_, *v, at_.member(key), out, optional_ids);
        return true;
    }
    template <class T, class... Options> void object(std::string_view key, std::optional<T>& out, const Options&... options) {
        T value{};
        if (object(key, value, options...)) out = std::move(value);
    }

    // The members not asked for, in a fresh object; null when there are none.
    Json extra() const {
        Json out;
        if (found_count_ == object_.size()) return out; // keys are unique: every member was asked for
        for (const FlatJson::Member& member : object_.children()) {
            bool is_known = false;
            for (size_t i = 0; i < known_count_ && !is_known; ++i) is_known = known_[i] == member.key();
            if (!is_known) out[std::string(member.key())] = member.value().to_json();
        }
        return out;
    }

    const Path& at() const { return at_; }

private:
    template <class T> void check_list(const Path&, const std::vector<T>&, field::Always) {}
    template <class T> void check_list(const Path& list_path, const std::vector<T>& items, const field::Unique<T>& unique) {
        check_unique(problems_, list_path, items, unique.key, [&](const T& item) -> const std::string& { return item.*unique.member; });
    }

    bool read_number(std::string_view key, const JsonValue& v, double& out, Range range) {
        if (!v.is_number()) {
            problem(key, "expected_number", {got(v)});
            return false;
        }
        const double value = v.number();
        if (!std::isfinite(value) || value < 0) {
            problem(key, "negative_number");
            return false;
        }
        if (range == Range::Share && value > 1) {
            problem(key, "not_a_share");
            return false;
        }
        out = value;
        return true;
    }
    template <class E> bool read_choice(std::string_view key, const JsonValue& v, E& out) {
        if (v.is_string()) {
            if (auto value = enum_from_string<E>(v.string())) {
                out = *value;
                return true;
            }
        }
        const std::string actual = v.is_string() ? in_quotes(v.string()) : got(v);
        problem(key, "expected_one_of", {enum_names_joined<E>(), actual});
        return false;
    }
    bool read_moment(std::string_view key, const JsonValue& v, Moment& out) {
        if (!v.is_string()) {
            problem(key, "expected_date", {got(v)});
            return false;
        }
        if (auto m = parse_moment(v.string())) {
            out = *m;
            return true;
        }
        problem(key, "invalid_date", {in_quotes(v.string())});
        return false;
    }

    ProblemList& problems_;
    JsonValue object_;
    const Path& at_;
    bool optional_ids_; // the buyer's: id() reads as text()
    // Not value-initialised: only the first member_count_ are read. The
    // largest object of the format has 28 members; a bigger one (unknown
    // members) is searched in the document.
    std::array<FlatJson::Member, 32> members_;
    size_t member_count_ = 0;
    bool listed_ = false;
    // The keys asked for, without a heap allocation per object read (a 10 MB
    // file reads some 100,000 objects); the largest struct asks for 28. Not
    // value-initialised: only the first known_count_ are read.
    std::array<std::string_view, 40> known_;
    size_t known_count_ = 0;
    size_t found_count_ = 0; // the members find() returned
};

// Refuses an id seen before in the same list; `key` is the member holding it.
// Short lists (the claims of a requirement, the evidence of a claim) are
// compared pairwise: a hash map per list would be an allocation per item read.
template <class T, class KeyOf>
void check_unique(ProblemList& problems, const Path& list_path, const std::vector<T>& items, const char* key, KeyOf key_of) {
    const auto duplicate = [&](size_t i, size_t first) {
        problems.add(list_path.item(i).member(key).str(), "duplicate_id", {key, in_quotes(key_of(items[i])), list_path.item(first).str()});
    };
    constexpr size_t short_list = 16;
    if (items.size() <= short_list) {
        for (size_t i = 1; i < items.size(); ++i) {
            const std::string& id = key_of(items[i]);
            if (id.empty()) continue; // already reported as missing
            for (size_t k = 0; k < i; ++k)
                if (key_of(items[k]) == id) {
                    duplicate(i, k);
                    break;
                }
        }
        return;
    }
    std::unordered_map<std::string_view, size_t> first;
    first.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string& id = key_of(items[i]);
        if (id.empty()) continue;
        auto [it, inserted] = first.emplace(id, i);
        if (!inserted) duplicate(i, it->second);
    }
}

// An envelope's "version": a whole number from 1 to `newest`. False, with
// the problem recorded, otherwise (the file is then read no further).
inline bool read_version(FieldReader& r, int64_t newest) {
    const auto version = r.find("version");
    if (!version)
        r.problem("version", "version_missing");
    else if (!version->is_number_integer())
        r.problem("version", "version_not_whole", {got(*version)});
    // An unsigned 2^64-1 reads as a negative int64; compare as written.
    else if (version->is_number_unsigned() ? version->whole() > uint64_t(newest) : version->integer() > newest)
        r.problem("version", "version_newer", {version->dump()});
    else if (version->integer() < 1)
        r.problem("version", "version_too_old", {version->dump()});
    else
        return true;
    return false;
}

// One object of the file into `out`: its fields, its unknown members, then
// the checks of the whole struct.
template <class T> void read_object(ProblemList& problems, const JsonValue& object, const Path& at, T& out, bool optional_ids) {
    FieldReader r(problems, object, at, optional_ids);
    fields(out, r);
    out.extra = r.extra();
    after_read(problems, at, out);
}

template <class T> void check_unique_ids(ProblemList& problems, const Path& deal, std::string_view list, const std::vector<T>& items) {
    check_unique(problems, deal.member(list), items, "id", [](const T& item) -> const std::string& { return item.id; });
}

} // namespace setright::json_detail
