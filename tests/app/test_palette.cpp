// test_palette.cpp — every text colour readable on every surface it is drawn
// on, in both themes (WCAG 1.4.3: 4.5:1), and the edges that make a field or
// a check mark visible at 3:1 (WCAG 1.4.11). The canvas is not a DOM an
// automated checker can read, so the colours are checked where they are made.
#include "logic/palette.hpp"

#include <doctest/doctest.h>

#include <utility>
#include <vector>

using namespace setright::app;

namespace {

struct Named {
    const char* name;
    Rgb colour;
};

// A struct, not structured bindings: clang refuses a binding captured by
// doctest's INFO lambda in C++17.
struct Themed {
    const char* theme;
    const Palette* palette;
};
std::vector<Themed> palettes() { return {{"dark", &dark_palette()}, {"light", &light_palette()}}; }

// Every colour text is drawn in.
std::vector<Named> text_colours(const Palette& p) {
    return {{"text", p.text},       {"muted", p.text_muted}, {"critical", p.critical},
            {"warning", p.warning}, {"good", p.good},        {"info", p.info}};
}

// Everything text sits on: the page, cards, popups, fields, and the rows a
// table stripes, selects or hovers, on the page and in a popup.
std::vector<Named> surfaces(const Palette& p) {
    return {{"the page", p.background},
            {"a card", p.surface},
            {"a popup", p.raised},
            {"a field", p.frame},
            {"a striped row", blend(p.background, p.text, kRowAltAlpha)},
            {"a selected row", blend(p.background, p.accent, kSelectedAlpha)},
            {"a hovered row", blend(p.background, p.accent, kHoveredAlpha)},
            {"a selected row in a popup", blend(p.raised, p.accent, kSelectedAlpha)},
            {"a hovered row in a popup", blend(p.raised, p.accent, kHoveredAlpha)}};
}

} // namespace

TEST_CASE("palette: the WCAG contrast of black on white is 21, of a colour on itself 1") {
    CHECK(contrast_ratio(rgb(0x000000), rgb(0xffffff)) == doctest::Approx(21.0));
    CHECK(contrast_ratio(rgb(0x777777), rgb(0x777777)) == doctest::Approx(1.0));
    CHECK(contrast_ratio(rgb(0x767676), rgb(0xffffff)) == doctest::Approx(4.54).epsilon(0.01)); // the well-known AA grey
}

TEST_CASE("palette: every text colour keeps 4.5:1 on every surface, selected and hovered rows included") {
    for (const Themed& t : palettes())
        for (const Named& text : text_colours(*t.palette))
            for (const Named& under : surfaces(*t.palette)) {
                INFO(t.theme, ": ", text.name, " on ", under.name);
                CHECK(contrast_ratio(text.colour, under.colour) >= 4.5);
            }
}

TEST_CASE("palette: body text on a hovered or pressed button, and on text selected in a field") {
    for (const Themed& t : palettes()) {
        const Palette* p = t.palette;
        INFO(t.theme);
        CHECK(contrast_ratio(p->text, p->frame_hover) >= 4.5);
        CHECK(contrast_ratio(p->text, p->frame_active) >= 4.5);
        CHECK(contrast_ratio(p->text, blend(p->frame, p->accent, kTextSelectionAlpha)) >= 4.5);
        CHECK(contrast_ratio(p->text, blend(p->background, p->accent, kPressedAlpha)) >= 4.5);
    }
}

TEST_CASE("palette: a field's outline shows at 3:1 on the page, a card and a popup, and a check mark on its box") {
    for (const Themed& t : palettes()) {
        const Palette* p = t.palette;
        INFO(t.theme);
        for (Rgb under : {p->background, p->surface, p->raised}) CHECK(contrast_ratio(p->outline, under) >= 3.0);
        CHECK(contrast_ratio(p->text, p->frame) >= 3.0); // ImGuiCol_CheckMark is the text colour
    }
}
