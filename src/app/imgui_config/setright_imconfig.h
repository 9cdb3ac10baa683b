// setright_imconfig.h — Setright's compile-time settings for Dear ImGui
// (passed as IMGUI_USER_CONFIG; Debian's imconfig.h stays untouched).
#pragma once

// Every item ImGui adds reports itself to Setright's test API
// (src/app/item_registry.cpp implements the hooks).
#define IMGUI_ENABLE_TEST_ENGINE

// No legacy names: the build must keep working across 1.92.x.
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS

// Characters past U+FFFF (emoji, flags) are typed, stored and drawn: with
// 16-bit ImWchar ImGui would turn each into U+FFFD.
#define IMGUI_USE_WCHAR32

// Setright draws with its own fonts (ui/fonts.cpp, from Debian's packages);
// ImGui's built-in ProggyClean would be 9.5 KB of the download never drawn.
#define IMGUI_DISABLE_DEFAULT_FONT
