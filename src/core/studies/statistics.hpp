// statistics.hpp — the few summary statistics Setright reports.
//
// Every function returns nullopt for empty input instead of NaN, so a missing
// figure cannot slip into a report as "nan" or a silent 0. NaN values in the
// input are dropped first (they are "no value", not a value). See
// docs/formulas.md for the definitions.
#pragma once

#include <optional>
#include <vector>

namespace setright {

std::optional<double> median(std::vector<double> values);
std::optional<double> mean(const std::vector<double>& values);
// p in percent, 0..100 (clamped). Linear interpolation between closest ranks:
// rank h = (n - 1) * p / 100 over the sorted values (Excel PERCENTILE.INC, R type 7).
std::optional<double> percentile(std::vector<double> values, double p);

// count / total, and 0 when total is 0 (callers show the total next to it).
double share(int count, int total);

} // namespace setright
