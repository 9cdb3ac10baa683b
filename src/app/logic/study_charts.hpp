// study_charts.hpp — what the Study tab's charts plot, computed without ImGui
// so the unit tests check the numbers behind every bar and mark.
#pragma once

#include "core/model/model.hpp"
#include "core/studies/study_stats.hpp"

#include <array>
#include <optional>
#include <vector>

namespace setright::app {

// First-reply times in bins: up to 1 h, 4 h, 1 day, 2 days, 1 week, longer.
// Requests with no reply are counted apart, as `never`.
struct ResponseHistogram {
    static constexpr std::array<double, 5> kUpperHours{1, 4, 24, 48, 168};
    std::array<int, 6> counts{};
    int never = 0;
};
ResponseHistogram response_histogram(const Study& study);

// A base-10 logarithmic axis over positive values, widened to whole decades.
struct LogAxis {
    double low = 1, high = 10; // powers of ten, low < high
    // 0 at `low`, 1 at `high`; values outside are clamped.
    double position(double value) const;
    // 1, 2 and 5 times each power of ten inside the axis.
    std::vector<double> ticks() const;
};
// Over the positive quoted prices; nullopt when there are none.
std::optional<LogAxis> price_axis(const Study& study);

// Everything the tab's charts plot, worked out once per change of the study
// rather than every frame: a 3,000-request study is sorted for its median.
struct StudyFigures {
    StudyStats stats;
    ResponseHistogram histogram;
    std::optional<LogAxis> axis;
    std::vector<double> price_places; // each positive quoted price's place on `axis`, 0 to 1, ascending
};
StudyFigures study_figures(const Study& study);

} // namespace setright::app
