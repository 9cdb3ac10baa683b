// study_charts_view.hpp — the Study tab's four charts, drawn with ImGui's draw
// list (and the heatmap with its own shader): who replied how, how fast, the
// quoted prices on a log scale with median and mean, and when replies came.
#pragma once

#include "logic/study_charts.hpp"

#include <string>

namespace setright::app {
void draw_reply_channel_chart(const StudyStats& stats);
void draw_response_histogram(const ResponseHistogram& histogram);
void draw_price_chart(const StudyFigures& figures, const std::string& currency);
void draw_weekday_hour_chart(const StudyStats& stats);
} // namespace setright::app
