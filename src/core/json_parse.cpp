// json_parse.cpp — see json_parse.hpp.
#include "json_parse.hpp"

#include "json_text.hpp"

#include <unordered_set>

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
    if (rest.compare(0, verbose.size(), verbose) == 0) rest = rest.substr(verbose.size());
    else if (rest.compare(0, 13, "syntax error ") == 0) rest = rest.substr(13);
    if (rest.size() > max_message) rest = rest.substr(0, max_message) + "...";
    return printable_utf8(rest);
}

// Builds the DOM as nlohmann's own parser does and watches the SAX events
// on the way to report a duplicate key with its JSON pointer. (nlohmann's
// callback parser would do the watching too, but it scans the parent of every
// closed object, which is quadratic: 30 s in the browser for an array of
// 100,000 objects.) Frames are reused between objects to keep allocation down.
class DuplicateKeyFinder {
public:
    DuplicateKeyFinder(ProblemList& problems, Json& doc) : problems_(problems), dom_(doc, true) {}

    // The SAX interface (nlohmann::json_sax): every event goes on to the DOM.
    bool null() { return value(dom_.null()); }
    bool boolean(bool v) { return value(dom_.boolean(v)); }
    bool number_integer(Json::number_integer_t v) { return value(dom_.number_integer(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return value(dom_.number_unsigned(v)); }
    bool number_float(Json::number_float_t v, const std::string& s) { return value(dom_.number_float(v, s)); }
    bool string(std::string& v) { return value(dom_.string(v)); }
    bool binary(Json::binary_t& v) { return value(dom_.binary(v)); }
    bool start_object(std::size_t n) {
        push(false);
        return dom_.start_object(n);
    }
    bool key(std::string& k) {
        on_key(k);
        return dom_.key(k);
    }
    bool end_object() { return end(dom_.end_object()); }
    bool start_array(std::size_t n) {
        push(true);
        return dom_.start_array(n);
    }
    bool end_array() { return end(dom_.end_array()); }
    template <class Exception> bool parse_error(std::size_t position, const std::string& last, const Exception& e) {
        return dom_.parse_error(position, last, e); // throws e
    }

private:
    bool value(bool ok) {
        element_done();
        return ok;
    }
    bool end(bool ok) {
        if (depth_ > 0) --depth_;
        element_done();
        return ok;
    }

    struct Frame {
        bool is_array = false;
        size_t index = 0;  // in an array: the element being read
        std::string key;   // in an object: the member being read
        // Keys seen: a short list covers almost every object; a set takes
        // over for big ones so that a 100,000-key object stays linear.
        std::vector<std::string> few;
        std::unordered_set<std::string> many;

        bool insert(const std::string& k) {
            constexpr size_t few_limit = 16;
            if (!many.empty()) return many.insert(k).second;
            for (const std::string& seen : few)
                if (seen == k) return false;
            if (few.size() < few_limit) {
                few.push_back(k);
                return true;
            }
            many.insert(few.begin(), few.end());
            few.clear();
            return many.insert(k).second;
        }
    };

    void push(bool is_array) {
        if (depth_ == frames_.size()) frames_.emplace_back();
        Frame& f = frames_[depth_++];
        f.is_array = is_array;
        f.index = 0;
        f.key.clear();
        f.few.clear();
        f.many.clear();
    }
    void element_done() {
        if (depth_ > 0 && frames_[depth_ - 1].is_array) ++frames_[depth_ - 1].index;
    }
    void on_key(const std::string& key) {
        if (depth_ == 0) return;
        Frame& f = frames_[depth_ - 1];
        f.key = key;
        if (!f.insert(key))
            problems_.add(pointer(), "duplicate_key", {key});
    }
    std::string pointer() const {
        std::string out;
        for (size_t i = 0; i < depth_; ++i) {
            out += '/';
            out += frames_[i].is_array ? std::to_string(frames_[i].index) : escape_pointer_token(frames_[i].key);
        }
        return out;
    }

    ProblemList& problems_;
    nlohmann::detail::json_sax_dom_parser<Json> dom_;
    std::vector<Frame> frames_;
    size_t depth_ = 0;
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
        DuplicateKeyFinder parser(problems, doc);
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
