// sheet_text.cpp — see sheet_text.hpp.
#include "core/format/sheet_text.hpp"

#include "core/reports/safe_text.hpp"

#include <csv.h>

namespace setright {

namespace {

struct Reading {
    SheetGrid grid;
    std::vector<std::string> row;
    int last_end = 0; // the character that ended the last row (CR, LF), or 0
};

void on_cell(void* data, std::size_t length, void* context) {
    Reading& r = *static_cast<Reading*>(context);
    r.row.emplace_back(data ? static_cast<const char*>(data) : "", data ? length : 0);
}

void on_row_end(int end, void* context) {
    Reading& r = *static_cast<Reading*>(context);
    // Every line break ends a row (CSV_REPALL_NL), so blank lines keep the
    // rows numbered as the spreadsheet had them; but CR LF is one break.
    const bool second_half_of_crlf = end == '\n' && r.last_end == '\r' && r.row.empty();
    r.last_end = end;
    if (second_half_of_crlf) return;
    r.grid.rows.push_back(std::move(r.row));
    r.row.clear();
}

// Only a space is padding: a tab may be the separator.
int is_padding(unsigned char c) { return c == ' '; }

bool is_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char ch = decode_utf8(text, i);
        if (!ch.valid) return false;
        i += ch.length;
    }
    return true;
}

} // namespace

char guess_separator(std::string_view text) {
    std::size_t commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        commas += c == ',';
        semicolons += c == ';';
        tabs += c == '\t';
    }
    if (tabs >= commas && tabs >= semicolons && tabs > 0) return '\t';
    return semicolons > commas ? ';' : ',';
}

std::string cell_reference(std::size_t row, std::size_t column) {
    std::string letters;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), char('A' + (n - 1) % 26));
    return letters + std::to_string(row + 1);
}

SheetTextResult read_sheet_text(std::string_view text, char separator) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    Reading reading;
    reading.grid.separator = separator ? separator : guess_separator(text);
    csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_REPALL_NL | CSV_STRICT_FINI);
    csv_set_delim(&parser, static_cast<unsigned char>(reading.grid.separator));
    csv_set_space_func(&parser, is_padding);
    const std::size_t parsed = csv_parse(&parser, text.data(), text.size(), on_cell, on_row_end, &reading);
    const bool stray_quote = parsed < text.size();
    const bool open_quote = !stray_quote && csv_fini(&parser, on_cell, on_row_end, &reading) != 0;
    csv_free(&parser);

    SheetTextResult result;
    if (stray_quote || open_quote) {
        // In the row being read when the parser stopped.
        const std::string cell = cell_reference(reading.grid.rows.size(), reading.row.size());
        if (stray_quote)
            result.error =
                    SheetTextError{cell, "a quote in " + cell + " is out of place: quote the whole cell and double the quotes inside it",
                                   SheetTextError::Kind::StrayQuote};
        else
            result.error = SheetTextError{cell, "a quote opened in " + cell + " is never closed", SheetTextError::Kind::OpenQuote};
        return result;
    }
    for (std::size_t r = 0; r < reading.grid.rows.size(); ++r)
        for (std::size_t c = 0; c < reading.grid.rows[r].size(); ++c)
            if (!is_utf8(reading.grid.rows[r][c])) {
                result.error =
                        SheetTextError{cell_reference(r, c), cell_reference(r, c) + " is not UTF-8 text: save the sheet as \"CSV UTF-8\"",
                                       SheetTextError::Kind::NotUtf8};
                return result;
            }
    result.grid = std::move(reading.grid);
    return result;
}

} // namespace setright
