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
    double percentile(double p) const; // p in [0, 1]; nearest rank; 0 with no frame yet
    std::string to_json() const;

private:
    std::vector<float> samples_;
};

} // namespace setright::app
