// question_actions.cpp — see question_actions.hpp.
#include "logic/question_actions.hpp"

#include "logic/item_ids.hpp"

namespace setright::app {
namespace {

void record(Question& question, const Moment& at, QuestionEventKind kind, std::string note = {}) {
    QuestionEvent event;
    event.at = at;
    event.kind = kind;
    event.note = std::move(note);
    question.history.push_back(std::move(event));
}

} // namespace

Question& add_question(Deal& deal, const std::string& text, const Moment& at) {
    Question question;
    question.id = unused_item_id(deal.questions, "q");
    question.text = text;
    question.vendor = !deal.primary_vendor.empty() ? deal.primary_vendor : deal.vendors.empty() ? std::string() : deal.vendors.front().id;
    question.asked_at = at;
    deal.questions.push_back(std::move(question));
    return deal.questions.back();
}

void mark_answered(Question& question, const Moment& at) {
    question.status = QuestionStatus::Answered;
    question.answered_at = at;
    record(question, at, QuestionEventKind::Answered);
}

void mark_promised(Question& question, const Moment& at, const Moment& due, const std::string& by_whom) {
    question.status = QuestionStatus::Promised;
    question.promised_by = due;
    question.promised_by_whom = by_whom;
    record(question, at, QuestionEventKind::Promised, by_whom);
}

void mark_tabled_again(Question& question, const Moment& at) { record(question, at, QuestionEventKind::Tabled); }

} // namespace setright::app
