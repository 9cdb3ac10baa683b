// theme.hpp — Setright's look, in one place: light and dark colours, the
// type scale, the spacing scale and the target sizes, applied to ImGui's
// style before each frame that needs them. Views take colours and sizes from
// here, never their own numbers.
//
// Colour carries one meaning each, and always beside words that say the same
// (colour alone is never the message):
//   critical — a blocker, not ready, overdue, a critical flag
//   warning  — a warning, due soon, a claim not yet shown
//   good     — ready, verified, on time
//   info     — neutral facts and links
#pragma once

#include "core/model/model.hpp"
#include "logic/layout_mode.hpp"

#include <imgui.h>

namespace setright::ui {

struct ThemeInputs {
    bool dark = true;
    app::LayoutMode layout = app::LayoutMode::Desktop;
    bool coarse_pointer = false; // a finger: targets at least 44×44 CSS px

    bool operator==(const ThemeInputs& other) const {
        return dark == other.dark && layout == other.layout && coarse_pointer == other.coarse_pointer;
    }
};

// Sets ImGui's style from `inputs`; does nothing when they did not change.
// Call between frames (before ImGui::NewFrame). True when the colours
// changed (and the first time): what surrounds the canvas should follow.
bool apply_theme(const ThemeInputs& inputs);
const ThemeInputs& current_theme();
app::LayoutMode current_layout();

// --- Colour -------------------------------------------------------------
const ImVec4& critical();
const ImVec4& warning();
const ImVec4& good();
const ImVec4& info();
const ImVec4& severity_color(Severity severity);
// What a claim counts as: verified good, not supported critical, claimed,
// partial or an accepted risk warning; nullptr (plain text) otherwise.
const ImVec4* claim_color(ClaimStatus status);
// What the canvas is cleared to (the page behind every window).
const ImVec4& background();
// A tone faded onto the background: fills behind coloured text (cards, bars).
ImU32 tint(const ImVec4& tone, float amount);

// --- Type ---------------------------------------------------------------
// Body text is 16 CSS px; the rest are steps from it.
enum class TextSize { Small, Body, Heading, Title, Verdict };
float text_px(TextSize size);
// Draws what follows at `size` until it goes out of scope.
class TextSizeScope {
public:
    explicit TextSizeScope(TextSize size);
    ~TextSizeScope();
    TextSizeScope(const TextSizeScope&) = delete;
    TextSizeScope& operator=(const TextSizeScope&) = delete;
};
// A heading: larger text, with room above it.
void heading(const char* text);

// --- Space --------------------------------------------------------------
// The spacing scale, in CSS px: step 1 = 4, 2 = 8, 3 = 12, 4 = 16, 6 = 24, 8 = 32.
float space(int step);
// Whether content this wide is laid out in one column: tables as stacked
// rows, forms one field under another (a phone, a tablet, 200% zoom).
bool stacks(float content_width);
// The smallest a clickable item may be on a side: 24 CSS px, 44 for a finger.
float min_target();

} // namespace setright::ui
