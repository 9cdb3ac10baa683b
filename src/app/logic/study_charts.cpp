// study_charts.cpp — see study_charts.hpp.
#include "logic/study_charts.hpp"

#include <algorithm>
#include <cmath>

namespace setright::app {

ResponseHistogram response_histogram(const Study& study) {
    ResponseHistogram h;
    for (const StudyRequest& r : study.requests) {
        if (!r.first_reply_at) {
            ++h.never;
            continue;
        }
        if (!r.sent_at) continue; // a reply with no known start has no duration
        const double hours = hours_between(*r.sent_at, *r.first_reply_at);
        if (hours < 0) continue; // as compute_study_stats: negative spans are dropped
        size_t bin = 0;
        while (bin < ResponseHistogram::kUpperHours.size() && hours > ResponseHistogram::kUpperHours[bin]) ++bin;
        ++h.counts[bin];
    }
    return h;
}

double LogAxis::position(double value) const {
    if (!(value > 0)) return 0;
    const double t = (std::log10(value) - std::log10(low)) / (std::log10(high) - std::log10(low));
    return std::min(1.0, std::max(0.0, t));
}

std::vector<double> LogAxis::ticks() const {
    std::vector<double> out;
    for (double decade = low; decade < high * 1.001; decade *= 10)
        for (double step : {1.0, 2.0, 5.0})
            if (decade * step <= high * 1.001) out.push_back(decade * step);
    return out;
}

std::optional<LogAxis> price_axis(const Study& study) {
    double low = 0, high = 0;
    for (const StudyRequest& r : study.requests) {
        if (!r.quoted_price || !(*r.quoted_price > 0) || !std::isfinite(*r.quoted_price)) continue;
        low = low == 0 ? *r.quoted_price : std::min(low, *r.quoted_price);
        high = std::max(high, *r.quoted_price);
    }
    if (high == 0) return std::nullopt;
    LogAxis axis;
    axis.low = std::pow(10.0, std::floor(std::log10(low)));
    axis.high = std::pow(10.0, std::ceil(std::log10(high)));
    if (axis.high <= axis.low) axis.high = axis.low * 10;
    return axis;
}

StudyFigures study_figures(const Study& study) {
    StudyFigures figures;
    figures.stats = compute_study_stats(study);
    figures.histogram = response_histogram(study);
    figures.axis = price_axis(study);
    if (figures.axis)
        for (const StudyRequest& r : study.requests)
            if (r.quoted_price && *r.quoted_price > 0 && std::isfinite(*r.quoted_price))
                figures.price_places.push_back(figures.axis->position(*r.quoted_price));
    std::sort(figures.price_places.begin(), figures.price_places.end());
    return figures;
}

} // namespace setright::app
