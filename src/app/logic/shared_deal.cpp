// shared_deal.cpp — see shared_deal.hpp.
#include "logic/shared_deal.hpp"

#include "logic/i18n.hpp"

#include "core/format/json_format.hpp"

#include <algorithm>

namespace setright::app {

SharedDeal summarize_shared(const Deal& deal, const Workspace& current) {
    SharedDeal s;
    s.id = deal.id;
    s.title = deal.title;
    s.notes = deal.notes;
    s.perspective = deal.perspective;
    s.requirements = deal.requirements.size();
    s.musts = size_t(std::count_if(deal.requirements.begin(), deal.requirements.end(),
                                   [](const Requirement& r) { return r.priority == Priority::Must; }));
    s.vendors = deal.vendors.size();
    s.open_questions = size_t(std::count_if(deal.questions.begin(), deal.questions.end(), [](const Question& q) {
        return q.status == QuestionStatus::Open || q.status == QuestionStatus::Promised;
    }));
    s.already_have = std::any_of(current.deals.begin(), current.deals.end(), [&](const Deal& d) { return d.id == deal.id; });
    return s;
}

std::optional<SharedDeal> shared_deal_in(const std::string& text, const Workspace& current) {
    ImportResult imported = import_workspace(text);
    if (!imported.ok() || imported.workspace->deals.size() != 1) return std::nullopt;
    return summarize_shared(imported.workspace->deals.front(), current);
}

std::string describe_shared_perspective(const SharedDeal& shared) {
    return tr(shared.perspective == Perspective::Buyer ? "share.seen_by_buyer" : "share.seen_by_rep");
}

std::string describe_shared_counts(const SharedDeal& shared) {
    return tr_fill("share.counts", {std::to_string(shared.requirements), std::to_string(shared.musts), std::to_string(shared.vendors),
                                    std::to_string(shared.open_questions)});
}

} // namespace setright::app
