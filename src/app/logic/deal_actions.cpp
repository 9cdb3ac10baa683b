// deal_actions.cpp — see deal_actions.hpp.
#include "logic/deal_actions.hpp"

#include "core/format/json_format.hpp"

namespace setright::app {

std::string unused_deal_id(const Workspace& workspace) {
    for (size_t n = workspace.deals.size() + 1;; ++n) {
        std::string id = "deal-" + std::to_string(n);
        if (find_deal(workspace, id) < 0) return id;
    }
}

std::optional<Deal> deal_from_template(std::string_view template_bytes, const Workspace& workspace, const Moment& now) {
    ImportResult imported = import_workspace(template_bytes);
    if (!imported.ok() || imported.workspace->deals.empty()) return std::nullopt;
    Deal deal = std::move(imported.workspace->deals.front());
    deal.id = unused_deal_id(workspace);
    deal.created = deal.modified = now;
    return deal;
}

Deal duplicate_deal(const Deal& deal, const Workspace& workspace, const std::string& title, const Moment& now) {
    Deal copy = deal;
    copy.id = unused_deal_id(workspace);
    copy.title = title;
    copy.archived = false;
    copy.created = copy.modified = now;
    return copy;
}

int find_deal(const Workspace& workspace, const std::string& id) {
    for (size_t i = 0; i < workspace.deals.size(); ++i)
        if (workspace.deals[i].id == id) return int(i);
    return -1;
}

} // namespace setright::app
