// theme.cpp — see theme.hpp.
#include "ui/theme.hpp"

#include "logic/palette.hpp"

#include "ui/item_registry.hpp"

#include <algorithm>

namespace setright::ui {
namespace {

constexpr float kBodyPx = 16.0f;

// The palette (logic/palette.hpp) as ImGui takes it.
struct Palette {
    ImVec4 background, surface, raised, frame, frame_hover, frame_active;
    ImVec4 text, text_muted, border, outline, accent, accent_hover;
    ImVec4 critical, warning, good, info;
};

ImVec4 vec(app::Rgb c) { return ImVec4(c.r, c.g, c.b, 1.0f); }

Palette palette_of(const app::Palette& p) {
    return Palette{vec(p.background), vec(p.surface),    vec(p.raised), vec(p.frame),   vec(p.frame_hover), vec(p.frame_active),
                   vec(p.text),       vec(p.text_muted), vec(p.border), vec(p.outline), vec(p.accent),      vec(p.accent_hover),
                   vec(p.critical),   vec(p.warning),    vec(p.good),   vec(p.info)};
}

// (The palettes are constant-initialised, so reading them here is safe.)
const Palette kDark = palette_of(app::dark_palette());
const Palette kLight = palette_of(app::light_palette());

ThemeInputs g_inputs;
bool g_applied = false;
const Palette* g_palette = &kDark;

ImVec4 with_alpha(ImVec4 colour, float alpha) { return ImVec4(colour.x, colour.y, colour.z, alpha); }

void apply_colors(ImGuiStyle& style, const Palette& p) {
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.text_muted;
    c[ImGuiCol_WindowBg] = p.background;
    c[ImGuiCol_ChildBg] = with_alpha(p.surface, 0.0f); // children sit on their window
    c[ImGuiCol_PopupBg] = p.raised;
    c[ImGuiCol_Border] = p.outline;
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = p.frame;
    c[ImGuiCol_FrameBgHovered] = p.frame_hover;
    c[ImGuiCol_FrameBgActive] = p.frame_active;
    c[ImGuiCol_TitleBg] = p.surface;
    c[ImGuiCol_TitleBgActive] = p.surface;
    c[ImGuiCol_TitleBgCollapsed] = p.surface;
    c[ImGuiCol_MenuBarBg] = p.surface;
    c[ImGuiCol_ScrollbarBg] = with_alpha(p.background, 0.0f);
    c[ImGuiCol_ScrollbarGrab] = p.frame_active;
    c[ImGuiCol_ScrollbarGrabHovered] = p.text_muted;
    c[ImGuiCol_ScrollbarGrabActive] = p.accent;
    c[ImGuiCol_CheckMark] = p.text; // on a field's fill: the body text's contrast
    c[ImGuiCol_SliderGrab] = p.accent;
    c[ImGuiCol_SliderGrabActive] = p.accent_hover;
    c[ImGuiCol_Button] = p.frame;
    c[ImGuiCol_ButtonHovered] = p.frame_hover;
    c[ImGuiCol_ButtonActive] = p.frame_active;
    c[ImGuiCol_Header] = with_alpha(p.accent, app::kSelectedAlpha);
    c[ImGuiCol_HeaderHovered] = with_alpha(p.accent, app::kHoveredAlpha);
    c[ImGuiCol_HeaderActive] = with_alpha(p.accent, app::kPressedAlpha);
    c[ImGuiCol_Separator] = p.border;
    c[ImGuiCol_SeparatorHovered] = p.accent_hover;
    c[ImGuiCol_SeparatorActive] = p.accent;
    c[ImGuiCol_ResizeGrip] = with_alpha(p.accent, 0.2f);
    c[ImGuiCol_ResizeGripHovered] = with_alpha(p.accent, 0.6f);
    c[ImGuiCol_ResizeGripActive] = p.accent;
    c[ImGuiCol_Tab] = with_alpha(p.frame, 0.6f);
    c[ImGuiCol_TabHovered] = p.frame_hover;
    c[ImGuiCol_TabSelected] = p.surface;
    c[ImGuiCol_TabSelectedOverline] = p.accent;
    c[ImGuiCol_TabDimmed] = with_alpha(p.frame, 0.6f);
    c[ImGuiCol_TabDimmedSelected] = p.surface;
    c[ImGuiCol_TabDimmedSelectedOverline] = p.accent;
    c[ImGuiCol_TableHeaderBg] = p.frame;
    c[ImGuiCol_TableBorderStrong] = p.border;
    c[ImGuiCol_TableBorderLight] = with_alpha(p.border, 0.6f);
    c[ImGuiCol_TableRowBg] = with_alpha(p.surface, 0.0f);
    c[ImGuiCol_TableRowBgAlt] = with_alpha(p.text, app::kRowAltAlpha);
    c[ImGuiCol_TextSelectedBg] = with_alpha(p.accent, app::kTextSelectionAlpha);
    c[ImGuiCol_NavCursor] = p.accent_hover;
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.45f);
    c[ImGuiCol_PlotHistogram] = p.accent;
    c[ImGuiCol_PlotHistogramHovered] = p.accent_hover;
    c[ImGuiCol_PlotLines] = p.accent;
}

// Paddings make every frame (buttons, fields, combos, checkboxes, tabs) at
// least min_target() tall: frame height = font size + 2 × FramePadding.y.
void apply_sizes(ImGuiStyle& style, const ThemeInputs& in) {
    const float target = in.coarse_pointer ? 44.0f : 28.0f; // 28 ≥ 24, with room for the text's descenders
    const float pad_y = std::max(4.0f, (target - kBodyPx) * 0.5f);
    style.FontSizeBase = kBodyPx;
    style.FramePadding = ImVec2(space(3), pad_y);
    style.ItemSpacing = ImVec2(space(2), space(2));
    style.ItemInnerSpacing = ImVec2(space(2), space(1));
    style.CellPadding = ImVec2(space(2), in.coarse_pointer ? (44.0f - kBodyPx) * 0.5f : space(1));
    style.WindowPadding = in.layout == app::LayoutMode::Phone ? ImVec2(space(2), space(2)) : ImVec2(space(4), space(3));
    style.IndentSpacing = space(5);
    style.ScrollbarSize = in.coarse_pointer ? 6.0f : 14.0f; // a finger drags the content, not the bar
    style.GrabMinSize = in.coarse_pointer ? 24.0f : 14.0f;
    style.TouchExtraPadding = in.coarse_pointer ? ImVec2(2.0f, 2.0f) : ImVec2(0, 0);
    style.WindowRounding = 0.0f;
    style.ChildRounding = 6.0f;
    style.FrameRounding = 6.0f;
    style.PopupRounding = 8.0f;
    style.GrabRounding = 6.0f;
    style.TabRounding = 6.0f;
    style.ScrollbarRounding = 6.0f;
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = 1.0f;
    style.PopupBorderSize = 1.0f;
    style.FrameBorderSize = 1.0f; // a field's edge is how it is seen (the outline's 3:1)
    style.TabBarBorderSize = 1.0f;
    style.SeparatorTextBorderSize = 2.0f;
    style.SeparatorTextPadding = ImVec2(0.0f, space(1));
}

} // namespace

bool apply_theme(const ThemeInputs& inputs) {
    if (g_applied && inputs == g_inputs) return false;
    const bool colours_changed = !g_applied || inputs.dark != g_inputs.dark;
    g_applied = true;
    g_inputs = inputs;
    g_palette = inputs.dark ? &kDark : &kLight;
    ImGuiStyle style;
    if (inputs.dark)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);
    apply_colors(style, *g_palette);
    apply_sizes(style, inputs);
    ImGui::GetStyle() = style;
    return colours_changed;
}

const ThemeInputs& current_theme() { return g_inputs; }
app::LayoutMode current_layout() { return g_inputs.layout; }

const ImVec4& critical() { return g_palette->critical; }
const ImVec4& warning() { return g_palette->warning; }
const ImVec4& good() { return g_palette->good; }
const ImVec4& info() { return g_palette->info; }
const ImVec4& background() { return g_palette->background; }

const ImVec4& severity_color(Severity severity) {
    switch (severity) {
    case Severity::Critical: return critical();
    case Severity::Warning: return warning();
    case Severity::Info: return info();
    }
    return info();
}

const ImVec4* claim_color(ClaimStatus status) {
    switch (status) {
    case ClaimStatus::Verified: return &good();
    case ClaimStatus::NotSupported: return &critical();
    case ClaimStatus::AcceptedRisk:
    case ClaimStatus::Claimed:
    case ClaimStatus::Partial: return &warning();
    default: return nullptr;
    }
}

ImU32 tint(const ImVec4& tone, float amount) {
    const ImVec4& base = g_palette->background;
    return ImGui::GetColorU32(
            ImVec4(base.x + (tone.x - base.x) * amount, base.y + (tone.y - base.y) * amount, base.z + (tone.z - base.z) * amount, 1.0f));
}

float text_px(TextSize size) {
    switch (size) {
    case TextSize::Small: return 14.0f;
    case TextSize::Body: return kBodyPx;
    case TextSize::Heading: return 20.0f;
    case TextSize::Title: return 24.0f;
    case TextSize::Verdict: return 28.0f;
    }
    return kBodyPx;
}

TextSizeScope::TextSizeScope(TextSize size) { ImGui::PushFont(nullptr, text_px(size)); }
TextSizeScope::~TextSizeScope() { ImGui::PopFont(); }

void heading(const char* text) {
    ImGui::Dummy(ImVec2(0.0f, space(1)));
    TextSizeScope size(TextSize::Heading);
    ImGui::TextUnformatted(text);
    app::record_last_text(text, app::ItemKind::Heading);
}

float space(int step) { return 4.0f * float(step); }
bool stacks(float content_width) { return content_width < 900.0f; }
float min_target() { return g_inputs.coarse_pointer ? 44.0f : 24.0f; }

} // namespace setright::ui
