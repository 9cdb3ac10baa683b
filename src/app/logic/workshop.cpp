// workshop.cpp — see workshop.hpp.
#include "logic/workshop.hpp"

#include "logic/i18n.hpp"
#include "logic/local_words.hpp"

#include "core/format/case_json.hpp"
#include "core/format/json_parse.hpp"
#include "core/workshop/case_copy.hpp"

#include <algorithm>
#include <cctype>

namespace setright::app {

namespace {

std::vector<AnswerSheet> read_sheets(const std::optional<FlatJson::Value>& list, bool& ok) {
    std::vector<AnswerSheet> out;
    if (!list) return out;
    if (!list->is_array()) {
        ok = false;
        return out;
    }
    for (const FlatJson::Member& item : list->children()) {
        AnswerSheet sheet;
        ProblemList problems;
        read_answer_sheet(item.value(), sheet, problems);
        if (!problems.empty()) ok = false;
        out.push_back(std::move(sheet));
    }
    return out;
}

} // namespace

std::string workshop_json(const Workshop& workshop) {
    OrderedJson doc = OrderedJson::object();
    doc["format"] = "setright-workshop";
    doc["version"] = 1;
    doc["participant"] = workshop.participant;
    doc["answers"] = OrderedJson::array();
    for (const auto& [deal, sheet] : workshop.answers) doc["answers"].push_back(answer_sheet_json(sheet));
    doc["rooms"] = OrderedJson::object();
    for (const auto& [deal, sheets] : workshop.rooms) {
        OrderedJson list = OrderedJson::array();
        for (const AnswerSheet& sheet : sheets) list.push_back(answer_sheet_json(sheet));
        doc["rooms"][deal] = std::move(list);
    }
    return doc.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
}

bool read_workshop_json(std::string_view text, Workshop& workshop) {
    try {
        ProblemList problems;
        const std::optional<FlatJson> doc = parse_json_text(text, problems);
        if (!doc) return false;
        const FlatJson::Value root = doc->root();
        if (!root.is_object()) return false;
        const auto format = root.find("format");
        if (!format || !format->is_string() || format->string() != "setright-workshop") return false;
        bool ok = true;
        Workshop read;
        if (const auto participant = root.find("participant")) {
            if (!participant->is_string()) return false;
            read.participant = participant->string();
        }
        for (AnswerSheet& sheet : read_sheets(root.find("answers"), ok)) {
            const std::string deal = sheet.deal;
            read.answers[deal] = std::move(sheet);
        }
        if (const auto rooms = root.find("rooms")) {
            if (!rooms->is_object()) return false;
            for (const FlatJson::Member& room : rooms->children()) read.rooms[std::string(room.key())] = read_sheets(room.value(), ok);
        }
        if (!ok) return false;
        workshop.participant = std::move(read.participant);
        workshop.answers = std::move(read.answers);
        workshop.rooms = std::move(read.rooms);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

bool looks_like_answer_file(std::string_view text) {
    // Only the first few hundred bytes: the format member comes first in files Setright writes.
    return text.substr(0, 400).find("\"setright-answers\"") != std::string_view::npos;
}

std::optional<PlannedAnswers> plan_answer_file(const Workshop& workshop, const Workspace& workspace, const std::string& file_name,
                                               std::string_view text, const std::vector<PlannedAnswers>& earlier,
                                               std::vector<std::string>& refused) {
    const AnswersImport read = import_answer_sheet(text);
    auto refuse = [&](const std::vector<ImportProblem>& problems) -> std::optional<PlannedAnswers> {
        for (const ImportProblem& p : problems) refused.push_back(describe_problem(file_name, p));
        return std::nullopt;
    };
    if (!read.sheet) return refuse(read.problems);
    const Deal* deal = nullptr;
    for (const Deal& d : workspace.deals)
        if (d.id == read.sheet->deal && d.case_key) deal = &d;
    if (!deal) return refuse({make_problem("/deal", "no_case_for_answers", {"'" + read.sheet->deal + "'"})});
    const std::vector<ImportProblem> problems = answer_sheet_problems(*deal, *read.sheet);
    if (!problems.empty()) return refuse(problems);

    PlannedAnswers planned;
    planned.file = file_name;
    planned.deal = deal->id;
    planned.case_title = deal->title;
    planned.sheet = *read.sheet;
    if (planned.sheet.participant.empty()) planned.sheet.participant = file_name;
    const std::string& who = planned.sheet.participant;
    if (const auto room = workshop.rooms.find(deal->id); room != workshop.rooms.end())
        planned.replaces =
                std::any_of(room->second.begin(), room->second.end(), [&](const AnswerSheet& sheet) { return sheet.participant == who; });
    for (const PlannedAnswers& before : earlier)
        if (before.deal == planned.deal && before.sheet.participant == who) planned.replaces = true;
    return planned;
}

void take_answers(Workshop& workshop, const PlannedAnswers& planned) {
    std::vector<AnswerSheet>& room = workshop.rooms[planned.deal];
    bool replaced = false;
    for (AnswerSheet& earlier : room)
        if (earlier.participant == planned.sheet.participant) {
            earlier = planned.sheet;
            replaced = true;
        }
    if (!replaced) room.push_back(planned.sheet);
    ++workshop.changes;
}

bool participant_mode(const Deal& deal, const CaseView& view) {
    return deal.case_key && (is_participant_copy(deal) || view.participant_view);
}

AnswerSheet& my_answers(Workshop& workshop, const Deal& deal) {
    AnswerSheet& sheet = workshop.answers[deal.id];
    sheet.deal = deal.id;
    sheet.case_title = deal.title;
    sheet.participant = workshop.participant;
    return sheet;
}

std::string answers_file_name(const AnswerSheet& sheet) {
    auto clean = [](const std::string& text) {
        std::string out;
        for (unsigned char c : text) {
            if (c >= 0x80 || std::isalnum(c))
                out += char(c); // UTF-8 names stay readable
            else if (!out.empty() && out.back() != '-')
                out += '-';
        }
        while (!out.empty() && out.back() == '-') out.pop_back();
        size_t cut = std::min<size_t>(out.size(), 60);
        while (cut > 0 && cut < out.size() && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
        return out.substr(0, cut);
    };
    std::string name = "answers-" + clean(sheet.deal);
    const std::string who = clean(sheet.participant);
    if (!who.empty()) name += "-" + who;
    return name + ".json";
}

} // namespace setright::app
