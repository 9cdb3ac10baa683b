// deal_actions.hpp — what the deals list does to the workspace: new, from a
// template, duplicate, archive, delete. Platform-free and ImGui-free, so the
// unit tests exercise exactly what the buttons do.
#pragma once

#include "core/model/model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace setright::app {

// "deal-1", "deal-2", ...: the first not used in the workspace.
std::string unused_deal_id(const Workspace& workspace);

// A deal from a template file (a v1 workspace holding one deal), with a fresh
// id so the same template can be used many times. Empty if the file does not
// read (a built-in template always does: tests/core/test_templates.cpp).
std::optional<Deal> deal_from_template(std::string_view template_bytes, const Workspace& workspace, const Moment& now);

// A copy under a new id and title; the items keep their ids (unique per deal).
Deal duplicate_deal(const Deal& deal, const Workspace& workspace, const std::string& title, const Moment& now);

// Index of the deal with `id`, or -1.
int find_deal(const Workspace& workspace, const std::string& id);

} // namespace setright::app
