// widgets.cpp — see widgets.hpp.
#include "ui/widgets.hpp"

#include "logic/line_breaks.hpp"
#include "logic/pasted_lines.hpp"

#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"

#include <imgui_internal.h>

#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

namespace setright::ui {

using app::ItemKind;
using app::NextItemKind;
using app::NextItemLabel;

namespace {

const char* end_of(std::string_view text) { return text.data() + text.size(); }

// The text color of the current style (and alpha, so BeginDisabled greys it).
ImU32 text_color(const ImVec4* color) { return ImGui::GetColorU32(color ? *color : ImGui::GetStyleColorVec4(ImGuiCol_Text)); }

} // namespace

void field_label(const char* text) {
    if (!text || !*text) return;
    // Drawing the text would use up a width the caller set for the field.
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const bool had_width = (g.NextItemData.HasFlags & ImGuiNextItemDataFlags_HasWidth) != 0;
    const float width = g.NextItemData.Width;
    // On a phone a short label goes before a field that takes the rest of the
    // line, a long one above a field as wide as the screen.
    const bool phone = current_layout() == app::LayoutMode::Phone;
    const bool above = phone && ImGui::CalcTextSize(text).x > ImGui::GetContentRegionAvail().x * 0.3f;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    app::record_field_label(text);
    if (above) {
        ImGui::SetNextItemWidth(-FLT_MIN);
        return;
    }
    ImGui::SameLine();
    if (phone)
        ImGui::SetNextItemWidth(-FLT_MIN);
    else if (had_width)
        ImGui::SetNextItemWidth(width);
}

const char* label(const char* text, std::string_view id) {
    static std::array<std::string, 512> ring;
    static size_t next = 0;
    static const char hex[] = "0123456789ABCDEF";
    std::string& slot = ring[next++ % ring.size()];
    slot.assign(text);
    slot.append("##");
    for (char c : id) {
        if (c == '#' || c == '%' || c == '\0') {
            slot += '%';
            slot += hex[(unsigned char)c >> 4];
            slot += hex[(unsigned char)c & 15];
        } else {
            slot += c;
        }
    }
    return slot.c_str();
}

void push_id(std::string_view id) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGui::PushOverrideID(ImHashData(id.data(), id.size(), window->IDStack.back()));
}

std::string_view shown(std::string_view text) {
    if (text.find('\0') == std::string_view::npos) return text;
    static std::array<std::string, 256> ring;
    static size_t next = 0;
    std::string& slot = ring[next++ % ring.size()];
    slot.clear();
    for (char c : text) {
        if (c == '\0')
            slot += "\xEF\xBF\xBD"; // U+FFFD
        else
            slot += c;
    }
    return slot;
}

void text(std::string_view text) {
    const std::string_view drawn = shown(text);
    ImGui::TextUnformatted(drawn.data(), end_of(drawn));
    app::record_last_text(drawn);
}

void text_colored(const ImVec4& color, std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ui::text(text);
    ImGui::PopStyleColor();
}

void text_disabled(std::string_view text) { text_colored(ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), text); }

namespace {

// `text` with a line break where each line ends, as ImGui would wrap it at
// `width` but always between words (logic/line_breaks.hpp); ImGui then wraps
// nothing more, each line fitting.
std::string in_lines_between_words(std::string_view text, float width) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const auto is_blank = [](char c) { return c == ' ' || c == '\t'; };
    std::string out;
    size_t paragraph = 0;
    for (;;) {
        const size_t paragraph_end = std::min(text.find('\n', paragraph), text.size());
        std::string_view rest = text.substr(paragraph, paragraph_end - paragraph);
        while (!rest.empty()) {
            const char* eol = font->CalcWordWrapPosition(size, rest.data(), end_of(rest), width);
            size_t cut = app::break_between_words(rest, size_t(eol - rest.data()));
            if (cut == 0) { // always on by a character at least, as ImGui does
                unsigned int c = 0;
                cut = size_t(ImTextCharFromUtf8(&c, rest.data(), end_of(rest)));
            }
            if (cut >= rest.size()) {
                out += rest;
                break;
            }
            std::string_view line = rest.substr(0, cut);
            while (!line.empty() && is_blank(line.back())) line.remove_suffix(1);
            out.append(line).append(1, '\n');
            rest.remove_prefix(cut);
            while (!rest.empty() && is_blank(rest.front())) rest.remove_prefix(1);
        }
        if (paragraph_end == text.size()) return out;
        out += '\n';
        paragraph = paragraph_end + 1;
    }
}

// What to draw for `text` wrapped at `width`: itself, or (when ImGui could
// break it inside a word) a copy in `storage` with its line breaks placed.
std::string_view wrapped_lines(std::string_view text, float width, std::string& storage) {
    if (!app::may_break_inside_word(text)) return text;
    storage = in_lines_between_words(text, width);
    return storage;
}

} // namespace

void text_wrapped(std::string_view text) {
    const std::string_view drawn = shown(text);
    std::string storage;
    const std::string_view lines = wrapped_lines(drawn, ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), 0.0f), storage);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(lines.data(), end_of(lines));
    ImGui::PopTextWrapPos();
    app::record_last_text(drawn); // as written: a screen reader and find-in-page get no line breaks
}

bool escape_cancels() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    return g.ActiveIdPreviousFrame == 0 && ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
           ImGui::IsKeyPressed(ImGuiKey_Escape, false);
}

void text_ellipsis(std::string_view text) {
    const std::string_view drawn = shown(text);
    const ImVec2 size = ImGui::CalcTextSize(drawn.data(), end_of(drawn));
    const float room = ImGui::GetContentRegionAvail().x;
    if (size.x <= room) {
        ImGui::TextUnformatted(drawn.data(), end_of(drawn));
        app::record_last_text(drawn);
        return;
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 text_at(at.x, at.y + ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset); // after AlignTextToFramePadding
    ImGui::Dummy(ImVec2(std::max(room, 1.0f), size.y));                                      // as wide as its room, hovered for the tooltip
    if (!ImGui::IsItemVisible()) return;
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), text_at, ImVec2(at.x + room, text_at.y + size.y), at.x + room, drawn.data(),
                              end_of(drawn), &size);
    app::record_last_text(drawn); // the whole text: a screen reader reads it all, find-in-page finds it
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) tooltip(drawn);
}

void bullet_text(std::string_view text) {
    ImGui::Bullet();
    ui::text(text);
}

void separator_text(std::string_view text) {
    const std::string_view drawn = shown(text);
    ImGui::SeparatorTextEx(0, drawn.data(), end_of(drawn), 0.0f);
    app::record_last_text(drawn, app::ItemKind::Heading);
}

void tooltip(std::string_view text) {
    if (!ImGui::BeginTooltip()) return;
    ui::text(text);
    ImGui::EndTooltip();
}

namespace {
// A button's size: as ImGui makes it, but never narrower than a target (a
// short word like "Fil" would make a button too small for a finger).
ImVec2 button_size(const char* text, const ImVec2& size) {
    if (size.x != 0.0f) return size;
    const float natural = ImGui::CalcTextSize(text, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
    return ImVec2(std::max(natural, min_target()), size.y);
}
} // namespace

void finish_field(std::string_view value) {
    const std::string_view drawn = shown(value);
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const float room = max.x - min.x - 2.0f * style.FramePadding.x;
    if (ImGui::IsItemActive() || ImGui::CalcTextSize(drawn.data(), end_of(drawn)).x <= room) {
        app::set_last_input_text(value);
        return;
    }
    // The field's tail covered in its own colour from the last letter that
    // fits whole, with "…" after it (inside its border): no half letter shows.
    const char* dots = "\xE2\x80\xA6"; // U+2026
    const float text_x = min.x + style.FramePadding.x;
    const float room_for_letters = max.x - style.FramePadding.x - ImGui::CalcTextSize(dots).x - text_x;
    const char* rest = nullptr;
    const float x = text_x + ImGui::GetFont()
                                     ->CalcTextSizeA(ImGui::GetFontSize(), std::max(room_for_letters, 0.0f), 0.0f, drawn.data(),
                                                     end_of(drawn), &rest)
                                     .x;
    const float border = style.FrameBorderSize;
    const ImU32 fill = ImGui::GetColorU32(ImGui::IsItemHovered() ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(x, min.y + border), ImVec2(max.x - border, max.y - border), fill,
                        std::max(0.0f, style.FrameRounding - border), ImDrawFlags_RoundCornersRight);
    // The field drew its text to its very edge, over its border: the border again, whole.
    if (border > 0.0f) draw->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, ImDrawFlags_None, border);
    draw->AddText(ImVec2(x, min.y + style.FramePadding.y), ImGui::GetColorU32(ImGuiCol_Text), dots);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) tooltip(drawn);
    app::set_last_item_text(drawn, room, /*ellipsis=*/true);
}

void draw_hint(const char* hint, std::string_view value) {
    if (hint && *hint) app::name_last_item(hint); // what the field is for, when nothing else says
    if (!hint || !*hint || !value.empty()) {
        finish_field(value);
        return;
    }
    // ImGui's own hint is clipped by a field too narrow for it; this one ends in "…".
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const ImVec2 at(min.x + style.FramePadding.x, min.y + style.FramePadding.y);
    const float right = max.x - style.FramePadding.x;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), at, ImVec2(right, max.y), right, hint, nullptr, nullptr);
    ImGui::PopStyleColor();
    app::set_last_item_text(hint, right - at.x, /*ellipsis=*/true);
}

void same_line_if_fits(const char* next_text, float box, float spacing) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width =
            ImGui::CalcTextSize(next_text, nullptr, true).x + (box > 0 ? box + style.ItemInnerSpacing.x : style.FramePadding.x * 2.0f);
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    ImGui::SameLine(0.0f, spacing);
    if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
}

bool button(const char* text, std::string_view id, const ImVec2& size) {
    NextItemKind kind(ItemKind::Button);
    const bool pressed = ImGui::Button(label(text, id), button_size(text, size));
    app::set_last_item_text(text, ImGui::GetItemRectSize().x - 2.0f * ImGui::GetStyle().FramePadding.x);
    return pressed;
}

float width_before_button(const char* button_text) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float button = ImGui::CalcTextSize(button_text, nullptr, true).x + style.FramePadding.x * 2.0f;
    return std::max(ImGui::GetFontSize() * 4.0f, ImGui::GetContentRegionAvail().x - button - style.ItemSpacing.x);
}

bool back_button(const char* tab_text, std::string_view id) {
    const std::string text = std::string(icon::kChevronLeft) + "  " + tab_text;
    return button(text.c_str(), id);
}

bool input_text(const char* text, std::string_view id, char* buffer, size_t buffer_size, ImGuiInputTextFlags flags) {
    field_label(text);
    NextItemKind kind(ItemKind::Input);
    NextItemLabel visible(text);
    const bool changed = ImGui::InputText(label("", id), buffer, buffer_size, flags);
    app::set_last_item_value(buffer);
    if (!(flags & ImGuiInputTextFlags_Password)) finish_field(buffer);
    return changed;
}

bool input_string(const char* text, std::string_view id, std::string& value, const char* hint, ImGuiInputTextFlags flags) {
    field_label(text);
    NextItemKind kind(ItemKind::Input);
    NextItemLabel visible(text);
    const bool changed = ImGui::InputText(label("", id), &value, flags);
    app::set_last_item_value(value);
    draw_hint(hint, value);
    return changed;
}

void chart_part(std::string_view text, std::string_view id, const ImVec2& size) {
    NextItemKind kind(ItemKind::Text);
    NextItemLabel visible(shown(text));
    ImGui::InvisibleButton(label("", id), size);
}

bool invisible_button(std::string_view text, std::string_view id, const ImVec2& size) {
    NextItemKind kind(ItemKind::Button);
    NextItemLabel visible(shown(text));
    return ImGui::InvisibleButton(label("", id), size);
}

namespace {

// Characters arriving in an active single-line field that hold a line
// break: a paste of several lines (on the web every paste arrives as typed
// characters). ImGui would drop the breaks and run the lines together, so
// they are taken out of its queue here, before the field sees them, and
// split into lines with what was typed before them.
std::vector<std::string> take_pasted_lines(ImGuiID field, std::string& draft) {
    ImGuiIO& io = ImGui::GetIO();
    if (ImGui::GetActiveID() != field) return {};
    const ImVector<ImWchar>& queue = io.InputQueueCharacters;
    if (std::none_of(queue.begin(), queue.end(), [](ImWchar c) { return c == '\n' || c == '\r'; })) return {};
    std::string text = std::move(draft);
    for (ImWchar c : queue) {
        char utf8[5] = {};
        ImTextCharToUtf8(utf8, c);
        text += utf8;
    }
    io.InputQueueCharacters.resize(0);
    draft.clear();
    return app::non_blank_lines(text);
}

} // namespace

std::vector<std::string> add_field(const char* id, const char* button_id, std::string& draft, const char* hint, const char* button_text,
                                   float width) {
    std::vector<std::string> pasted = take_pasted_lines(ImGui::GetID(label("", id)), draft);
    // Enter adds and the field stays the one typed in, so the next item can
    // be typed straight away (ImGui would leave the field, and keys typed
    // before it was entered again would be lost).
    ImGuiIO& io = ImGui::GetIO();
    const bool keep_active = io.ConfigInputTextEnterKeepActive;
    io.ConfigInputTextEnterKeepActive = true;
    ImGui::SetNextItemWidth(width);
    const bool entered = input_string("", id, draft, hint, ImGuiInputTextFlags_EnterReturnsTrue);
    io.ConfigInputTextEnterKeepActive = keep_active;
    const ImGuiID field = ImGui::GetItemID();
    ImGui::SameLine();
    ImGui::BeginDisabled(draft.empty());
    const bool submit = button(button_text, button_id) || entered;
    ImGui::EndDisabled();
    const bool typed = submit && draft.find_first_not_of(" \t") != std::string::npos;
    if (!typed && pasted.empty()) return {};
    if (typed) {
        pasted.push_back(std::move(draft));
        draft.clear();
    }
    // Still active: it shows the emptied draft from the next frame on.
    if (ImGuiInputTextState* state = ImGui::GetInputTextState(field)) state->ReloadUserBufAndMoveToEnd();
    return pasted;
}

bool checkbox(std::string_view text, std::string_view id, bool* value) {
    const std::string_view drawn = shown(text);
    bool pressed;
    {
        NextItemKind kind(ItemKind::Checkbox);
        NextItemLabel visible(drawn);
        pressed = ImGui::Checkbox(label("", id), value);
    }
    if (drawn.empty()) return pressed;
    // The text beside the box, as ImGui would place it; a click on it ticks.
    // Wrapped at the window's edge: never cut (a narrow column of signs on a phone).
    const ImGuiID box = ImGui::GetItemID();
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    app::set_item_text(box, drawn, ImGui::GetWindowDrawList()->GetClipRectMax().x - ImGui::GetCursorScreenPos().x, /*ellipsis=*/true);
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(drawn.data(), end_of(drawn));
    ImGui::PopTextWrapPos();
    if (ImGui::IsItemClicked()) {
        *value = !*value;
        pressed = true;
    }
    return pressed;
}

bool radio(const char* text, std::string_view id, bool active) {
    NextItemKind kind(ItemKind::Checkbox);
    const bool pressed = ImGui::RadioButton(label(text, id), active);
    // ImGui draws the text beside the circle, in the rest of the line.
    const float circle = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
    app::set_last_item_text(text, ImGui::GetWindowDrawList()->GetClipRectMax().x - ImGui::GetItemRectMin().x - circle);
    if (active) app::mark_last_item_selected(); // RadioButton reports no checked state
    return pressed;
}

bool input_multiline(const char* text, std::string_view id, std::string& value, const ImVec2& size) {
    field_label(text);
    NextItemKind kind(ItemKind::Input);
    NextItemLabel visible(text);
    const bool changed = ImGui::InputTextMultiline(label("", id), &value, size);
    app::set_last_item_value(value);
    return changed;
}

bool begin_combo(const char* text, std::string_view id, std::string_view preview) {
    field_label(text);
    NextItemKind kind(ItemKind::Combo);
    NextItemLabel reported(text);
    const char* full = label("", id);
    // The preview is drawn here, where BeginCombo would draw it (its frame:
    // the item width by a frame height, the arrow a square at its right),
    // before its popup becomes the current window.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 min = window->DC.CursorPos;
    const ImRect frame(min, ImVec2(min.x + ImGui::CalcItemWidth(), min.y + ImGui::GetFrameHeight()));
    const float preview_max_x = std::max(frame.Min.x, frame.Max.x - ImGui::GetFrameHeight());
    const bool visible = !window->SkipItems && ImGui::IsRectVisible(frame.Min, frame.Max);
    const ImGuiID item = ImGui::GetID(full); // what BeginCombo uses, before its popup changes the ID stack
    const bool open = ImGui::BeginCombo(full, "");
    if (visible) {
        // Too long for the frame: ends in "…", the whole of it in a tooltip.
        const std::string_view drawn = shown(preview);
        const ImVec2 at(frame.Min.x + style.FramePadding.x, frame.Min.y + style.FramePadding.y);
        const float room = preview_max_x - style.FramePadding.x;
        ImGui::RenderTextEllipsis(window->DrawList, at, ImVec2(room, frame.Max.y), room, drawn.data(), end_of(drawn), nullptr);
        if (!open && ImGui::CalcTextSize(drawn.data(), end_of(drawn)).x > room - at.x && ImGui::IsMouseHoveringRect(frame.Min, frame.Max))
            tooltip(drawn);
    }
    // BeginCombo never reports its label to the test-engine hooks; do it here.
    ImGuiTestEngineHook_ItemInfo(ImGui::GetCurrentContext(), item, full, ImGuiItemStatusFlags_Openable);
    app::set_item_text(item, shown(preview), preview_max_x - frame.Min.x - style.FramePadding.x, /*ellipsis=*/true);
    app::set_item_value(item, shown(preview)); // the choice, which a screen reader says after the combo's name
    app::set_item_expanded(item, open);
    return open;
}

bool selectable(std::string_view text, std::string_view id, bool selected, ImGuiSelectableFlags flags) {
    // An id-only selectable as large as the text would make it (so layout
    // and auto-sized popups stay as they were), spanning the width as
    // ImGui's own does, with the text drawn where ImGui draws it.
    const std::string_view drawn = shown(text);
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 text_size = ImGui::CalcTextSize(drawn.data(), end_of(drawn));
    ImVec2 at = window->DC.CursorPos;
    at.y += window->DC.CurrLineTextBaseOffset;
    bool clicked;
    {
        NextItemKind kind(ItemKind::Selectable);
        NextItemLabel visible(drawn);
        clicked = ImGui::Selectable(label("", id), selected, flags | ImGuiSelectableFlags_SpanAvailWidth, text_size);
    }
    if (selected) app::mark_last_item_selected();
    if (ImGui::IsItemVisible()) {
        const float span = (flags & ImGuiSelectableFlags_SpanAllColumns) ? window->ParentWorkRect.Max.x - window->ParentWorkRect.Min.x
                                                                         : window->WorkRect.Max.x - at.x;
        // Wider than its room: ends in "…", the whole text a hover away.
        const float right = std::min(at.x + std::max(text_size.x, span), window->WorkRect.Max.x);
        if (at.x + text_size.x > right) {
            ImGui::RenderTextEllipsis(window->DrawList, at, ImVec2(right, at.y + text_size.y), right, drawn.data(), end_of(drawn),
                                      &text_size);
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) tooltip(drawn);
            app::set_last_item_text(drawn, right - at.x, /*ellipsis=*/true);
        } else {
            const ImRect item(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
            ImGui::RenderTextClippedEx(window->DrawList, at, ImVec2(right, at.y + text_size.y), drawn.data(), end_of(drawn), &text_size,
                                       ImGui::GetStyle().SelectableTextAlign, &item);
            app::set_last_item_text(drawn, std::min(right, item.Max.x) - at.x);
        }
    }
    return clicked;
}

bool row(std::string_view text, std::string_view id, bool selected, const ImVec4* color, bool span_columns) {
    // The text is drawn, not parsed as a label: user text may hold "##".
    const std::string_view drawn = shown(text);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    bool clicked = false;
    {
        NextItemKind kind(ItemKind::Row);
        NextItemLabel visible(drawn);
        // AllowOverlap: buttons drawn later in the row (its actions) stay clickable.
        // As tall as a frame: rows hold buttons and combos, and the clipper
        // needs every row the same height.
        const ImGuiSelectableFlags span = span_columns ? ImGuiSelectableFlags_SpanAllColumns : ImGuiSelectableFlags_None;
        clicked =
                ImGui::Selectable(label("", id), selected, span | ImGuiSelectableFlags_AllowOverlap, ImVec2(0.0f, ImGui::GetFrameHeight()));
    }
    // Not spanning, the row is still shown selected across its width.
    if (selected && !span_columns) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_Header));
    if (selected) app::mark_last_item_selected();
    // Longer than its cell: ends in "…", the whole text a hover away.
    const float right = ImGui::GetCurrentWindow()->WorkRect.Max.x;
    const ImVec2 text_at(at.x, at.y + ImGui::GetStyle().FramePadding.y);
    const ImVec2 size = ImGui::CalcTextSize(drawn.data(), end_of(drawn));
    ImGui::PushStyleColor(ImGuiCol_Text, text_color(color));
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), text_at, ImVec2(right, text_at.y + size.y), right, drawn.data(), end_of(drawn),
                              &size);
    ImGui::PopStyleColor();
    app::set_last_item_text(drawn, right - text_at.x, /*ellipsis=*/true);
    if (text_at.x + size.x > right && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) tooltip(drawn);
    return clicked;
}

namespace {
// Wrapped text over a selectable its size (no wider than the text if `fit`): true when clicked.
bool clickable_text(std::string_view drawn, std::string_view id, const ImVec4* color, bool fit) {
    float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize());
    std::string storage;
    const std::string_view lines = wrapped_lines(drawn, width, storage);
    const ImVec2 size = ImGui::CalcTextSize(lines.data(), end_of(lines), false, width);
    if (fit) width = std::min(width, std::ceil(size.x));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    bool clicked = false;
    {
        NextItemKind kind(ItemKind::Text);
        NextItemLabel visible(drawn);
        // Text read in a popup (a month, a summary) leaves it open when clicked.
        clicked = ImGui::Selectable(label("", id), false, ImGuiSelectableFlags_NoAutoClosePopups, ImVec2(width, size.y));
    }
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, text_color(color), lines.data(), end_of(lines), width);
    return clicked;
}
} // namespace

bool text_item(std::string_view text, std::string_view id, const ImVec4* color, bool fit) {
    const std::string_view drawn = shown(text);
    const bool clicked = clickable_text(drawn, id, color, fit);
    if (clicked) ImGui::SetClipboardText(std::string(drawn).c_str());
    return clicked;
}

bool link_item(std::string_view text, std::string_view id, const ImVec4* color) {
    const bool clicked = clickable_text(shown(text), id, color, false);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return clicked;
}

void table_headers() {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < ImGui::TableGetColumnCount(); ++column) {
        if (!ImGui::TableSetColumnIndex(column)) continue;
        ImGui::PushID(column); // as TableHeadersRow: headers with the same words (or none) stay apart
        column_header(column);
        ImGui::PopID();
    }
}

void column_header(int column) {
    ImGuiTable* table = ImGui::GetCurrentTable();
    const char* name = (table->Columns[column].Flags & ImGuiTableColumnFlags_NoHeaderLabel) ? "" : ImGui::TableGetColumnName(column);
    const std::string_view drawn(name, ImGui::FindRenderedTextEnd(name) - name);
    const bool sortable = (table->Flags & ImGuiTableFlags_Sortable) && !(table->Columns[column].Flags & ImGuiTableColumnFlags_NoSort);
    if (!sortable) {
        ImGui::TableHeader(name);
        app::record_last_text(drawn);
        return;
    }
    NextItemKind kind(ItemKind::Button);
    const ImGuiID item = ImGui::GetID(name);
    const float at = ImGui::GetCursorScreenPos().x;
    ImGui::TableHeader(name);
    // TableHeader never reports its label to the test-engine hooks; do it here.
    ImGuiTestEngineHook_ItemInfo(ImGui::GetCurrentContext(), item, name, ImGuiItemStatusFlags_None);
    // The room its label had: up to the cell's edge, less the sort arrow's (as TableHeader reckons it).
    const float arrow = ImTrunc(ImGui::GetFontSize() * 0.65f + ImGui::GetStyle().FramePadding.x);
    const float room = ImGui::TableGetCellBgRect(table, column).Max.x - arrow - at;
    app::set_item_text(item, drawn, room, /*ellipsis=*/true);
}

void table_header(std::string_view text) {
    const std::string_view drawn = shown(text);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::TableHeader(""); // id-only: the caller's PushID(column) tells headers apart
    if (!ImGui::IsItemVisible()) return;
    app::record_last_text(drawn);
    ImGuiTable* table = ImGui::GetCurrentTable();
    const float right = std::max(ImGui::TableGetCellBgRect(table, table->CurrentColumn).Max.x, at.x);
    const ImVec2 size = ImGui::CalcTextSize(drawn.data(), end_of(drawn));
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), at, ImVec2(right, ImGui::GetItemRectMax().y), right, drawn.data(), end_of(drawn),
                              &size);
}

void progress_bar(float fraction, const ImVec2& size, const std::string& overlay) {
    ImGui::ProgressBar(fraction, size, overlay.c_str());
    app::record_last_text(overlay);
}

bool tab_button(const char* text, std::string_view id, bool selected) {
    // The open tab: filled, and underlined in the accent colour, so it reads
    // as chosen without relying on colour alone.
    if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    if (!selected) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    bool clicked;
    {
        NextItemKind kind(ItemKind::Tab);
        clicked = ImGui::Button(label(text, id), button_size(text, ImVec2(0, 0)));
    }
    app::set_last_item_text(text, ImGui::GetItemRectSize().x - 2.0f * ImGui::GetStyle().FramePadding.x);
    if (selected) {
        app::mark_last_item_selected();
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x + 2.0f, max.y - 3.0f), ImVec2(max.x - 2.0f, max.y),
                                                  ImGui::GetColorU32(ImGuiCol_TabSelectedOverline), 1.5f);
    }
    ImGui::PopStyleColor();
    return clicked;
}

bool begin_menu(const char* text, std::string_view id) {
    // A button of the app's bar that opens its menu below it: ImGui's own
    // menu bar draws its entries one line of text high, too small for a finger.
    bool clicked;
    {
        NextItemKind kind(ItemKind::Menu);
        clicked = ImGui::Button(label(text, id), button_size(text, ImVec2(0, 0)));
    }
    app::set_last_item_text(text, ImGui::GetItemRectSize().x - 2.0f * ImGui::GetStyle().FramePadding.x);
    const std::string popup = "##menu_" + std::string(id);
    if (clicked) {
        ImGui::OpenPopup(popup.c_str());
        ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y));
    }
    const ImGuiID button = ImGui::GetItemID();
    const bool open = ImGui::BeginPopup(popup.c_str());
    app::set_item_expanded(button, open);
    return open;
}

void end_menu() { ImGui::EndPopup(); }

bool menu_item(const char* text, std::string_view id, bool selected) {
    // At least a target high (ImGui's MenuItem is one line of text), the text
    // in its middle; a click closes the menu.
    const float height = std::max(ImGui::GetFontSize(), min_target() - ImGui::GetStyle().ItemSpacing.y);
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
    bool pressed;
    {
        NextItemKind kind(ItemKind::MenuItem);
        pressed = ImGui::Selectable(label(text, id), selected, ImGuiSelectableFlags_None, ImVec2(0.0f, height));
    }
    ImGui::PopStyleVar();
    if (selected) app::mark_last_item_selected();
    return pressed;
}

} // namespace setright::ui
