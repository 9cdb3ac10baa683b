// sheet_xlsx.cpp — see sheet_xlsx.hpp.
//
// The parts read, as ECMA-376 lays them out: _rels/.rels names the workbook
// (xl/workbook.xml as a rule), its own .rels names the worksheets, the shared
// strings and the styles; a worksheet's cells point into the shared strings
// (t="s") and the styles (s="3", whose number format says whether a number
// is a date). Each part is streamed from the archive into expat.
#include "core/format/sheet_xlsx.hpp"

#include "core/model/moment.hpp"

#include <expat.h>
#include <unzip.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace setright {

namespace {

// A part larger than this unpacked is refused, not read (a ZIP bomb, or a
// sheet far beyond a checklist's size).
constexpr std::uint64_t kMaxPartBytes = 128u << 20;

// Why the workbook could not be read; becomes the result's SheetTextError.
struct Refusal {
    SheetTextError::Kind kind;
    std::string where; // the part and line, or the cell
    std::string what;
};

[[noreturn]] void refuse(SheetTextError::Kind kind, std::string where, std::string what) {
    throw Refusal{kind, std::move(where), std::move(what)};
}

// --- The archive, read from memory through minizip's file functions ---------

struct MemoryFile {
    std::string_view bytes;
    ZPOS64_T position = 0;
};

voidpf ZCALLBACK open_memory(voidpf opaque, const void*, int) { return opaque; }

uLong ZCALLBACK read_memory(voidpf, voidpf stream, void* buffer, uLong size) {
    MemoryFile& file = *static_cast<MemoryFile*>(stream);
    const ZPOS64_T left = file.position < file.bytes.size() ? file.bytes.size() - file.position : 0;
    const uLong count = static_cast<uLong>(std::min<ZPOS64_T>(size, left));
    std::memcpy(buffer, file.bytes.data() + file.position, count);
    file.position += count;
    return count;
}

uLong ZCALLBACK write_memory(voidpf, voidpf, const void*, uLong) { return 0; }

ZPOS64_T ZCALLBACK tell_memory(voidpf, voidpf stream) { return static_cast<MemoryFile*>(stream)->position; }

long ZCALLBACK seek_memory(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    MemoryFile& file = *static_cast<MemoryFile*>(stream);
    const ZPOS64_T base = origin == ZLIB_FILEFUNC_SEEK_CUR ? file.position : origin == ZLIB_FILEFUNC_SEEK_END ? file.bytes.size() : 0;
    if (offset > file.bytes.size() || base > file.bytes.size() - offset) return -1;
    file.position = base + offset;
    return 0;
}

int ZCALLBACK close_memory(voidpf, voidpf) { return 0; }
int ZCALLBACK error_memory(voidpf, voidpf) { return 0; }

// --- XML, through expat -------------------------------------------------------

// Element and attribute names arrive as "namespace|local"; the parts are
// read by local name (prefixes vary between writers, the names do not).
constexpr char kNamespaceSeparator = '|';

std::string_view local_name(const XML_Char* name) {
    const std::string_view full(name);
    const std::size_t bar = full.rfind(kNamespaceSeparator);
    return bar == std::string_view::npos ? full : full.substr(bar + 1);
}

const char* attribute(const XML_Char** attributes, std::string_view name) {
    for (int i = 0; attributes[i]; i += 2)
        if (local_name(attributes[i]) == name) return attributes[i + 1];
    return nullptr;
}

struct XmlReader {
    virtual ~XmlReader() = default;
    virtual void start(std::string_view, const XML_Char**) {}
    virtual void end(std::string_view) {}
    virtual void text(std::string_view) {}

    // A reader that finds the content wrong stops the parse and says why
    // (never an exception: it would unwind through expat's C frames).
    XML_Parser parser = nullptr;
    std::optional<Refusal> problem;
    void stop(Refusal why) {
        if (!problem) problem = std::move(why);
        XML_StopParser(parser, XML_FALSE);
    }
};

XmlReader& reader_of(void* parser) { return *static_cast<XmlReader*>(XML_GetUserData(static_cast<XML_Parser>(parser))); }

void XMLCALL on_start(void* parser, const XML_Char* name, const XML_Char** attributes) {
    reader_of(parser).start(local_name(name), attributes);
}
void XMLCALL on_end(void* parser, const XML_Char* name) { reader_of(parser).end(local_name(name)); }
void XMLCALL on_text(void* parser, const XML_Char* text, int length) {
    reader_of(parser).text(std::string_view(text, static_cast<std::size_t>(length)));
}

// No part of a workbook has a DOCTYPE: one is refused before it can declare
// entities (a "billion laughs" bomb).
void XMLCALL on_doctype(void* parser, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    XML_StopParser(static_cast<XML_Parser>(parser), XML_FALSE);
}

class Archive {
public:
    explicit Archive(std::string_view bytes) : file_{bytes, 0} {
        zlib_filefunc64_def functions{};
        functions.zopen64_file = open_memory;
        functions.zread_file = read_memory;
        functions.zwrite_file = write_memory;
        functions.ztell64_file = tell_memory;
        functions.zseek64_file = seek_memory;
        functions.zclose_file = close_memory;
        functions.zerror_file = error_memory;
        functions.opaque = &file_;
        zip_ = unzOpen2_64("workbook", &functions);
    }
    ~Archive() {
        if (zip_) unzClose(zip_);
    }
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    bool opened() const { return zip_ != nullptr; }
    bool has(const std::string& part) { return unzLocateFile(zip_, part.c_str(), 2) == UNZ_OK; }

    // Streams `part` into `reader`; false when the archive has no such part.
    bool parse(const std::string& part, XmlReader& reader) {
        if (!has(part)) return false;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip_, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK || unzOpenCurrentFile(zip_) != UNZ_OK)
            refuse(SheetTextError::Kind::BrokenWorkbook, part, part + ": cannot be unpacked");
        if (info.uncompressed_size > kMaxPartBytes) {
            unzCloseCurrentFile(zip_);
            refuse(SheetTextError::Kind::BrokenWorkbook, part, part + ": larger than 128 MB unpacked");
        }
        XML_Parser parser = XML_ParserCreateNS(nullptr, kNamespaceSeparator);
        XML_SetUserData(parser, &reader);
        reader.parser = parser;
        XML_UseParserAsHandlerArg(parser); // handlers get the parser; the reader is its user data
        XML_SetElementHandler(parser, on_start, on_end);
        XML_SetCharacterDataHandler(parser, on_text);
        XML_SetStartDoctypeDeclHandler(parser, on_doctype);
        std::vector<char> chunk(1 << 16);
        std::uint64_t total = 0;
        std::string problem;
        std::string where = part; // the part, and its line when the XML is at fault
        for (;;) {
            const int count = unzReadCurrentFile(zip_, chunk.data(), static_cast<unsigned>(chunk.size()));
            if (count < 0) {
                problem = part + ": cannot be unpacked (the file is damaged)";
                break;
            }
            total += static_cast<std::uint64_t>(count);
            if (total > kMaxPartBytes) {
                problem = part + ": larger than 128 MB unpacked";
                break;
            }
            if (XML_Parse(parser, chunk.data(), count, count == 0) == XML_STATUS_ERROR) {
                const XML_Error code = XML_GetErrorCode(parser);
                where = part + " line " + std::to_string(XML_GetCurrentLineNumber(parser));
                problem = code == XML_ERROR_ABORTED && !reader.problem ? where + ": a DOCTYPE, which no workbook part has"
                                                                       : where + ": " + XML_ErrorString(code);
                break;
            }
            if (count == 0) break;
        }
        XML_ParserFree(parser);
        reader.parser = nullptr;
        if (reader.problem) {
            unzCloseCurrentFile(zip_);
            throw *reader.problem;
        }
        if (unzCloseCurrentFile(zip_) == UNZ_CRCERROR && problem.empty()) problem = part + ": damaged (its checksum does not match)";
        if (!problem.empty()) refuse(SheetTextError::Kind::BrokenWorkbook, where, problem);
        return true;
    }

    // A small part read whole (the "mimetype" an OpenDocument file starts with).
    std::string read_small(const std::string& part) {
        if (!has(part) || unzOpenCurrentFile(zip_) != UNZ_OK) return {};
        char buffer[256];
        const int count = unzReadCurrentFile(zip_, buffer, sizeof buffer);
        unzCloseCurrentFile(zip_);
        return count > 0 ? std::string(buffer, static_cast<std::size_t>(count)) : std::string();
    }

private:
    MemoryFile file_;
    unzFile zip_ = nullptr;
};

// --- Paths between parts ----------------------------------------------------

std::string folder_of(const std::string& part) {
    const std::size_t slash = part.rfind('/');
    return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

// A relationship's target, relative to the part whose .rels named it, as a
// path inside the archive ("worksheets/sheet1.xml" from xl/ → "xl/worksheets/sheet1.xml").
std::string resolve_target(const std::string& from_folder, const std::string& target) {
    const std::string joined = !target.empty() && target[0] == '/' ? target.substr(1) : from_folder + target;
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= joined.size()) {
        const std::size_t slash = std::min(joined.find('/', start), joined.size());
        const std::string segment = joined.substr(start, slash - start);
        if (segment == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = slash + 1;
    }
    std::string path;
    for (const std::string& segment : segments) path += (path.empty() ? "" : "/") + segment;
    return path;
}

std::string rels_of(const std::string& part) {
    const std::string folder = folder_of(part);
    return folder + "_rels/" + part.substr(folder.size()) + ".rels";
}

struct Relationship {
    std::string type; // its last path segment: "worksheet", "sharedStrings", "styles", "officeDocument"
    std::string target;
};

struct RelationshipsReader : XmlReader {
    std::map<std::string, Relationship> by_id;
    void start(std::string_view name, const XML_Char** attributes) override {
        if (name != "Relationship") return;
        const char* id = attribute(attributes, "Id");
        const char* type = attribute(attributes, "Type");
        const char* target = attribute(attributes, "Target");
        if (!id || !type || !target) return;
        const std::string_view kind(type);
        by_id[id] = {std::string(kind.substr(kind.rfind('/') + 1)), target};
    }
};

// --- The workbook, its strings and its styles ---------------------------------

struct WorkbookReader : XmlReader {
    std::string first_visible_sheet; // its relationship id
    std::string first_sheet;
    bool from_1904 = false;
    void start(std::string_view name, const XML_Char** attributes) override {
        if (name == "workbookPr") {
            const char* date1904 = attribute(attributes, "date1904");
            from_1904 = date1904 && (std::strcmp(date1904, "1") == 0 || std::strcmp(date1904, "true") == 0);
        }
        if (name != "sheet") return;
        const char* id = attribute(attributes, "id");
        if (!id) return;
        if (first_sheet.empty()) first_sheet = id;
        const char* state = attribute(attributes, "state");
        if (first_visible_sheet.empty() && (!state || std::strcmp(state, "visible") == 0)) first_visible_sheet = id;
    }
};

// Text of <t> elements, leaving out phonetic runs (<rPh>: the furigana a
// Japanese cell carries), as the cell shows it.
struct RichText {
    std::string text;
    int phonetic_depth = 0;
    bool in_t = false;
    void start(std::string_view name) {
        if (name == "rPh") ++phonetic_depth;
        if (name == "t") in_t = phonetic_depth == 0;
    }
    void end(std::string_view name) {
        if (name == "rPh") --phonetic_depth;
        if (name == "t") in_t = false;
    }
    void add(std::string_view part) {
        if (in_t) text.append(part);
    }
};

struct SharedStringsReader : XmlReader {
    std::vector<std::string> strings;
    RichText current;
    void start(std::string_view name, const XML_Char**) override {
        if (name == "si") current = RichText{};
        current.start(name);
    }
    void end(std::string_view name) override {
        current.end(name);
        if (name == "si") strings.push_back(std::move(current.text));
    }
    void text(std::string_view part) override { current.add(part); }
};

// How a style shows a number: as is, as a date, or as a percentage.
enum class NumberShown { Plain, Date, Percent };

bool shows_percent(std::string_view code) {
    bool quoted = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (code[i] == '"')
            quoted = !quoted;
        else if (!quoted && code[i] == '\\')
            ++i;
        else if (!quoted && code[i] == '%')
            return true;
    }
    return false;
}

struct StylesReader : XmlReader {
    std::map<int, std::string> format_codes; // custom number formats by id
    std::vector<int> cell_format_ids;        // cellXfs, in order: a cell's s="3" is the fourth
    bool in_cell_xfs = false;
    void start(std::string_view name, const XML_Char** attributes) override {
        if (name == "numFmt") {
            const char* id = attribute(attributes, "numFmtId");
            const char* code = attribute(attributes, "formatCode");
            if (id && code) format_codes[std::atoi(id)] = code;
        } else if (name == "cellXfs") {
            in_cell_xfs = true;
        } else if (name == "xf" && in_cell_xfs) {
            const char* id = attribute(attributes, "numFmtId");
            cell_format_ids.push_back(id ? std::atoi(id) : 0);
        }
    }
    void end(std::string_view name) override {
        if (name == "cellXfs") in_cell_xfs = false;
    }
    std::vector<NumberShown> shown() const {
        std::vector<NumberShown> out;
        for (int id : cell_format_ids) {
            const auto code = format_codes.find(id);
            const std::string_view text = code == format_codes.end() ? std::string_view() : std::string_view(code->second);
            out.push_back(is_date_format(id, text)                                        ? NumberShown::Date
                          : id == 9 || id == 10 || (!text.empty() && shows_percent(text)) ? NumberShown::Percent
                                                                                          : NumberShown::Plain);
        }
        return out;
    }
};

// --- The worksheet ---------------------------------------------------------------

// "C7" as (row 6, column 2); nullopt when it is not a cell reference.
std::optional<std::pair<std::size_t, std::size_t>> parse_cell_reference(std::string_view reference) {
    std::size_t i = 0, column = 0, row = 0;
    while (i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z' && i < 3)
        column = column * 26 + std::size_t(reference[i++] - 'A' + 1);
    const std::size_t letters = i;
    while (i < reference.size() && reference[i] >= '0' && reference[i] <= '9' && i - letters < 7)
        row = row * 10 + std::size_t(reference[i++] - '0');
    if (letters == 0 || i == letters || i != reference.size() || row == 0 || column > 16384 || row > 1048576) return std::nullopt;
    return std::make_pair(row - 1, column - 1);
}

std::string plain_number(double value) {
    char buffer[40];
    if (std::fabs(value) < 1e15 && value == std::floor(value))
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    else
        std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

struct SheetReader : XmlReader {
    const std::vector<std::string>& strings;
    const std::vector<NumberShown>& styles;
    bool from_1904;
    SheetGrid grid;
    std::vector<std::string> merges;

    // The cell being read.
    std::size_t row = 0, column = 0;
    std::string type, value;
    int style = 0;
    bool in_v = false, in_inline = false;
    RichText inline_text;

    SheetReader(const std::vector<std::string>& s, const std::vector<NumberShown>& st, bool f1904)
            : strings(s), styles(st), from_1904(f1904) {}

    void start(std::string_view name, const XML_Char** attributes) override {
        if (name == "row") {
            const char* r = attribute(attributes, "r");
            const long number = r ? std::atol(r) : 0;
            if (number > 0 && number <= 1048576) row = std::size_t(number - 1);
            column = 0;
        } else if (name == "c") {
            const char* r = attribute(attributes, "r");
            if (const auto at = r ? parse_cell_reference(r) : std::nullopt) std::tie(row, column) = *at;
            const char* t = attribute(attributes, "t");
            const char* s = attribute(attributes, "s");
            type = t ? t : "n";
            style = s ? std::atoi(s) : 0;
            value.clear();
            inline_text = RichText{};
        } else if (name == "v") {
            in_v = true;
        } else if (name == "is") {
            in_inline = true;
        } else if (name == "mergeCell") {
            if (const char* ref = attribute(attributes, "ref")) merges.emplace_back(ref);
        }
        if (in_inline) inline_text.start(name);
    }

    void end(std::string_view name) override {
        if (in_inline) inline_text.end(name);
        if (name == "v")
            in_v = false;
        else if (name == "is")
            in_inline = false;
        else if (name == "c") {
            place(shown_value());
            ++column;
        } else if (name == "row") {
            ++row;
        }
    }

    void text(std::string_view part) override {
        if (in_v) value.append(part);
        if (in_inline) inline_text.add(part);
    }

    std::string shown_value() {
        if (type == "inlineStr") return inline_text.text;
        if (type == "s") {
            char* end = nullptr;
            const unsigned long index = std::strtoul(value.c_str(), &end, 10);
            if (!value.empty() && !*end && index < strings.size()) return strings[index];
            const std::string cell = cell_reference(row, column);
            stop({SheetTextError::Kind::BrokenWorkbook, cell,
                  "cell " + cell + " refers to shared string " + value + ", which the workbook lacks"});
            return {};
        }
        if (type == "b") return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value;
        if (type != "n" || value.empty()) return value; // "str" (a formula's text), "e" (#N/A), "d" (an ISO date)
        char* end = nullptr;
        const double number = std::strtod(value.c_str(), &end);
        if (*end || !std::isfinite(number)) return value;
        const NumberShown shown = style >= 0 && std::size_t(style) < styles.size() ? styles[std::size_t(style)] : NumberShown::Plain;
        if (shown == NumberShown::Date) {
            const std::string date = excel_serial_date(number, from_1904);
            if (!date.empty()) return date;
        }
        if (shown == NumberShown::Percent) return plain_number(number * 100) + "%";
        return plain_number(number);
    }

    void place(std::string text) {
        if (text.empty()) return; // a cell only formatted: it does not widen the sheet
        if (grid.rows.size() <= row) grid.rows.resize(row + 1);
        std::vector<std::string>& cells = grid.rows[row];
        if (cells.size() <= column) cells.resize(column + 1);
        cells[column] = std::move(text);
    }

    // A merged range's first value in each of its cells, within the cells the
    // sheet uses (a range merged to the sheet's edge does not widen it).
    void fill_merges() {
        std::size_t used_columns = 0;
        for (const auto& cells : grid.rows) used_columns = std::max(used_columns, cells.size());
        for (const std::string& merge : merges) {
            const std::size_t colon = merge.find(':');
            if (colon == std::string::npos) continue;
            const auto first = parse_cell_reference(std::string_view(merge).substr(0, colon));
            const auto last = parse_cell_reference(std::string_view(merge).substr(colon + 1));
            if (!first || !last || first->first >= grid.rows.size() || first->second >= grid.rows[first->first].size()) continue;
            const std::string value = grid.rows[first->first][first->second];
            const std::size_t last_row = std::min(last->first, grid.rows.size() - 1);
            const std::size_t last_column = std::min(last->second, used_columns - 1);
            for (std::size_t r = first->first; r <= last_row; ++r)
                for (std::size_t c = first->second; c <= last_column; ++c) {
                    std::vector<std::string>& cells = grid.rows[r];
                    if (cells.size() <= c) cells.resize(c + 1);
                    if (cells[c].empty()) cells[c] = value;
                }
        }
    }
};

SheetTextResult refused(SheetTextError::Kind kind, std::string where, std::string what) {
    SheetTextResult result;
    result.error = SheetTextError{std::move(where), std::move(what), kind};
    return result;
}

} // namespace

bool looks_like_zip(std::string_view bytes) { return bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

bool looks_like_ole(std::string_view bytes) {
    return bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

std::string excel_serial_date(double serial, bool from_1904) {
    if (!(serial >= 0) || serial >= 2958466) return {}; // before 1900 or after 9999-12-31
    long days = static_cast<long>(std::floor(serial));
    long seconds = std::lround((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    // Day 1 is 1900-01-01; Excel counts a 29 February 1900 that never was
    // (day 60), so from day 61 on the count runs from 1899-12-30.
    long from_epoch = 0; // days since 1970-01-01
    if (from_1904)
        from_epoch = days - 24107;
    else
        from_epoch = days >= 61 ? days - 25569 : days - 25568;
    char buffer[40];
    if (days == 0 && !from_1904) {
        std::snprintf(buffer, sizeof buffer, "%02ld:%02ld", seconds / 3600, seconds / 60 % 60);
        return buffer;
    }
    int year = 0, month = 0, day = 0;
    civil_from_days(from_epoch, year, month, day);
    if (seconds == 0)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02ld:%02ld", year, month, day, seconds / 3600, seconds / 60 % 60);
    return buffer;
}

bool is_date_format(int format_id, std::string_view code) {
    // Built-in formats: 14-22 dates and times, 27-36 and 50-58 the East Asian
    // date formats, 45-47 times.
    if ((format_id >= 14 && format_id <= 22) || (format_id >= 27 && format_id <= 36) || (format_id >= 45 && format_id <= 47) ||
        (format_id >= 50 && format_id <= 58))
        return true;
    bool quoted = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (quoted) continue;
        if (c == '\\' || c == '_' || c == '*') {
            ++i; // an escaped or spacing character
            continue;
        }
        if (c == '[') {
            const std::size_t close = code.find(']', i);
            const std::string_view inside = code.substr(i + 1, close == std::string_view::npos ? std::string_view::npos : close - i - 1);
            // [h], [mm], [ss]: elapsed time; [Red], [$-ko-KR], [>100]: not dates.
            if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos) return true;
            if (close == std::string_view::npos) return false;
            i = close;
            continue;
        }
        if (std::strchr("yYdDmMhHsS", c) && c != '\0') return true;
    }
    return false;
}

SheetTextResult read_sheet_xlsx(std::string_view bytes) {
    using Kind = SheetTextError::Kind;
    if (looks_like_ole(bytes))
        return refused(Kind::OldOrProtected, "",
                       "an Excel 97-2003 (.xls) or password-protected workbook: save it as .xlsx without a password, or as CSV UTF-8");
    try {
        Archive archive(bytes);
        if (!looks_like_zip(bytes) || !archive.opened()) return refused(Kind::NotWorkbook, "", "not an XLSX workbook (not a ZIP archive)");
        if (archive.read_small("mimetype").rfind("application/vnd.oasis.opendocument", 0) == 0)
            return refused(Kind::NotWorkbook, "", "an OpenDocument file (.ods), not XLSX: save it as .xlsx or as CSV UTF-8");

        RelationshipsReader root;
        archive.parse("_rels/.rels", root);
        std::string workbook_part = "xl/workbook.xml";
        for (const auto& [id, relationship] : root.by_id)
            if (relationship.type == "officeDocument") workbook_part = resolve_target("", relationship.target);
        WorkbookReader workbook;
        if (!archive.parse(workbook_part, workbook))
            return refused(Kind::NotWorkbook, "", "a ZIP archive but not an XLSX workbook (it has no " + workbook_part + ")");
        RelationshipsReader parts;
        archive.parse(rels_of(workbook_part), parts);
        const std::string folder = folder_of(workbook_part);
        const std::string sheet_id = workbook.first_visible_sheet.empty() ? workbook.first_sheet : workbook.first_visible_sheet;
        const auto sheet = parts.by_id.find(sheet_id);
        if (sheet == parts.by_id.end()) return refused(Kind::NotWorkbook, "", "an XLSX workbook without a worksheet");

        SharedStringsReader strings;
        StylesReader styles;
        for (const auto& [id, relationship] : parts.by_id) {
            if (relationship.type == "sharedStrings") archive.parse(resolve_target(folder, relationship.target), strings);
            if (relationship.type == "styles") archive.parse(resolve_target(folder, relationship.target), styles);
        }
        const std::vector<NumberShown> shown = styles.shown();
        SheetReader cells(strings.strings, shown, workbook.from_1904);
        const std::string sheet_part = resolve_target(folder, sheet->second.target);
        if (!archive.parse(sheet_part, cells))
            return refused(Kind::BrokenWorkbook, sheet_part, "the workbook lacks its worksheet " + sheet_part);
        cells.fill_merges();
        SheetTextResult result;
        result.grid = std::move(cells.grid);
        result.grid->separator = 0;
        return result;
    } catch (const Refusal& refusal) {
        return refused(refusal.kind, refusal.where, refusal.what);
    }
}

SheetTextResult read_sheet_file(std::string_view bytes) {
    if (looks_like_zip(bytes) || looks_like_ole(bytes)) return read_sheet_xlsx(bytes);
    return read_sheet_text(bytes);
}

} // namespace setright
