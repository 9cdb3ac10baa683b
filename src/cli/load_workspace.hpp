// load_workspace.hpp — a file (or standard input) read and imported as a workspace.
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright {

// Reads and imports `path` ("-": standard input). Throws InputError with
// every problem, one per line as format_problem writes it ("FILE: /pointer:
// message" or "FILE:line:column: ..."), so a command that needs the workspace
// just calls this.
Workspace load_workspace(const std::string& path);

// The deal with `id` in a workspace read from `file` (its name as shown);
// throws InputError "FILE: no deal 'ID'" when it has none.
Deal& deal_with_id(Workspace& ws, const std::string& id, const std::string& file);
const Deal& deal_with_id(const Workspace& ws, const std::string& id, const std::string& file);

} // namespace setright
