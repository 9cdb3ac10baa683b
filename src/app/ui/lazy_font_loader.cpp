// lazy_font_loader.cpp — see lazy_font_loader.hpp.
#include "ui/lazy_font_loader.hpp"

#include "logic/lazy_fonts.hpp"
#include "platform/platform.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace setright::ui {
namespace {

struct Loader {
    float size_pixels = 0;
    std::vector<ImWchar> missing;                                            // noted while the last frame was drawn
    std::set<std::string> asked;                                             // every file asked for, once
    std::vector<std::pair<std::string, std::optional<std::string>>> arrived; // answers not yet merged
    bool told_unavailable = false;
};

Loader& loader() {
    static Loader state;
    return state;
}

bool draws_nothing_but_notes(ImFontAtlas*, ImFontConfig*, ImWchar c) { return app::draws_as_nothing(c); }

// The last source's glyphs: nothing for joiners and selectors (zero width, so
// "👍🏽" is not followed by a box), else the character is noted and refused.
bool note_missing_glyph(ImFontAtlas*, ImFontConfig*, ImFontBaked*, void*, ImWchar c, ImFontGlyph* out_glyph, float* out_advance_x) {
    if (app::draws_as_nothing(c)) {
        if (out_advance_x) *out_advance_x = 0.0f;
        if (out_glyph) {
            out_glyph->Codepoint = c;
            out_glyph->AdvanceX = 0.0f;
            out_glyph->Visible = false;
        }
        return true;
    }
    loader().missing.push_back(c);
    return false;
}

const ImFontLoader& missing_glyph_watch() {
    static const ImFontLoader watch = [] {
        ImFontLoader l;
        l.Name = "setright: missing glyphs";
        l.FontSrcContainsGlyph = draws_nothing_but_notes;
        l.FontBakedLoadGlyph = note_missing_glyph;
        return l;
    }();
    return watch;
}

} // namespace

bool watch_for_missing_glyphs(float size_pixels) {
    loader().size_pixels = size_pixels;
    ImFontConfig watch;
    watch.MergeMode = true;
    watch.FontLoader = &missing_glyph_watch();
    ImFormatString(watch.Name, IM_ARRAYSIZE(watch.Name), "missing glyph watch");
    return ImGui::GetIO().Fonts->AddFont(&watch) != nullptr;
}

namespace {

void ask_for_font_of(char32_t c) {
    std::string file = app::lazy_font_file(c);
    if (file.empty() || !loader().asked.insert(file).second) return;
    platform::read_lazy_font(file, [file](std::optional<std::string> font) { loader().arrived.emplace_back(file, std::move(font)); });
}

} // namespace

void request_fonts_for_missing_glyphs() {
    Loader& l = loader();
    if (l.missing.empty()) return;
    std::vector<ImWchar> missing = std::move(l.missing);
    l.missing.clear();
    for (ImWchar c : missing) ask_for_font_of(char32_t(c));
}

void request_fonts_for_text(const std::string& utf8) {
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    const char* end = utf8.data() + utf8.size();
    for (const char* at = utf8.data(); at < end;) {
        unsigned int c = 0;
        at += ImTextCharFromUtf8(&c, at, end);
        // Only what no font loaded so far draws (★ is Nanum's, not Symbola's).
        if (c >= 0x0590 && !font->IsGlyphInFont(ImWchar(c))) ask_for_font_of(char32_t(c));
    }
}

ArrivedFonts merge_arrived_fonts() {
    Loader& l = loader();
    ArrivedFonts result;
    if (l.arrived.empty()) return result;
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    for (auto& [file, font] : l.arrived) {
        if (!font) {
            if (!std::exchange(l.told_unavailable, true)) result.first_unavailable = true;
            continue;
        }
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.FontDataOwnedByAtlas = false; // the atlas copies it
        ImFormatString(merge.Name, IM_ARRAYSIZE(merge.Name), "%s", file.c_str());
        if (atlas->AddFontFromMemoryTTF(font->data(), int(font->size()), l.size_pixels, &merge)) result.merged = true;
    }
    l.arrived.clear();
    // Each baked size keeps data per source and "not found" for what it
    // looked up: bake again, with the new sources.
    if (result.merged) ImFontAtlasFontDiscardBakes(atlas, atlas->Fonts.back(), 0);
    return result;
}

} // namespace setright::ui
