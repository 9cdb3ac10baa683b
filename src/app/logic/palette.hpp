// palette.hpp — Setright's two sets of colours, as plain numbers, and the
// WCAG contrast between two of them. The theme (ui/theme.cpp) hands them to
// ImGui; kept here, without ImGui, so a unit test can hold every text colour
// to 4.5:1 against every surface it is drawn on (WCAG 1.4.3).
#pragma once

namespace setright::app {

struct Rgb {
    float r = 0, g = 0, b = 0;
};

constexpr Rgb rgb(unsigned hex) {
    return Rgb{float((hex >> 16) & 0xff) / 255.0f, float((hex >> 8) & 0xff) / 255.0f, float(hex & 0xff) / 255.0f};
}

struct Palette {
    // Surfaces: the page, cards and children, popups, fields and buttons (resting, hovered, pressed).
    Rgb background, surface, raised, frame, frame_hover, frame_active;
    // Text and lines (border: soft separators and table lines; outline: the
    // edge of a field, a button or a card, 3:1 against what it sits on, WCAG
    // 1.4.11); the accent marks selection and focus.
    Rgb text, text_muted, border, outline, accent, accent_hover;
    // The four meanings (theme.hpp): each also a text colour.
    Rgb critical, warning, good, info;
};

// How strongly the accent shows behind a selected row or tab, a hovered
// one, one being pressed: weak enough that every text colour keeps 4.5:1.
constexpr float kSelectedAlpha = 0.16f, kHoveredAlpha = 0.10f, kPressedAlpha = 0.24f;
// Every other table row, a shade of the text colour; text selected in a field.
constexpr float kRowAltAlpha = 0.035f, kTextSelectionAlpha = 0.35f;

const Palette& dark_palette();
const Palette& light_palette();

// `over` at `alpha` on `under`, as the canvas blends it.
Rgb blend(Rgb under, Rgb over, float alpha);
// The WCAG 2 contrast ratio of two colours, 1 to 21.
double contrast_ratio(Rgb a, Rgb b);

} // namespace setright::app
