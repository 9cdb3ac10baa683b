// layout_check.cpp — see layout_check.hpp.
#include "logic/layout_check.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace setright::app {
namespace {

// Edges closer than this are the same edge (ImGui places items on whole and
// half pixels; sums of floats are not exact).
constexpr float kSlack = 0.5f;

std::string format(const char* pattern, double a, double b = 0, double c = 0, double d = 0) {
    char text[160];
    std::snprintf(text, sizeof text, pattern, a, b, c, d);
    return text;
}

bool overlap(const DrawnItem& a, const DrawnItem& b) {
    const float w = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
    const float h = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
    return w > kSlack && h > kSlack;
}

// Which edges of the page [lo, hi) the span [start, start + size) crosses.
bool crosses(float start, float size, float hi) { return start < -kSlack || start + size > hi + kSlack; }

} // namespace

const char* landmark_role(Landmark landmark) { return landmark == Landmark::Navigation ? "navigation" : "main"; }

const char* item_kind_name(ItemKind kind) {
    switch (kind) {
    case ItemKind::Button: return "button";
    case ItemKind::Input: return "input";
    case ItemKind::Checkbox: return "checkbox";
    case ItemKind::Combo: return "combo";
    case ItemKind::Tab: return "tab";
    case ItemKind::Menu: return "menu";
    case ItemKind::MenuItem: return "menuitem";
    case ItemKind::Selectable: return "selectable";
    case ItemKind::Row: return "row";
    case ItemKind::Text: return "text";
    case ItemKind::Heading: return "heading";
    }
    return "button";
}

const char* layout_problem_name(LayoutProblemKind kind) {
    switch (kind) {
    case LayoutProblemKind::TooSmall: return "too_small";
    case LayoutProblemKind::OutsideViewport: return "outside_viewport";
    case LayoutProblemKind::Overlaps: return "overlaps";
    case LayoutProblemKind::TextCut: return "text_cut";
    case LayoutProblemKind::Clipped: return "clipped";
    }
    return "too_small";
}

std::vector<LayoutProblem> find_layout_problems(const std::vector<DrawnItem>& items, const LayoutRules& rules) {
    std::vector<LayoutProblem> problems;
    for (size_t i = 0; i < items.size(); ++i) {
        const DrawnItem& item = items[i];
        const bool judged = item.kind != ItemKind::Text && item.kind != ItemKind::Heading;
        if (judged && (item.full_w < rules.min_target - 0.01f || item.full_h < rules.min_target - 0.01f))
            problems.push_back(
                    {&item, LayoutProblemKind::TooSmall,
                     format("%.1f x %.1f px, at least %.0f x %.0f", item.full_w, item.full_h, rules.min_target, rules.min_target)});

        const bool visible_out = crosses(item.x, item.w, rules.viewport_w) || crosses(item.y, item.h, rules.viewport_h);
        const bool whole_out_x = !item.scrolls_x && crosses(item.full_x, item.full_w, rules.viewport_w);
        const bool whole_out_y = !item.scrolls_y && crosses(item.full_y, item.full_h, rules.viewport_h);
        if (visible_out || whole_out_x || whole_out_y)
            problems.push_back({&item, LayoutProblemKind::OutsideViewport,
                                format("x %.1f to %.1f, y %.1f to %.1f", item.full_x, item.full_x + item.full_w, item.full_y,
                                       item.full_y + item.full_h) +
                                        format(" in a page of %.0f x %.0f", rules.viewport_w, rules.viewport_h)});
        const float cut_x = item.scrolls_x ? 0.0f : item.full_w - item.w, cut_y = item.scrolls_y ? 0.0f : item.full_h - item.h;
        if (!visible_out && !whole_out_x && !whole_out_y && (cut_x > rules.clip_slack || cut_y > rules.clip_slack))
            problems.push_back({&item, LayoutProblemKind::Clipped,
                                format("%.1f x %.1f px of %.1f x %.1f shown", item.w, item.h, item.full_w, item.full_h)});

        for (size_t j = 0; j < items.size(); ++j) {
            const DrawnItem& other = items[j];
            if (j == i || other.layer != item.layer) continue;
            if ((item.kind == ItemKind::Row) != (other.kind == ItemKind::Row)) continue;
            if (overlap(item, other)) problems.push_back({&item, LayoutProblemKind::Overlaps, other.id});
        }

        const bool cut = item.text_width && *item.text_width > item.text_room + kSlack;
        if (cut && (!item.ellipsis || item.text_room < rules.min_text_room))
            problems.push_back(
                    {&item, LayoutProblemKind::TextCut,
                     format(item.ellipsis ? "text %.1f px wide in %.1f px: little but the ellipsis shows" : "text %.1f px wide in %.1f px",
                            *item.text_width, item.text_room)});
    }
    return problems;
}

std::string layout_problems_to_json(const std::vector<LayoutProblem>& problems) {
    nlohmann::json out = nlohmann::json::array();
    for (const LayoutProblem& problem : problems) {
        const DrawnItem& item = *problem.item;
        out.push_back({{"id", item.id},
                       {"label", item.label},
                       {"kind", item_kind_name(item.kind)},
                       {"problem", layout_problem_name(problem.problem)},
                       {"rect", {{"x", item.x}, {"y", item.y}, {"w", item.w}, {"h", item.h}}},
                       {"detail", problem.detail}});
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace setright::app
