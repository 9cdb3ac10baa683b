// lazy_font_loader.cpp — see lazy_font_loader.hpp.
#include "ui/lazy_font_loader.hpp"

#include "logic/colour_glyphs.hpp"
#include "logic/lazy_fonts.hpp"
#include "platform/platform.hpp"
#include "ui/colour_glyph_source.hpp"

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
    app::FontLines app_fonts;
    std::vector<ImWchar> missing;                                            // noted while the last frame was drawn
    std::set<std::string> asked;                                             // every file asked for, once
    std::set<std::string> pending;                                           // asked for and not yet merged
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

bool watch_for_missing_glyphs(float size_pixels, const app::FontLines& app_fonts) {
    loader().size_pixels = size_pixels;
    loader().app_fonts = app_fonts;
    if (!add_colour_glyph_source(size_pixels)) return false;
    ImFontConfig watch;
    watch.MergeMode = true;
    watch.FontLoader = &missing_glyph_watch();
    ImFormatString(watch.Name, IM_ARRAYSIZE(watch.Name), "missing glyph watch");
    return ImGui::GetIO().Fonts->AddFont(&watch) != nullptr;
}

namespace {

void ask_for(const std::string& file) {
    Loader& l = loader();
    if (!l.asked.insert(file).second) return;
    l.pending.insert(file);
    platform::read_lazy_font(file, [file](std::optional<std::string> font) { loader().arrived.emplace_back(file, std::move(font)); });
}

// The first of the character's files not yet asked for; none while one is on
// its way (an emoji's colour block may have it, Symbola only if not).
void ask_for_font_of(char32_t c) {
    for (const std::string& file : app::lazy_font_files(c)) {
        if (loader().pending.count(file)) return;
        if (loader().asked.count(file)) continue;
        return ask_for(file);
    }
}

} // namespace

void request_fonts_for_missing_glyphs() {
    Loader& l = loader();
    if (l.missing.empty()) return;
    std::vector<ImWchar> missing = std::move(l.missing);
    l.missing.clear();
    for (ImWchar c : missing) ask_for_font_of(char32_t(c));
}

namespace {

// Whether a font (not a colour image) loaded so far draws `c`.
bool font_has_outline(ImFont* font, ImWchar c) {
    ImFontAtlas* atlas = font->ContainerAtlas;
    for (ImFontConfig* source : font->Sources) {
        const ImFontLoader* outlines = source->FontLoader ? source->FontLoader : atlas->FontLoader;
        if (!is_colour_glyph_source(source) && outlines->FontSrcContainsGlyph && outlines->FontSrcContainsGlyph(atlas, source, c))
            return true;
    }
    return false;
}

} // namespace

void request_fonts_for_text(const std::string& utf8) {
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    const char* end = utf8.data() + utf8.size();
    for (const char* at = utf8.data(); at < end;) {
        unsigned int c = 0;
        at += ImTextCharFromUtf8(&c, at, end);
        // Only what no font loaded so far draws (★ is Nanum's, not Symbola's);
        // the page prints with fonts, so emoji with Symbola's, not in colour.
        if (c < 0x0590 || font_has_outline(font, ImWchar(c))) continue;
        for (const std::string& file : app::lazy_font_files(char32_t(c)))
            if (!app::is_colour_glyph_file(file)) ask_for(file);
    }
}

ArrivedFonts merge_arrived_fonts() {
    Loader& l = loader();
    ArrivedFonts result;
    if (l.arrived.empty()) return result;
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    for (auto& [file, font] : l.arrived) {
        l.pending.erase(file);
        // Colour glyphs the platform cannot decode (the desktop build) are
        // not news: Symbola's file is asked for next.
        if (app::is_colour_glyph_file(file)) {
            auto glyphs = font ? app::parse_colour_glyphs(*font) : std::nullopt;
            if (glyphs) add_colour_glyphs(std::move(*glyphs));
            continue;
        }
        if (!font) {
            if (!std::exchange(l.told_unavailable, true)) result.first_unavailable = true;
            continue;
        }
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.FontDataOwnedByAtlas = false; // the atlas copies it
        ImFormatString(merge.Name, IM_ARRAYSIZE(merge.Name), "%s", file.c_str());
        // Sized so its letters are as large as those of the script beside them (logic/font_metrics.hpp).
        const float size = app::lazy_font_size(file, *font, l.size_pixels, l.app_fonts);
        atlas->AddFontFromMemoryTTF(font->data(), int(font->size()), size, &merge);
    }
    l.arrived.clear();
    // Each baked size keeps data per source and "not found" for what it
    // looked up: bake again, with the new sources (and, after a colour block
    // without the character, note it missing again so Symbola is asked).
    ImFontAtlasFontDiscardBakes(atlas, atlas->Fonts.back(), 0);
    return result;
}

} // namespace setright::ui
