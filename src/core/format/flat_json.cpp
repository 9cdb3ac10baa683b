// flat_json.cpp — see flat_json.hpp.
#include "core/format/flat_json.hpp"

#include "core/format/json_text.hpp"

#include <cassert>

namespace setright {

namespace {

// Objects up to this many members are checked for a duplicate key by
// walking their members; the format's largest has 28.
constexpr uint32_t members_checked_pairwise = 32;

// FNV-1a: keys are short, and a hash only has to tell most of them apart.
uint32_t hash_of(std::string_view key) {
    uint32_t hash = 2166136261u;
    for (const char c : key) hash = (hash ^ uint8_t(c)) * 16777619u;
    return hash;
}

} // namespace

FlatJson::Slice FlatJson::slice(std::string_view s) {
    const Slice out{uint32_t(chars_.size()), uint32_t(s.size())};
    chars_.append(s);
    return out;
}

FlatJson::Node& FlatJson::push(Type type) {
    Node node;
    node.type = type;
    node.end = 0;
    node.count = 0;
    node.key = Slice{0, 0};
    node.key_hash = 0;
    node.whole = 0;
    if (!open_.empty()) {
        Node& parent = nodes_[open_.back().index];
        ++parent.count;
        if (parent.type == Type::Object) {
            node.key = pending_key_;
            node.key_hash = pending_key_hash_;
        }
    }
    nodes_.push_back(node);
    return nodes_.back();
}

void FlatJson::add_string(std::string_view v) {
    const Slice s = slice(v);
    push(Type::String).string = s;
}

void FlatJson::open(Type container) {
    assert(container == Type::Array || container == Type::Object);
    push(container);
    open_.push_back(Open{uint32_t(nodes_.size() - 1), nullptr});
}

void FlatJson::close() {
    nodes_[open_.back().index].end = uint32_t(nodes_.size());
    open_.pop_back();
}

bool FlatJson::set_key(std::string_view key) {
    Open& object = open_.back();
    bool is_new = true;
    const uint32_t hash = hash_of(key);
    if (nodes_[object.index].count < members_checked_pairwise) {
        // Every member so far is complete: walk them by their ends.
        for (uint32_t i = object.index + 1; i < nodes_.size() && is_new; i = Value(*this, i).next())
            is_new = nodes_[i].key_hash != hash || text(nodes_[i].key) != key;
    } else {
        if (!object.keys) {
            object.keys = std::make_unique<std::unordered_set<std::string>>();
            for (uint32_t i = object.index + 1; i < nodes_.size(); i = Value(*this, i).next()) object.keys->emplace(text(nodes_[i].key));
        }
        is_new = object.keys->emplace(key).second;
    }
    pending_key_ = slice(key);
    pending_key_hash_ = hash;
    return is_new;
}

std::string FlatJson::pointer_here() const {
    std::string out;
    for (size_t level = 0; level < open_.size(); ++level) {
        const Node& container = nodes_[open_[level].index];
        out += '/';
        if (container.type == Type::Array) {
            // The element being read is the one counted last.
            out += std::to_string(container.count == 0 ? 0 : container.count - 1);
        } else if (level + 1 < open_.size()) {
            out += escape_pointer_token(text(nodes_[open_[level + 1].index].key));
        } else {
            out += escape_pointer_token(text(pending_key_));
        }
    }
    return out;
}

namespace {

void add_json(FlatJson& out, const Json& json) {
    switch (json.type()) {
    case Json::value_t::null:
    case Json::value_t::discarded: return out.add_null();
    case Json::value_t::boolean: return out.add_boolean(json.get<bool>());
    case Json::value_t::number_integer: return out.add_integer(json.get<int64_t>());
    case Json::value_t::number_unsigned: return out.add_unsigned(json.get<uint64_t>());
    case Json::value_t::number_float: return out.add_float(json.get<double>());
    case Json::value_t::string: return out.add_string(json.get_ref<const std::string&>());
    case Json::value_t::binary: return out.add_null(); // never in a document read from text
    case Json::value_t::array:
        out.open(FlatJson::Type::Array);
        for (const Json& element : json) add_json(out, element);
        return out.close();
    case Json::value_t::object:
        out.open(FlatJson::Type::Object);
        for (auto it = json.begin(); it != json.end(); ++it) {
            out.set_key(it.key()); // a map's keys are unique
            add_json(out, it.value());
        }
        return out.close();
    }
}

} // namespace

FlatJson FlatJson::of(const Json& json) {
    FlatJson out;
    add_json(out, json);
    return out;
}

const char* FlatJson::Value::type_name() const {
    switch (type()) {
    case Type::Null: return "null";
    case Type::Boolean: return "boolean";
    case Type::Integer:
    case Type::Unsigned:
    case Type::Float: return "number";
    case Type::String: return "string";
    case Type::Array: return "array";
    case Type::Object: return "object";
    }
    return "null";
}

double FlatJson::Value::number() const {
    switch (type()) {
    case Type::Integer: return double(node().integer);
    case Type::Unsigned: return double(node().whole);
    case Type::Float: return node().real;
    default: return 0;
    }
}

FlatJson::Children FlatJson::Value::children() const {
    if (!is_array() && !is_object()) return Children(*doc_, index_ + 1, index_ + 1);
    return Children(*doc_, index_ + 1, node().end);
}

std::optional<FlatJson::Value> FlatJson::Value::find(std::string_view key) const {
    if (!is_object()) return std::nullopt;
    for (const Member& member : children())
        if (member.key() == key) return member.value();
    return std::nullopt;
}

Json FlatJson::Value::to_json() const {
    switch (type()) {
    case Type::Null: return nullptr;
    case Type::Boolean: return boolean();
    case Type::Integer: return node().integer;
    case Type::Unsigned: return node().whole;
    case Type::Float: return node().real;
    case Type::String: return std::string(string());
    case Type::Array: {
        Json out = Json::array();
        for (const Member& element : children()) out.push_back(element.value().to_json());
        return out;
    }
    case Type::Object: {
        Json out = Json::object();
        for (const Member& member : children()) out[std::string(member.key())] = member.value().to_json();
        return out;
    }
    }
    return nullptr;
}

} // namespace setright
