// test_api.hpp — what the app tells window.setright, the test API that every
// browser test drives (documented in tests/README.md). The app registers its
// answers; platform/web exports them to the page.
#pragma once

#include <functional>
#include <string>

namespace setright::platform {

struct TestApiAnswers {
    std::function<std::string()> items_json;          // items(): every interactive item of the last frame
    std::function<std::string()> state_json;          // state(): the workspace in the export format
    std::function<std::string(int)> frame_stats_json; // frameStats(from): {frames, cpuMsP50, cpuMsP95} over frames from number `from` on
    std::function<int()> missing_glyphs;              // missingGlyphs(): fallback glyphs in the last frame
    std::function<int()> coloured_glyphs;             // colouredGlyphs(): colour emoji in the last frame
    std::function<float(unsigned)> glyph_height;      // glyphHeight(character): its ink's height in pixels, as drawn
    // performance(from): {frames, cpuMsP50, cpuMsP95} over the frames from
    // number `from` on, heapBytes (the wasm heap), lastSaveMs (-1: none yet)
    // and storage (what the status line says: "saved", "saving", "not_saved").
    std::function<std::string(int from)> performance_json;
    // layoutProblems(): the last frame's interactive items that are too small
    // for the pointer, off the page, on top of another, or cut
    // (logic/layout_check.hpp).
    std::function<std::string()> layout_problems_json;
};

void register_test_api(TestApiAnswers answers);

} // namespace setright::platform
