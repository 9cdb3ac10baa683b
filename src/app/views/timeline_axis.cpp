// timeline_axis.cpp — see timeline_axis.hpp.
#include "timeline_axis.hpp"

#include "logic/enum_labels.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "views/kept.hpp"

#include "core/model/deal_lookup.hpp"
#include "core/studies/responsiveness.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace setright::app {
namespace {

// Maps moments to x on the axis.
struct Scale {
    int64_t first = 0, last = 1;
    float left = 0, right = 1;
    float x(const Moment& m) const {
        return left + (right - left) * float(double(m.minutes - first) / double(std::max<int64_t>(1, last - first)));
    }
};

// Spans the touches and offers; the as-of date too when it is near them (a
// case replayed years later would otherwise crush the touches to one side;
// a request still unanswered then runs to the edge, its label says how long).
Scale make_scale(const Deal& deal, const Moment& at, float left, float right) {
    Scale s;
    bool any = false;
    for (const Touch& t : deal.timeline) {
        s.first = any ? std::min(s.first, t.at.minutes) : t.at.minutes;
        s.last = any ? std::max(s.last, t.at.minutes) : t.at.minutes;
        any = true;
        if (t.offer && t.offer->expires) s.last = std::max(s.last, t.offer->expires->minutes);
    }
    if (!any) s.first = s.last = at.minutes;
    const int64_t near = std::max<int64_t>(30 * 24 * 60, (s.last - s.first) / 4);
    if (at.minutes >= s.first - near && at.minutes <= s.last + near) {
        s.first = std::min(s.first, at.minutes);
        s.last = std::max(s.last, at.minutes);
    }
    const int64_t pad = std::max<int64_t>(60 * 24, (s.last - s.first) / 30);
    s.first -= pad;
    s.last += pad;
    s.left = left;
    s.right = right;
    return s;
}

// Where the axis may draw: labels near its edges stay whole instead of cut.
struct Edges {
    float left = 0, right = 0;
};

// Text at `x` (its left), or ending there when it would pass the right
// edge; never starting before the left edge.
float text_x(const char* text, float x, const Edges& edges) {
    const float width = ImGui::CalcTextSize(text).x;
    if (x + width > edges.right) x = std::max(edges.right - width, x - width - 6.0f);
    return std::max(x, edges.left);
}

void draw_ticks(ImDrawList* draw, const Scale& s, float y_top, float y_axis, const Edges& edges) {
    const ImU32 faint = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const int ticks = std::max(2, int((s.right - s.left) / (ImGui::GetFontSize() * 8.0f)));
    int64_t last_day = INT64_MIN;
    for (int i = 0; i <= ticks; ++i) {
        const int64_t minutes = s.first + (s.last - s.first) * i / ticks;
        const Moment day{minutes / (24 * 60) * (24 * 60), false};
        const float x = s.x(day);
        // Not before the axis (the first day may begin there), each day once.
        if (x < s.left || day.minutes == last_day) continue;
        last_day = day.minutes;
        draw->AddLine(ImVec2(x, y_top), ImVec2(x, y_axis), ImGui::GetColorU32(ImGuiCol_Separator, 0.35f));
        const std::string date = format_date(day);
        draw->AddText(ImVec2(text_x(date.c_str(), x + 2, edges), y_axis + 2), faint, date.c_str());
    }
}

void draw_offers(ImDrawList* draw, const Deal& deal, const Scale& s, const Moment& at, float top, float bottom, const Edges& edges) {
    for (const Touch& t : deal.timeline) {
        if (!t.offer || !t.offer->expires) continue;
        const float x0 = s.x(t.at), x1 = std::max(s.x(*t.offer->expires), x0 + 2.0f);
        const bool expired = deadline_minutes(*t.offer->expires) < at.minutes;
        const ImVec4 color = expired ? ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled) : ui::warning();
        draw->AddRectFilled(ImVec2(x0, top), ImVec2(x1, bottom), ImGui::GetColorU32(ImVec4(color.x, color.y, color.z, 0.12f)));
        draw->AddLine(ImVec2(x1, top), ImVec2(x1, bottom), ImGui::GetColorU32(color), 2.0f);
        const std::string label = tr_fill("timeline.offer_expires", {format_date(*t.offer->expires)});
        draw->AddText(ImVec2(text_x(label.c_str(), x1 + 3, edges), top), ImGui::GetColorU32(color), label.c_str());
    }
}

void draw_gaps(ImDrawList* draw, const std::vector<ResponseGap>& gaps, const Scale& s, const Moment& at, float y_request, float y_reply,
               const Edges& edges) {
    // No wait's label is narrower than these; a gap narrower than them is not
    // labelled, so thousands of gaps squeezed together are not formatted
    // every frame only to be left out.
    const float narrowest_label =
            std::min(ImGui::CalcTextSize(format_wait(1, 0, 0).c_str()).x, ImGui::CalcTextSize(format_wait(48, 0, 0).c_str()).x);
    std::vector<std::pair<float, float>> labelled; // the waits' labels drawn, left to right edge
    for (const ResponseGap& gap : gaps) {
        const float x0 = s.x(gap.request->at);
        if (gap.reply) {
            const float x1 = s.x(gap.reply->at);
            const ImU32 color = ImGui::GetColorU32(ImGuiCol_PlotLines);
            draw->AddLine(ImVec2(x0, y_request), ImVec2(x1, y_reply), color, 1.5f);
            // Labelled only where the label fits beside its line; the reply's tooltip always says it.
            if (x1 - x0 <= narrowest_label + 6) continue;
            const std::string label = format_wait(*gap.hours, 0, 0);
            const float label_width = ImGui::CalcTextSize(label.c_str()).x;
            const float label_x = (x0 + x1) / 2 + 3;
            // Labels share one height: one over another ("4 d" on "8 d") read as neither.
            const bool over_another = std::any_of(labelled.begin(), labelled.end(), [&](const std::pair<float, float>& span) {
                return label_x < span.second + 4 && span.first < label_x + label_width + 4;
            });
            if (x1 - x0 > label_width + 6 && !over_another) {
                draw->AddText(ImVec2(label_x, (y_request + y_reply) / 2 - ImGui::GetFontSize() / 2), color, label.c_str());
                labelled.emplace_back(label_x, label_x + label_width);
            }
        } else if (gap.request->at < at) {
            // Still waiting at the as-of date: a dashed red line up to it.
            const float x1 = std::min(s.x(at), s.right);
            const ImU32 color = ImGui::GetColorU32(ui::critical());
            for (float x = x0; x < x1; x += 8.0f)
                draw->AddLine(ImVec2(x, y_request), ImVec2(std::min(x + 4.0f, x1), y_request), color, 1.5f);
            const std::string label = tr_fill("timeline.no_reply", {format_wait(hours_between(gap.request->at, at), 0, 0)});
            draw->AddText(ImVec2(text_x(label.c_str(), x0 + 6, edges), y_request - ImGui::GetFontSize() - 2), color, label.c_str());
        }
    }
}

ImU32 marker_colour(const Touch& t) {
    return ImGui::GetColorU32(t.offer ? ui::warning() : t.direction == Direction::FromVendor ? ui::good() : ui::info());
}

// A lane's markers as laid out for one scale: kept until the touches or the
// axis change, so a frame of a scrolling table does not walk thousands of
// touches and join their ids and summaries again.
struct MarkGroup {
    size_t first = 0, end = 0; // touches [first, end) of the lane share one target
    float x0 = 0, x1 = 0;      // the first's and the last's place
    std::string id, label;
};
struct Lane {
    std::vector<const Touch*> touches; // in time order
    std::vector<const Touch*> drawn;   // those not on the pixel of one like it just before
    std::vector<MarkGroup> groups;
};

struct LanesKey {
    uint64_t changes = 0;
    const Touch* touches = nullptr;
    size_t count = 0;
    int64_t first = 0, last = 0;
    float left = 0, right = 0, hit = 0;
    bool operator==(const LanesKey& o) const {
        return changes == o.changes && touches == o.touches && count == o.count && first == o.first && last == o.last && left == o.left &&
               right == o.right && hit == o.hit;
    }
};

enum class MarkerKind { Offer, FromVendor, Other };
MarkerKind kind_of(const Touch& t) {
    return t.offer ? MarkerKind::Offer : t.direction == Direction::FromVendor ? MarkerKind::FromVendor : MarkerKind::Other;
}

Lane lay_out_lane(const Deal& deal, Direction direction, const Scale& s, float hit) {
    Lane lane;
    for (const Touch& t : deal.timeline)
        if (t.direction == direction) lane.touches.push_back(&t);
    const auto earlier = [](const Touch* a, const Touch* b) { return a->at < b->at; };
    if (!std::is_sorted(lane.touches.begin(), lane.touches.end(), earlier)) // a timeline is mostly kept in order
        std::stable_sort(lane.touches.begin(), lane.touches.end(), earlier);
    const std::vector<const Touch*>& in_lane = lane.touches;
    for (size_t first = 0; first < in_lane.size();) {
        size_t end = first + 1;
        while (end < in_lane.size() && s.x(in_lane[end]->at) - s.x(in_lane[end - 1]->at) < hit) ++end;
        MarkGroup group{first, end, s.x(in_lane[first]->at), s.x(in_lane[end - 1]->at), "touch_mark:", ""};
        float last_x = -FLT_MAX;
        MarkerKind last_kind = MarkerKind::Other;
        for (size_t i = first; i < end; ++i) {
            const Touch& t = *in_lane[i];
            // A marker on the pixel of the one before it, in its colour, would only be drawn over it:
            // thousands of touches on a thousand pixels are mostly such.
            const float x = s.x(t.at);
            if (i == first || kind_of(t) != last_kind || std::fabs(x - last_x) >= 1.0f) {
                lane.drawn.push_back(&t);
                last_x = x;
                last_kind = kind_of(t);
            }
            if (i > first) group.id += ',', group.label += "; ";
            group.id += t.id;
            group.label += t.summary;
        }
        lane.groups.push_back(std::move(group));
        first = end;
    }
    return lane;
}

const std::array<Lane, 3>& kept_lanes(uint64_t changes, const Deal& deal, const Scale& s, float hit) {
    static ui::Kept<LanesKey, std::array<Lane, 3>> kept;
    return kept.get({changes, deal.timeline.data(), deal.timeline.size(), s.first, s.last, s.left, s.right, hit}, [&] {
        return std::array<Lane, 3>{lay_out_lane(deal, Direction::ToVendor, s, hit), lay_out_lane(deal, Direction::Internal, s, hit),
                                   lay_out_lane(deal, Direction::FromVendor, s, hit)};
    });
}

// The hovered target's touches, one per line, a reply with its wait.
std::string touches_tip(const Deal& deal, const std::vector<ResponseGap>& gaps, const Lane& lane, const MarkGroup& group) {
    std::unordered_map<const Touch*, double> wait_before; // reply -> hours since its request
    for (const ResponseGap& gap : gaps)
        if (gap.reply) wait_before.emplace(gap.reply, *gap.hours);
    std::string tip;
    for (size_t i = group.first; i < group.end; ++i) {
        const Touch& t = *lane.touches[i];
        tip += (i > group.first ? "\n" : "") + format_date(t.at) + " · " + enum_label(t.channel) + " · " + vendor_name(deal, t.vendor) +
               (t.summary.empty() ? "" : " · " + t.summary);
        if (auto wait = wait_before.find(&t); wait != wait_before.end())
            tip += " · " + tr_fill("timeline.reply_after", {format_wait(wait->second, 0, 0)});
    }
    return tip;
}

} // namespace

void draw_timeline_axis(uint64_t changes, const Deal& deal, const Moment& at, std::string& selected) {
    const float em = ImGui::GetFontSize();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const Edges edges{origin.x + 2.0f, origin.x + width - 2.0f};
    // Narrow: the directions' names above their lanes, small, so the axis
    // has the whole width; else in a column at its left.
    const bool narrow = ui::stacks(width);
    // Lanes never closer than a target is tall: markers in neighbouring lanes do not overlap.
    const float lane = std::max(narrow ? em * 2.6f : em * 2.0f, ui::min_target() + 2.0f);
    const float height = (narrow ? em * 5.0f : em * 5.0f) + lane * 2.0f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float label_width = narrow ? em * 1.0f : em * 7.0f;
    // Room at both ends for half a marker's target.
    const float half_target = ui::min_target() * 0.5f + 2.0f;
    const Scale s =
            make_scale(deal, at, origin.x + std::max(label_width, half_target), origin.x + width - (narrow ? half_target : em * 6.0f));
    const float y_to = origin.y + (narrow ? em * 3.0f : em * 2.5f), y_internal = y_to + lane, y_from = y_internal + lane;
    const float y_axis = origin.y + height - em * 1.4f;
    if (!ImGui::IsRectVisible(ImVec2(width, height))) { // scrolled away: nothing to draw or press
        ImGui::Dummy(ImVec2(width, height));
        return;
    }

    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg, 0.5f));
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const std::pair<Direction, float> lanes[] = {
            {Direction::ToVendor, y_to}, {Direction::Internal, y_internal}, {Direction::FromVendor, y_from}};
    for (const auto& [direction, y] : lanes) {
        if (narrow) {
            const ui::TextSizeScope small(ui::TextSize::Small);
            draw->AddText(ImVec2(origin.x + 4, y - em * 0.5f - ImGui::GetFontSize() - 2), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                          enum_label(direction));
        } else {
            draw->AddText(ImVec2(origin.x + 4, y - em / 2), text, enum_label(direction));
        }
    }
    draw_ticks(draw, s, origin.y, y_axis, edges);
    draw_offers(draw, deal, s, at, origin.y + 2, y_axis, edges);
    static ui::Kept<std::tuple<uint64_t, const Touch*, size_t>, std::vector<ResponseGap>> kept_gaps;
    const std::vector<ResponseGap>& gaps =
            kept_gaps.get({changes, deal.timeline.data(), deal.timeline.size()}, [&] { return response_gaps(deal, ""); });
    draw_gaps(draw, gaps, s, at, y_to, y_from, edges);

    const float x_at = s.x(at);
    if (x_at <= s.right + em) {
        draw->AddLine(ImVec2(x_at, origin.y), ImVec2(x_at, y_axis), ImGui::GetColorU32(ui::info()), 2.0f);
        draw->AddText(ImVec2(text_x(tr("timeline.as_of"), x_at + 3, edges), origin.y + 2), ImGui::GetColorU32(ui::info()),
                      tr("timeline.as_of"));
    }

    // Each touch is a marker; touches closer on the axis than a target is wide
    // share one target (hovered: all of them; clicked: selects the first, the
    // list below has each one), so targets never overlap.
    const float r = em * 0.35f;
    const float hit = std::max(r * 3.0f, ui::min_target()); // a finger's 44 px on a touch screen
    const std::array<Lane, 3>& marks = kept_lanes(changes, deal, s, hit);
    for (size_t l = 0; l < marks.size(); ++l) {
        const float y = lanes[l].second;
        const Lane& lane = marks[l];
        for (const Touch* t : lane.drawn) {
            const ImVec2 centre(s.x(t->at), y);
            if (t->offer)
                draw->AddNgonFilled(centre, r * 1.5f, marker_colour(*t), 4);
            else
                draw->AddCircleFilled(centre, r, marker_colour(*t));
        }
        for (const MarkGroup& group : lane.groups) {
            for (size_t i = group.first; i < group.end; ++i)
                if (lane.touches[i]->id == selected) draw->AddCircle(ImVec2(s.x(lane.touches[i]->at), y), r * 2.0f, text, 0, 2.0f);
            ImGui::SetCursorScreenPos(ImVec2((group.x0 + group.x1) * 0.5f - (group.x1 - group.x0 + hit) * 0.5f, y - hit * 0.5f));
            if (ui::invisible_button(group.label, group.id, ImVec2(group.x1 - group.x0 + hit, hit)))
                selected = lane.touches[group.first]->id;
            if (ImGui::IsItemHovered()) // the words only for the one under the pointer
                ui::tooltip(touches_tip(deal, gaps, lane, group));
        }
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, height));
}

} // namespace setright::app
