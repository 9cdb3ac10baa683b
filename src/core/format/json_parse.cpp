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

// Builds the flat document from nlohmann's SAX events and refuses a
// duplicate key with its JSON pointer on the way: nlohmann's DOM keeps the
// last one silently, and its callback parser, which could watch for them,
// rescans the parent of every closed object (30 s in the browser for an
// array of 100,000 objects).
class FlatBuilder {
public:
    FlatBuilder(ProblemList& problems, FlatJson& doc) : problems_(problems), doc_(doc) {}

    // The SAX interface (nlohmann::json_sax).
    bool null() { return doc_.add_null(), true; }
    bool boolean(bool v) { return doc_.add_boolean(v), true; }
    bool number_integer(Json::number_integer_t v) { return doc_.add_integer(v), true; }
    bool number_unsigned(Json::number_unsigned_t v) { return doc_.add_unsigned(v), true; }
    bool number_float(Json::number_float_t v, const std::string&) { return doc_.add_float(v), true; }
    bool string(std::string& v) { return doc_.add_string(v), true; }
    bool binary(Json::binary_t&) { return doc_.add_null(), true; } // never from JSON text
    bool start_object(std::size_t) { return doc_.open(FlatJson::Type::Object), true; }
    bool start_array(std::size_t) { return doc_.open(FlatJson::Type::Array), true; }
    bool end_object() { return doc_.close(), true; }
    bool end_array() { return doc_.close(), true; }
    bool key(std::string& k) {
        // Reading goes on, so that one import reports every duplicate.
        if (!doc_.set_key(k)) problems_.add(doc_.pointer_here(), "duplicate_key", {k});
        return true;
    }
    template <class Exception> bool parse_error(std::size_t, const std::string&, const Exception& e) { throw e; }

private:
    ProblemList& problems_;
    FlatJson& doc_;
};

} // namespace

std::optional<FlatJson> parse_json_text(std::string_view text, ProblemList& problems) {
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
    FlatJson doc;
    // Files Setright writes hold about one value per 16 bytes, most of the
    // bytes inside strings; a guess on the large side spares the copy of
    // every node a short one would cost.
    doc.reserve(text.size() / 12, text.size() / 2);
    try {
        FlatBuilder parser(problems, doc);
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
