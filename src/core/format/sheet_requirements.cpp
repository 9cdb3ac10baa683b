// sheet_requirements.cpp — see sheet_requirements.hpp.
#include "core/format/sheet_requirements.hpp"

#include "core/model/deal_lookup.hpp"
#include "core/reports/safe_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <set>

namespace setright {

namespace {

// Lower case for comparing words (ASCII, Latin-1 letters such as Å and Ø,
// Cyrillic with Ё as Е), "-", "_" and runs of spaces as one space, trimmed,
// without a trailing ":" or "*" (a required-field mark).
std::string folded(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char ch = decode_utf8(text, i);
        char32_t c = ch.c;
        i += ch.length;
        if (c >= 'A' && c <= 'Z')
            c += 0x20;
        else if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
            c += 0x20;
        else if (c >= 0x410 && c <= 0x42F)
            c += 0x20;
        else if (c == 0x401 || c == 0x451)
            c = 0x435;
        if (c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0) {
            if (!out.empty() && out.back() != ' ') out += ' ';
            continue;
        }
        append_utf8(out, c);
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == ':' || out.back() == '*')) out.pop_back();
    return out;
}

bool is_one_of(const std::string& word, std::initializer_list<const char*> words) {
    return std::any_of(words.begin(), words.end(), [&word](const char* w) { return word == w; });
}

// Header words, folded, in English, Korean, Norwegian and Russian.
SheetField field_named(const std::string& header) {
    if (is_one_of(header, {"requirement", "requirements", "text",       "description", "item",     "feature", "capability",
                           "요구 사항",   "요구사항",     "내용",       "항목",        "기능",     "krav",    "kravtekst",
                           "beskrivelse", "tekst",        "требование", "требования",  "описание", "текст",   "функция"}))
        return SheetField::Text;
    if (is_one_of(header, {"category", "area", "section", "group", "domain", "분류", "범주", "카테고리", "영역", "kategori", "område",
                           "seksjon", "gruppe", "категория", "раздел", "область", "группа"}))
        return SheetField::Category;
    if (is_one_of(header, {"priority", "importance", "moscow", "우선순위", "중요도", "prioritet", "viktighet", "приоритет", "важность"}))
        return SheetField::Priority;
    if (is_one_of(header, {"weight", "가중치", "vekt", "вес"})) return SheetField::Weight;
    if (is_one_of(header, {"owner", "responsible", "assignee", "담당자", "책임자", "ansvarlig", "eier", "ответственный", "владелец"}))
        return SheetField::Owner;
    if (is_one_of(header, {"due", "due date", "deadline", "기한", "마감일", "마감", "frist", "forfallsdato", "срок", "срок выполнения"}))
        return SheetField::Due;
    if (is_one_of(header, {"notes", "note", "comments", "comment", "remarks", "메모", "비고", "참고", "notater", "notat", "merknad",
                           "merknader", "kommentar", "kommentarer", "примечание", "примечания", "комментарий", "комментарии", "заметки"}))
        return SheetField::Notes;
    if (is_one_of(header, {"claim", "vendor answer", "vendor response", "answer", "response", "supported", "compliance", "응답", "답변",
                           "공급업체 응답", "지원 여부", "svar", "leverandørens svar", "støttes", "ответ", "ответ поставщика", "поддержка",
                           "поддерживается"}))
        return SheetField::Claim;
    return SheetField::Ignore;
}

std::optional<Priority> priority_named(const std::string& word) {
    if (is_one_of(word, {"must", "must have", "m", "required", "mandatory", "critical", "필수", "반드시", "må", "må krav", "må ha",
                         "obligatorisk", "обязательно", "обязательное", "обязательный"}))
        return Priority::Must;
    if (is_one_of(word, {"should", "should have", "s", "important", "desired", "preferred", "권장", "중요", "bør", "bør krav", "bør ha",
                         "viktig", "желательно", "желательное", "важно"}))
        return Priority::Should;
    if (is_one_of(word,
                  {"nice", "nice to have", "could", "could have", "c", "optional", "선택", "선택 사항", "있으면 좋음", "kan", "kjekt å ha",
                   "fint å ha", "valgfri", "было бы неплохо", "было бы хорошо", "опционально", "необязательно", "по возможности"}))
        return Priority::Nice;
    return std::nullopt;
}

// A vendor's answer in a sheet. Whatever it says, it is its word: "yes" and
// even "verified" are claims until evidence shows them.
std::optional<ClaimStatus> claim_named(const std::string& word) {
    if (is_one_of(word,
                  {"yes",    "y",  "supported", "claimed", "demonstrated", "verified", "available",      "standard", "예",  "네", "지원",
                   "주장됨", "ja", "støttet",   "støttes", "påstått",      "да",       "поддерживается", "заявлено", "есть"}))
        return ClaimStatus::Claimed;
    if (is_one_of(word, {"no", "n", "not supported", "unsupported", "아니요", "아니오", "미지원", "지원 안 함", "nei", "ikke støttet",
                         "нет", "не поддерживается"}))
        return ClaimStatus::NotSupported;
    if (is_one_of(word, {"partly", "partial", "partially", "limited", "부분", "부분 지원", "일부", "delvis", "частично"}))
        return ClaimStatus::Partial;
    if (is_one_of(word, {"unknown", "?", "tbd", "알 수 없음", "미정", "ukjent", "неизвестно"})) return ClaimStatus::Unknown;
    return std::nullopt;
}

std::string trimmed(const std::string& cell) {
    const auto begin = cell.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos) return {};
    return cell.substr(begin, cell.find_last_not_of(" \t\r\n") - begin + 1);
}

std::optional<double> weight_from(const std::string& cell) {
    std::string text = trimmed(cell);
    std::replace(text.begin(), text.end(), ',', '.');
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(value) || value <= 0) return std::nullopt;
    return value;
}

// 2026-12-17, 17.12.2026 (Norwegian, Russian) or 2026. 12. 17. (Korean).
std::optional<Moment> date_from(const std::string& cell) {
    const std::string text = trimmed(cell);
    if (std::optional<Moment> iso = parse_moment(text)) return iso;
    int a = 0, b = 0, c = 0;
    char rest = 0;
    auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    if (std::sscanf(text.c_str(), "%d.%d.%d%c", &a, &b, &c, &rest) == 3 && c > 999)
        return parse_moment(std::to_string(c) + "-" + two(b) + "-" + two(a));
    if (std::sscanf(text.c_str(), "%d. %d. %d%c", &a, &b, &c, &rest) >= 3 && a > 999 && (rest == 0 || rest == '.'))
        return parse_moment(std::to_string(a) + "-" + two(b) + "-" + two(c));
    return std::nullopt;
}

// The deal's vendor `asked` for (or the one judged); "" when it has none such.
std::string vendor_for_claims(const Deal& deal, const std::string& asked) {
    const std::string vendor = judged_vendor(deal, asked);
    const bool known = std::any_of(deal.vendors.begin(), deal.vendors.end(), [&vendor](const Organisation& o) { return o.id == vendor; });
    return known ? vendor : std::string();
}

} // namespace

const char* sheet_field_name(SheetField field) {
    switch (field) {
    case SheetField::Ignore: return "ignore";
    case SheetField::Text: return "text";
    case SheetField::Category: return "category";
    case SheetField::Priority: return "priority";
    case SheetField::Weight: return "weight";
    case SheetField::Owner: return "owner";
    case SheetField::Due: return "due";
    case SheetField::Notes: return "notes";
    case SheetField::Claim: return "claim";
    }
    return "ignore";
}

std::optional<SheetField> sheet_field_from_name(std::string_view name) {
    for (SheetField f : {SheetField::Ignore, SheetField::Text, SheetField::Category, SheetField::Priority, SheetField::Weight,
                         SheetField::Owner, SheetField::Due, SheetField::Notes, SheetField::Claim})
        if (name == sheet_field_name(f)) return f;
    return std::nullopt;
}

SheetMapping guess_mapping(const SheetGrid& grid) {
    SheetMapping mapping;
    if (grid.rows.empty()) return mapping;
    for (std::size_t row = 0; row < std::min<std::size_t>(grid.rows.size(), 10); ++row) {
        std::set<SheetField> taken;
        mapping.columns.clear();
        for (const std::string& cell : grid.rows[row]) {
            SheetField field = field_named(folded(cell));
            if (!taken.insert(field).second) field = SheetField::Ignore;
            mapping.columns.push_back(field);
        }
        if (taken.size() > 1 || (!taken.empty() && !taken.count(SheetField::Ignore))) {
            mapping.header_row = row;
            return mapping;
        }
    }
    mapping.header = false;
    mapping.columns.assign(1, SheetField::Text);
    return mapping;
}

SheetImport requirements_from_sheet(const SheetGrid& grid, const SheetMapping& mapping, const Deal& into, const std::string& claim_vendor) {
    SheetImport result;
    const auto column_of = [&mapping](SheetField field) {
        const auto at = std::find(mapping.columns.begin(), mapping.columns.end(), field);
        return at == mapping.columns.end() ? std::string::npos : std::size_t(at - mapping.columns.begin());
    };
    if (column_of(SheetField::Text) == std::string::npos) {
        result.problems.push_back({{}, {"sheet.no_text_column", {}}});
        return result;
    }
    const std::size_t claim_column = column_of(SheetField::Claim);
    const std::string vendor = claim_column == std::string::npos ? std::string() : vendor_for_claims(into, claim_vendor);
    if (claim_column != std::string::npos && vendor.empty())
        result.problems.push_back({cell_reference(mapping.header_row, claim_column),
                                   {"sheet.no_vendor", {cell_reference(mapping.header_row, claim_column)}}});

    std::set<std::string> ids;
    for (const Requirement& r : into.requirements) ids.insert(r.id);
    std::size_t next_id = into.requirements.size() + 1;
    const auto problem = [&result](std::size_t row, std::size_t column, const char* key, const std::string& cell) {
        const std::string reference = cell_reference(row, column);
        result.problems.push_back({reference, {key, {reference, cell}}});
    };

    for (std::size_t row = mapping.header ? mapping.header_row + 1 : 0; row < grid.rows.size(); ++row) {
        const std::vector<std::string>& cells = grid.rows[row];
        const bool blank = std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return trimmed(c).empty(); });
        if (blank) continue;
        Requirement r;
        bool readable = true;
        for (std::size_t column = 0; column < cells.size() && column < mapping.columns.size(); ++column) {
            const std::string cell = trimmed(cells[column]);
            if (cell.empty()) continue;
            switch (mapping.columns[column]) {
            case SheetField::Ignore: break;
            case SheetField::Text: r.text = cell; break;
            case SheetField::Category: r.category = cell; break;
            case SheetField::Owner: r.owner = person_reference(into, cell); break;
            case SheetField::Notes: r.notes = cell; break;
            case SheetField::Priority:
                if (std::optional<Priority> p = priority_named(folded(cell)))
                    r.priority = *p;
                else
                    readable = false, problem(row, column, "sheet.bad_priority", cell);
                break;
            case SheetField::Weight:
                if (std::optional<double> w = weight_from(cell))
                    r.weight = *w;
                else
                    readable = false, problem(row, column, "sheet.bad_weight", cell);
                break;
            case SheetField::Due:
                if (std::optional<Moment> due = date_from(cell))
                    r.due = due;
                else
                    readable = false, problem(row, column, "sheet.bad_date", cell);
                break;
            case SheetField::Claim:
                if (std::optional<ClaimStatus> status = claim_named(folded(cell))) {
                    if (*status != ClaimStatus::Unknown && !vendor.empty()) {
                        Claim claim;
                        claim.vendor = vendor;
                        claim.status = *status;
                        r.claims.push_back(claim);
                    }
                } else {
                    readable = false, problem(row, column, "sheet.bad_claim", cell);
                }
                break;
            }
        }
        if (r.text.empty()) {
            problem(row, column_of(SheetField::Text), "sheet.no_text", "");
            continue;
        }
        if (!readable) continue;
        while (!ids.insert(r.id = "r-" + std::to_string(next_id++)).second) {}
        result.requirements.push_back(std::move(r));
    }
    return result;
}

} // namespace setright
