// frame_stats.hpp — CPU time to build and submit each frame, for the test API
// and the benchmarks (window.setright.frameStats()).
#pragma once

#include <string>
#include <vector>

namespace setright::app {

class FrameStats {
public:
    void add(double cpu_ms);
    int frames() const { return int(samples_.size()); }
    // p in [0, 1]; nearest rank over the frames from number `from` on; 0 with none.
    double percentile(double p, size_t from = 0) const;
    // {frames, cpuMsP50, cpuMsP95}, the percentiles over the frames from `from` on.
    std::string to_json(size_t from = 0) const;

private:
    std::vector<float> samples_;
};

} // namespace setright::app
