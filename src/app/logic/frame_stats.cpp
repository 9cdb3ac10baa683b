// frame_stats.cpp — see frame_stats.hpp. Keeps every sample: at 60 frames a
// second an hour is 216,000 floats, under a megabyte; frames are drawn only on
// demand anyway.
#include "logic/frame_stats.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace setright::app {

void FrameStats::add(double cpu_ms) { samples_.push_back(float(cpu_ms)); }

double FrameStats::percentile(double p, size_t from) const {
    if (from >= samples_.size()) return 0;
    std::vector<float> sorted(samples_.begin() + long(from), samples_.end());
    size_t rank = size_t(std::ceil(p * double(sorted.size())));
    size_t index = rank == 0 ? 0 : std::min(rank - 1, sorted.size() - 1);
    std::nth_element(sorted.begin(), sorted.begin() + long(index), sorted.end());
    return sorted[index];
}

std::string FrameStats::to_json(size_t from) const {
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, "{\"frames\":%d,\"cpuMsP50\":%.3f,\"cpuMsP95\":%.3f}", frames(), percentile(0.5, from),
                  percentile(0.95, from));
    return buffer;
}

} // namespace setright::app
