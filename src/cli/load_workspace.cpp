// load_workspace.cpp — see load_workspace.hpp.
#include "load_workspace.hpp"

#include "cli_errors.hpp"
#include "read_file.hpp"

#include "core/format/json_format.hpp"

namespace setright {

Workspace load_workspace(const std::string& path) {
    const std::string name = display_name(path);
    std::string bytes = read_input(path);
    ImportResult result = import_workspace(bytes);
    if (result.ok()) return std::move(*result.workspace);

    if (result.problems.empty()) throw InputError(name + ": not a valid Setright file");
    std::string message;
    for (const ImportProblem& problem : result.problems) message += (message.empty() ? "" : "\n") + format_problem(name, problem);
    throw InputError(message);
}

const Deal& deal_with_id(const Workspace& ws, const std::string& id, const std::string& file) {
    for (const Deal& deal : ws.deals)
        if (deal.id == id) return deal;
    throw InputError(file + ": no deal '" + id + "'");
}

Deal& deal_with_id(Workspace& ws, const std::string& id, const std::string& file) {
    return const_cast<Deal&>(deal_with_id(static_cast<const Workspace&>(ws), id, file));
}

} // namespace setright
