// flat_json.hpp — a parsed JSON document held in two flat arrays, for
// reading once into the model.
//
// An import reads every value of the file once and keeps none of them, so
// the document needs no tree of its own allocations: nlohmann's DOM spends
// a heap block per object, member and long string, and building and freeing
// them was two thirds of reading a 10 MB file. Here every value is one
// Node in document order (a container's members follow it; `end` is the
// index after its last one) and every string and key is a slice of one
// character buffer. Unknown members, which the model keeps, are turned back
// into Json one by one (Value::to_json).
#pragma once

#include "core/model/model.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace setright {

class FlatJson {
public:
    enum class Type : uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };

    class Value;
    class Member;
    class Children;

    // The document a nlohmann DOM holds (a merge builds one and reads it back).
    static FlatJson of(const Json& json);

    Value root() const;

    // Building, in document order (json_parse.cpp's SAX handler and of()).
    // A value inside an object follows set_key() with its key.
    void add_null() { push(Type::Null); }
    void add_boolean(bool v) { push(Type::Boolean).boolean = v; }
    void add_integer(int64_t v) { push(Type::Integer).integer = v; }
    void add_unsigned(uint64_t v) { push(Type::Unsigned).whole = v; }
    void add_float(double v) { push(Type::Float).real = v; }
    void add_string(std::string_view v);
    void open(Type container); // Array or Object, closed by close()
    void close();
    // False when the innermost open object has a member by that name
    // already (nlohmann would keep the last one silently); the next value
    // is added under it all the same.
    bool set_key(std::string_view key);
    // Where the next value goes, as a JSON pointer (for a problem).
    std::string pointer_here() const;
    void reserve(size_t nodes, size_t chars) {
        nodes_.reserve(nodes);
        chars_.reserve(chars);
    }

private:
    struct Slice {
        uint32_t offset;
        uint32_t size;
    };
    struct Node {
        Type type;
        uint32_t end;      // containers: the index after their last descendant
        uint32_t count;    // containers: members or elements
        Slice key;         // a member of an object: its key
        uint32_t key_hash; // and its hash, so that a duplicate is looked for without comparing every key
        union {
            bool boolean;
            int64_t integer;
            uint64_t whole;
            double real;
            Slice string;
        };
    };

    Node& push(Type type);
    Slice slice(std::string_view s);
    std::string_view text(Slice s) const { return std::string_view(chars_.data() + s.offset, s.size); }

    std::vector<Node> nodes_;
    std::string chars_;
    // A container not yet closed. An object past a few dozen members also
    // keeps its keys in a set, so that a hostile file of 100,000 members is
    // not checked for duplicates pairwise.
    struct Open {
        uint32_t index;
        std::unique_ptr<std::unordered_set<std::string>> keys;
    };
    std::vector<Open> open_;
    Slice pending_key_{0, 0};
    uint32_t pending_key_hash_ = 0;
};

// One value of a FlatJson: a document and an index, cheap to copy. The
// document must outlive it.
class FlatJson::Value {
public:
    Value(const FlatJson& doc, uint32_t index) : doc_(&doc), index_(index) {}
    // An empty slot, to be assigned before use: an array of them costs no
    // writes (FieldReader lists an object's members in one per object read).
    Value() = default;

    Type type() const { return node().type; }
    bool is_boolean() const { return type() == Type::Boolean; }
    bool is_number() const { return type() == Type::Integer || type() == Type::Unsigned || type() == Type::Float; }
    bool is_number_integer() const { return type() == Type::Integer || type() == Type::Unsigned; }
    bool is_number_unsigned() const { return type() == Type::Unsigned; }
    bool is_string() const { return type() == Type::String; }
    bool is_array() const { return type() == Type::Array; }
    bool is_object() const { return type() == Type::Object; }
    // As nlohmann names them, for messages ("expected a list, got number").
    const char* type_name() const;

    bool boolean() const { return node().boolean; }
    std::string_view string() const { return doc_->text(node().string); }
    double number() const; // any number, as a double
    int64_t integer() const { return is_number_unsigned() ? int64_t(node().whole) : node().integer; }
    uint64_t whole() const { return is_number_unsigned() ? node().whole : uint64_t(node().integer); }

    // Members of an object or elements of an array, in document order.
    size_t size() const { return is_array() || is_object() ? node().count : 0; }
    Children children() const;
    // A member's value by key; nullopt when absent or not an object.
    std::optional<Value> find(std::string_view key) const;

    Json to_json() const;
    std::string dump() const { return to_json().dump(); }

private:
    friend class FlatJson;
    const Node& node() const { return doc_->nodes_[index_]; }
    // The index after this value and everything inside it.
    uint32_t next() const { return node().type == Type::Array || node().type == Type::Object ? node().end : index_ + 1; }

    const FlatJson* doc_;
    uint32_t index_;
};

// A child of an array or object; key() is empty for an array's elements.
class FlatJson::Member {
public:
    explicit Member(Value value) : value_(value) {}
    Member() = default; // an empty slot, as Value()
    std::string_view key() const { return value_.doc_->text(value_.node().key); }
    const Value& value() const { return value_; }

private:
    Value value_;
};

class FlatJson::Children {
public:
    class iterator {
    public:
        iterator(const FlatJson& doc, uint32_t index) : doc_(&doc), index_(index) {}
        Member operator*() const { return Member(Value(*doc_, index_)); }
        iterator& operator++() {
            index_ = Value(*doc_, index_).next();
            return *this;
        }
        bool operator!=(const iterator& other) const { return index_ != other.index_; }

    private:
        const FlatJson* doc_;
        uint32_t index_;
    };
    Children(const FlatJson& doc, uint32_t first, uint32_t end) : doc_(doc), first_(first), end_(end) {}
    iterator begin() const { return iterator(doc_, first_); }
    iterator end() const { return iterator(doc_, end_); }

private:
    const FlatJson& doc_;
    uint32_t first_;
    uint32_t end_;
};

inline FlatJson::Value FlatJson::root() const { return Value(*this, 0); }

} // namespace setright
