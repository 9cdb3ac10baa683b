// statistics.cpp — median, mean, percentile; see statistics.hpp.
#include "core/studies/statistics.hpp"

#include <algorithm>
#include <cmath>

namespace setright {

namespace {

void drop_nan(std::vector<double>& values) {
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }), values.end());
}

} // namespace

std::optional<double> percentile(std::vector<double> values, double p) {
    drop_nan(values);
    if (values.empty() || std::isnan(p)) return std::nullopt;
    std::sort(values.begin(), values.end());
    p = std::clamp(p, 0.0, 100.0);
    const double rank = (values.size() - 1) * p / 100.0;
    const size_t below = static_cast<size_t>(std::floor(rank));
    const size_t above = std::min(below + 1, values.size() - 1);
    const double fraction = rank - below;
    if (fraction == 0) return values[below]; // exact rank: no arithmetic, no rounding
    return values[below] + fraction * (values[above] - values[below]);
}

std::optional<double> median(std::vector<double> values) { return percentile(std::move(values), 50); }

std::optional<double> mean(const std::vector<double>& values) {
    double sum = 0;
    int count = 0;
    for (double v : values) {
        if (std::isnan(v)) continue;
        sum += v;
        ++count;
    }
    if (count == 0) return std::nullopt;
    return sum / count;
}

double share(int count, int total) { return total > 0 ? static_cast<double>(count) / total : 0.0; }

} // namespace setright
