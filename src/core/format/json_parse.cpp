// json_parse.cpp — see json_parse.hpp.
#include "core/format/json_parse.hpp"

#include "core/format/json_text.hpp"

#include <vector>

namespace setright {

namespace {

ImportProblem at_offset(std::string_view text, size_t offset, std::string code, std::vector<std::string> args = {}) {
    const TextPosition pos = position_of(text, offset);
    return make_problem("", std::move(code), std::move(args), pos.line, pos.column);
}

// nlohmann's what() is "[json.exception.parse_error.101] parse error at line
// 1, column 7: syntax error while parsing value - invalid literal; last read:
// '...'". Keep the part after the position (we compute our own) and make sure
// the quoted input is printable.
std::string syntax_message(const std::string& what) {
    constexpr size_t max_message = 200;
    std::string rest = what;
    const size_t column = rest.find(", column ");
    if (column != std::string::npos) {
        const size_t colon = rest.find(": ", column);
        if (colon != std::string::npos) rest = rest.substr(colon + 2);
    }
    const std::string verbose = "syntax error while parsing value - ";
    if (rest.compare(0, verbose.size(), verbose) == 0)
        rest = rest.substr(verbose.size());
    else if (rest.compare(0, 13, "syntax error ") == 0)
        rest = rest.substr(13);
    if (rest.size() > max_message) rest = rest.substr(0, max_message) + "...";
    return printable_utf8(rest);
}

// Builds the document from nlohmann's SAX events, as its own DOM parser would,
// and refuses a duplicate key with its JSON pointer on the way: nlohmann
// keeps the last one silently, and its callback parser, which could watch
// for them, rescans the parent of every closed object (30 s in the browser
// for an array of 100,000 objects). A duplicate is an insertion that finds
// its key already there, so checking copies no key and keeps no set.
class DomBuilder {
public:
    DomBuilder(ProblemList& problems, Json& root) : problems_(problems), root_(root) { open_.reserve(max_json_depth + 1); }

    // The SAX interface (nlohmann::json_sax).
    bool null() { return place(nullptr); }
    bool boolean(bool v) { return place(v); }
    bool number_integer(Json::number_integer_t v) { return place(v); }
    bool number_unsigned(Json::number_unsigned_t v) { return place(v); }
    bool number_float(Json::number_float_t v, const std::string&) { return place(v); }
    bool string(std::string& v) { return place(v); }
    bool binary(Json::binary_t& v) { return place(Json::binary(std::move(v))); }
    bool start_object(std::size_t) { return open(Json::value_t::object); }
    bool start_array(std::size_t) { return open(Json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(std::string& k) {
        Open& object = open_.back();
        auto [member, inserted] = object.value->get_ref<Json::object_t&>().try_emplace(k);
        object.key = &member->first;
        member_ = &member->second;
        if (!inserted) problems_.add(pointer(), "duplicate_key", {k});
        return true;
    }
    template <class Exception> bool parse_error(std::size_t, const std::string&, const Exception& e) { throw e; }

private:
    struct Open {
        Json* value;
        bool is_array;
        const std::string* key = nullptr; // in an object: the member being read
    };

    // Puts a value where the document is up to: the root, the end of the
    // open array, or the member whose key came last.
    template <class Value> bool place(Value&& v) { return put(std::forward<Value>(v)) != nullptr; }
    template <class Value> Json* put(Value&& v) {
        if (open_.empty()) return &(root_ = Json(std::forward<Value>(v)));
        if (open_.back().is_array) return &open_.back().value->get_ref<Json::array_t&>().emplace_back(std::forward<Value>(v));
        return &(*member_ = Json(std::forward<Value>(v)));
    }
    bool open(Json::value_t type) {
        open_.push_back(Open{put(type), type == Json::value_t::array});
        return true;
    }
    bool close() {
        open_.pop_back();
        return true;
    }
    // Only for a problem: the pointer to the member or element being read.
    std::string pointer() const {
        std::string out;
        for (const Open& o : open_) {
            out += '/';
            out += o.is_array ? std::to_string(o.value->size() - 1) : escape_pointer_token(*o.key);
        }
        return out;
    }

    ProblemList& problems_;
    Json& root_;
    std::vector<Open> open_;
    Json* member_ = nullptr;
};

} // namespace

std::optional<Json> parse_json_text(std::string_view text, ProblemList& problems) {
    const TextScan scan = scan_text(text, max_json_depth, max_json_string_bytes);
    if (scan.issue == TextScan::Issue::TooDeep) {
        problems.add(at_offset(text, scan.offset, "too_deep", {std::to_string(max_json_depth)}));
        return std::nullopt;
    }
    if (scan.issue == TextScan::Issue::StringTooLong) {
        problems.add(at_offset(text, scan.offset, "string_too_long"));
        return std::nullopt;
    }

    const size_t problems_before = problems.total();
    Json doc;
    try {
        DomBuilder parser(problems, doc);
        Json::sax_parse(text.begin(), text.end(), &parser);
    } catch (const Json::parse_error& e) {
        // e.byte counts the bytes read, including the one that failed.
        problems.add(at_offset(text, e.byte > 0 ? e.byte - 1 : 0, "syntax", {syntax_message(e.what())}));
        return std::nullopt;
    } catch (const Json::out_of_range&) {
        // Thrown for a number too large for a double (1e400); nlohmann gives no position.
        problems.add("", "number_out_of_range");
        return std::nullopt;
    }
    if (problems.total() != problems_before) return std::nullopt;
    return doc;
}

} // namespace setright
