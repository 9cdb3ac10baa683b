// case_room.cpp — see case_room.hpp.
#include "core/workshop/case_room.hpp"

#include "core/model/enum_names.hpp"
#include "core/reports/safe_text.hpp"
#include "core/workshop/case_making.hpp"

#include <algorithm>
#include <optional>

namespace setright {

namespace {

size_t code_index(const Room& room, const std::string& code) {
    return size_t(std::find(room.codes.begin(), room.codes.end(), code) - room.codes.begin());
}

} // namespace

Room summarise_room(const CaseKey& key, const std::vector<AnswerSheet>& sheets) {
    Room room;
    for (const FlagAtStep& e : expected_flag_steps(key)) {
        room.codes.push_back(e.code);
        room.expected_step.push_back(e.step);
    }
    for (const std::string& code : case_flag_codes(key)) {
        if (code_index(room, code) < room.codes.size()) continue;
        const bool marked = std::any_of(sheets.begin(), sheets.end(), [&](const AnswerSheet& s) {
            return std::any_of(s.answers.begin(), s.answers.end(),
                               [&](const StepAnswer& a) { return std::find(a.flags.begin(), a.flags.end(), code) != a.flags.end(); });
        });
        if (marked) {
            room.codes.push_back(code);
            room.expected_step.push_back(-1);
        }
    }
    room.missed_by.assign(room.codes.size(), 0);
    room.false_alarms_by.assign(room.codes.size(), 0);
    room.steps.assign(key.steps.size(), RoomStep{std::vector<int>(room.codes.size(), 0), {}, 0});

    for (const AnswerSheet& sheet : sheets) {
        for (size_t i = 0; i < key.steps.size(); ++i) {
            const StepAnswer* a = answer_at(sheet, key.steps[i].id);
            RoomStep& step = room.steps[i];
            if (!a || !a->decision)
                ++step.undecided;
            else
                ++step.decisions[size_t(*a->decision)];
            if (!a) continue;
            std::vector<bool> counted(room.codes.size(), false); // a flag listed twice counts once
            for (const std::string& code : a->flags) {
                const size_t c = code_index(room, code);
                if (c < room.codes.size() && !counted[c]) {
                    counted[c] = true;
                    ++step.marked[c];
                }
            }
        }
        AnswerScore score = score_answers(key, sheet);
        for (const FlagAtStep& m : score.missed) ++room.missed_by[code_index(room, m.code)];
        for (const FlagAtStep& f : score.false_alarms) {
            const size_t c = code_index(room, f.code);
            if (c < room.codes.size()) ++room.false_alarms_by[c];
        }
        room.spotted += int(score.spotted.size());
        room.missed += int(score.missed.size());
        room.false_alarms += int(score.false_alarms.size());
        room.decisions_matched += score.decisions_matched;
        room.decisions_expected += score.decisions_expected;
        room.participants.push_back(std::move(score));
    }

    for (size_t c = 0; c < room.codes.size(); ++c)
        if (room.missed_by[c] > 0) room.most_missed.push_back(c);
    std::stable_sort(room.most_missed.begin(), room.most_missed.end(),
                     [&](size_t a, size_t b) { return room.missed_by[a] > room.missed_by[b]; });
    return room;
}

std::string room_csv(const CaseKey& key, const Room& room) {
    const double n = double(room.participants.size());
    std::string out = "what,step,item,count,out_of\r\n";
    // what, step and item are text cells (step ids, flag codes and
    // participants' names come from files); count and out_of are numbers
    // Setright counted, written as numbers (out_of empty where it has none).
    auto row = [&](const char* what, const std::string& step, const std::string& item, int count, std::optional<double> of) {
        out += csv_text(what) + "," + csv_text(step) + "," + csv_text(item) + "," + csv_number(count) + "," +
               (of ? csv_number(*of) : std::string()) + "\r\n";
    };
    for (size_t i = 0; i < key.steps.size(); ++i) {
        const RoomStep& s = room.steps[i];
        for (size_t c = 0; c < room.codes.size(); ++c) row("marked", key.steps[i].id, room.codes[c], s.marked[c], n);
        for (size_t d = 0; d < kCaseDecisions; ++d) row("decision", key.steps[i].id, enum_name(CaseDecision(d)), s.decisions[d], n);
        row("decision", key.steps[i].id, "none", s.undecided, n);
    }
    for (size_t c = 0; c < room.codes.size(); ++c) {
        if (room.expected_step[c] >= 0) row("missed", "", room.codes[c], room.missed_by[c], n);
        row("false_alarm", "", room.codes[c], room.false_alarms_by[c], n);
    }
    for (const AnswerScore& p : room.participants) {
        const double expected = double(p.expected_flags());
        row("spotted", "", p.participant, int(p.spotted.size()), expected);
        row("missed_flags", "", p.participant, int(p.missed.size()), expected);
        row("false_alarms", "", p.participant, int(p.false_alarms.size()), std::nullopt);
        row("decisions_matched", "", p.participant, p.decisions_matched, double(p.decisions_expected));
    }
    return out;
}

} // namespace setright
