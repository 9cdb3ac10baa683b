// report_xlsx.cpp — see report_xlsx.hpp.
#include "core/reports/report_xlsx.hpp"

#include "core/judging/claim_ladder.hpp"
#include "core/judging/coverage.hpp"
#include "core/model/enum_names.hpp"
#include "core/words/words.hpp"

#include <xlsxwriter.h>

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <stdexcept>
#include <vector>

namespace setright {

namespace {

// The ladder's order, as the legend lists it.
constexpr ClaimStatus kLadder[] = {ClaimStatus::Unknown,  ClaimStatus::Claimed,      ClaimStatus::Partial,     ClaimStatus::Demonstrated,
                                   ClaimStatus::Verified, ClaimStatus::NotSupported, ClaimStatus::AcceptedRisk};
constexpr lxw_row_t kHeaderRow = 3; // row 4: under the title and the note
constexpr lxw_col_t kFirstVendorColumn = 4;

// "A1"-style reference; `absolute` pins it ("$D$5").
std::string cell(lxw_row_t row, lxw_col_t column, bool absolute = false) {
    char buffer[32];
    if (absolute)
        lxw_rowcol_to_cell_abs(buffer, row, column, 1, 1);
    else
        lxw_rowcol_to_cell(buffer, row, column);
    return buffer;
}

std::string range(lxw_row_t first, lxw_row_t last, lxw_col_t column, bool absolute) {
    return cell(first, column, absolute) + ":" + cell(last, column, absolute);
}

// A sheet name as a formula refers to it: quoted, quotes doubled.
std::string sheet_reference(const std::string& name) {
    std::string quoted = "'";
    for (char c : name) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'!";
}

// Text inside a formula's string literal: quotes doubled.
std::string formula_text(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out;
}

// A sheet name Excel accepts: at most 31 characters (here bytes, cut on a
// character boundary) and none of []:*?/\.
std::string sheet_name(std::string name) {
    for (char& c : name)
        if (std::string("[]:*?/\\").find(c) != std::string::npos) c = ' ';
    if (name.size() > 31) {
        std::size_t cut = 31;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
        name.resize(cut);
    }
    return name;
}

// A workbook written to a temporary file (libxlsxwriter writes files), read
// back and removed. C stdio rather than <fstream> and <filesystem>: in the
// browser those two brought about 70 KB of locale and stream code.
class TemporaryFile {
public:
    TemporaryFile() {
        const char* directory = std::getenv("TMPDIR");
        std::string pattern = std::string(directory && *directory ? directory : "/tmp") + "/setright-XXXXXX.xlsx";
        const int fd = mkstemps(pattern.data(), 5);
        if (fd < 0) throw std::runtime_error("no temporary file for the workbook");
        close(fd);
        path_ = pattern;
    }
    ~TemporaryFile() { std::remove(path_.c_str()); }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    const std::string& path() const { return path_; }
    std::string bytes() const {
        std::string out;
        if (std::FILE* in = std::fopen(path_.c_str(), "rb")) {
            char buffer[16384];
            for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, in)) > 0;) out.append(buffer, n);
            std::fclose(in);
        }
        return out;
    }

private:
    std::string path_;
};

struct Formats {
    lxw_format* title;
    lxw_format* header;
    lxw_format* wrapped;
    lxw_format* number;
    lxw_format* percent;
    lxw_format* total;
    lxw_format* total_percent;
    lxw_format* note;

    explicit Formats(lxw_workbook* book) {
        title = workbook_add_format(book);
        format_set_bold(title);
        format_set_font_size(title, 14);
        header = workbook_add_format(book);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        wrapped = workbook_add_format(book);
        format_set_text_wrap(wrapped);
        format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
        number = workbook_add_format(book);
        format_set_num_format(number, "0.##");
        format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
        percent = workbook_add_format(book);
        format_set_num_format(percent, "0.0%");
        total = workbook_add_format(book);
        format_set_bold(total);
        format_set_top(total, LXW_BORDER_THIN);
        total_percent = workbook_add_format(book);
        format_set_bold(total_percent);
        format_set_top(total_percent, LXW_BORDER_THIN);
        format_set_num_format(total_percent, "0.0%");
        note = workbook_add_format(book);
        format_set_italic(note);
        format_set_font_color(note, 0x555555);
    }
};

void write_text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const std::string& text, lxw_format* format = nullptr) {
    if (!text.empty())
        worksheet_write_string(sheet, row, column, text.c_str(), format);
    else if (format)
        worksheet_write_blank(sheet, row, column, format);
}

void write_formula(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const std::string& formula, lxw_format* format, double value) {
    worksheet_write_formula_num(sheet, row, column, formula.c_str(), format, value);
}

// The claim ladder: status and what it counts as, rows 2 to 8.
void write_legend(lxw_worksheet* sheet, const Words& words, const Formats& f) {
    write_text(sheet, 0, 0, words.phrase("report.col_status"), f.header);
    write_text(sheet, 0, 1, words.phrase("report.xlsx_counts_as"), f.header);
    lxw_row_t row = 1;
    for (ClaimStatus status : kLadder) {
        write_text(sheet, row, 0, words.enum_value("claim_status", to_string(status)));
        worksheet_write_number(sheet, row, 1, claim_strength(status), f.number);
        ++row;
    }
    write_text(sheet, row + 1, 0, words.phrase("report.xlsx_effective_note"), f.note);
    worksheet_set_column(sheet, 0, 0, 24, nullptr);
    worksheet_set_column(sheet, 1, 1, 12, nullptr);
}

} // namespace

std::string checklist_xlsx(const Deal& deal, const Words& words) {
    TemporaryFile file;
    lxw_workbook* book = workbook_new(file.path().c_str());
    if (!book) throw std::runtime_error("the workbook could not be started");
    const Formats f(book);

    const std::string checklist_name = sheet_name(words.phrase("report.xlsx_checklist"));
    const std::string vendors_name = sheet_name(words.phrase("report.xlsx_vendors"));
    const std::string ladder_name = sheet_name(words.phrase("report.xlsx_ladder"));
    lxw_worksheet* checklist = workbook_add_worksheet(book, checklist_name.c_str());
    lxw_worksheet* vendors = workbook_add_worksheet(book, vendors_name.c_str());
    lxw_worksheet* ladder = workbook_add_worksheet(book, ladder_name.c_str());
    write_legend(ladder, words, f);

    // The checklist's head.
    write_text(checklist, 0, 0, deal.title.empty() ? deal.id : deal.title, f.title);
    write_text(checklist, 1, 0, words.phrase("report.xlsx_formula_note"), f.note);
    const char* fixed_headers[] = {"report.col_requirement", "report.col_category", "report.col_priority", "report.col_weight"};
    for (lxw_col_t c = 0; c < 4; ++c) write_text(checklist, kHeaderRow, c, words.phrase(fixed_headers[c]), f.header);
    const std::vector<VendorCoverage> coverage = compare_vendors(deal);
    for (std::size_t v = 0; v < coverage.size(); ++v) {
        const lxw_col_t status_column = lxw_col_t(kFirstVendorColumn + 2 * v);
        write_text(checklist, kHeaderRow, status_column, words.phrase("report.xlsx_vendor_status", {coverage[v].name}), f.header);
        write_text(checklist, kHeaderRow, status_column + 1, words.phrase("report.xlsx_vendor_counts_as", {coverage[v].name}), f.header);
    }

    // One row per requirement.
    const lxw_row_t first = kHeaderRow + 1;
    const std::string ladder_range = sheet_reference(ladder_name) + "$A$2:$B$" + std::to_string(1 + std::size(kLadder));
    lxw_row_t row = first;
    for (const Requirement& r : deal.requirements) {
        write_text(checklist, row, 0, r.text.empty() ? r.id : r.text, f.wrapped);
        write_text(checklist, row, 1, r.category, f.wrapped);
        write_text(checklist, row, 2, words.enum_value("priority", to_string(r.priority)), f.wrapped);
        worksheet_write_number(checklist, row, 3, usable_weight(r.weight), f.number);
        for (std::size_t v = 0; v < coverage.size(); ++v) {
            const lxw_col_t status_column = lxw_col_t(kFirstVendorColumn + 2 * v);
            const Claim* claim = find_claim(r, coverage[v].vendor);
            const ClaimStatus status = claim ? effective_status(*claim) : ClaimStatus::Unknown;
            write_text(checklist, row, status_column, words.enum_value("claim_status", to_string(status)), f.wrapped);
            write_formula(checklist, row, status_column + 1, "=VLOOKUP(" + cell(row, status_column) + "," + ladder_range + ",2,FALSE)",
                          f.number, claim_strength(status));
        }
        ++row;
    }

    // Each vendor's weighted coverage, over all requirements and the must-haves.
    const lxw_row_t total_row = row;
    const lxw_row_t must_row = row + 1;
    write_text(checklist, total_row, 0, words.phrase("report.xlsx_weighted_coverage"), f.total);
    write_text(checklist, must_row, 0, words.phrase("report.col_must_covered"), f.total);
    for (lxw_col_t c = 1; c < 4; ++c) {
        worksheet_write_blank(checklist, total_row, c, f.total);
        worksheet_write_blank(checklist, must_row, c, f.total);
    }
    const bool any = !deal.requirements.empty();
    const std::string weights = any ? range(first, total_row - 1, 3, true) : "";
    const std::string priorities = any ? range(first, total_row - 1, 2, true) : "";
    const std::string must = "\"" + formula_text(words.enum_value("priority", "must")) + "\"";
    for (std::size_t v = 0; v < coverage.size(); ++v) {
        const lxw_col_t column = lxw_col_t(kFirstVendorColumn + 2 * v + 1);
        worksheet_write_blank(checklist, total_row, column - 1, f.total);
        worksheet_write_blank(checklist, must_row, column - 1, f.total);
        if (!any) {
            worksheet_write_number(checklist, total_row, column, 0, f.total_percent);
            worksheet_write_number(checklist, must_row, column, 0, f.total_percent);
            continue;
        }
        const std::string counts = range(first, total_row - 1, column, false);
        write_formula(checklist, total_row, column,
                      "=IF(SUM(" + weights + ")=0,0,SUMPRODUCT(" + weights + "," + counts + ")/SUM(" + weights + "))", f.total_percent,
                      coverage[v].coverage);
        const std::string must_weights = "SUMIF(" + priorities + "," + must + "," + weights + ")";
        write_formula(checklist, must_row, column,
                      "=IF(" + must_weights + "=0,0,SUMPRODUCT((" + priorities + "=" + must + ")*" + weights + "*" + counts + ")/" +
                              must_weights + ")",
                      f.total_percent, coverage[v].must_coverage);
    }
    worksheet_set_column(checklist, 0, 0, 48, nullptr);
    worksheet_set_column(checklist, 1, 2, 14, nullptr);
    worksheet_set_column(checklist, 3, 3, 8, nullptr);
    if (!coverage.empty())
        worksheet_set_column(checklist, kFirstVendorColumn, lxw_col_t(kFirstVendorColumn + 2 * coverage.size() - 1), 14, nullptr);
    worksheet_freeze_panes(checklist, kHeaderRow + 1, 1);

    // The vendors side by side, their figures the checklist's.
    const char* vendor_headers[] = {"report.col_vendor", "report.col_coverage", "report.col_must_covered", "report.col_must_verified"};
    for (lxw_col_t c = 0; c < 4; ++c) write_text(vendors, 0, c, words.phrase(vendor_headers[c]), f.header);
    const std::string from_checklist = sheet_reference(checklist_name);
    for (std::size_t v = 0; v < coverage.size(); ++v) {
        const lxw_row_t at = lxw_row_t(v + 1);
        const lxw_col_t column = lxw_col_t(kFirstVendorColumn + 2 * v + 1);
        write_text(vendors, at, 0, coverage[v].name);
        write_formula(vendors, at, 1, "=" + from_checklist + cell(total_row, column, true), f.percent, coverage[v].coverage);
        write_formula(vendors, at, 2, "=" + from_checklist + cell(must_row, column, true), f.percent, coverage[v].must_coverage);
        write_text(vendors, at, 3,
                   words.phrase("report.n_of_m", {Fact::count(coverage[v].must_verified), Fact::count(coverage[v].must_total)}));
    }
    worksheet_set_column(vendors, 0, 0, 32, nullptr);
    worksheet_set_column(vendors, 1, 3, 18, nullptr);

    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) throw std::runtime_error(std::string("the workbook could not be written: ") + lxw_strerror(closed));
    return file.bytes();
}

} // namespace setright
