// The layout chosen from the viewport's CSS width, and light or dark from the
// user's choice and the system's preference.
#include "logic/appearance.hpp"
#include "logic/layout_mode.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright::app;

TEST_CASE("layout: chosen from the CSS width, at the edges too") {
    CHECK(layout_for_width(320) == LayoutMode::Phone); // 1280 px at 400% zoom
    CHECK(layout_for_width(390) == LayoutMode::Phone);
    CHECK(layout_for_width(599.9f) == LayoutMode::Phone);
    CHECK(layout_for_width(600) == LayoutMode::Tablet);
    CHECK(layout_for_width(640) == LayoutMode::Tablet); // 1280 px at 200% zoom
    CHECK(layout_for_width(1000) == LayoutMode::Desktop);
    CHECK(layout_for_width(1024) == LayoutMode::Desktop); // a projector
    CHECK(layout_for_width(1280) == LayoutMode::Desktop);
    CHECK(layout_for_width(1600) == LayoutMode::Wide);
    CHECK(layout_for_width(1920) == LayoutMode::Wide);
    CHECK(std::string(layout_mode_name(LayoutMode::Phone)) == "phone");
}

TEST_CASE("layout: the deals list beside the deal only where there is room") {
    CHECK_FALSE(deals_list_beside_by_default(LayoutMode::Phone));
    CHECK_FALSE(deals_list_beside_by_default(LayoutMode::Tablet));
    CHECK(deals_list_beside_by_default(LayoutMode::Desktop));
    CHECK(deals_list_beside_by_default(LayoutMode::Wide));
}

TEST_CASE("appearance: the system's colours unless the user chose") {
    CHECK(draws_dark(ThemeChoice::System, true));
    CHECK_FALSE(draws_dark(ThemeChoice::System, false));
    CHECK(draws_dark(ThemeChoice::Dark, false));
    CHECK_FALSE(draws_dark(ThemeChoice::Light, true));
    for (ThemeChoice choice : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark})
        CHECK(theme_choice_from_code(theme_choice_code(choice)) == choice);
    CHECK_FALSE(theme_choice_from_code("blue").has_value());
    CHECK_FALSE(theme_choice_from_code("").has_value());
}
