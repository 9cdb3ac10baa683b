// touch_momentum.hpp — the arithmetic of scrolling by touch: when a finger
// on the screen becomes a drag (not a tap), how far the content follows it,
// and how it coasts after the finger lifts, slowing to a stop within about a
// second. ui/touch_scroll.cpp applies it to ImGui's windows; nothing here
// knows ImGui (tests/app/test_touch_momentum.cpp). Positions in CSS px,
// times in seconds.
#pragma once

#include <array>
#include <deque>

namespace setright::app {

struct TouchVector {
    float x = 0, y = 0;
};

// One finger from down to up, as the frames see it: when it becomes a drag
// and how far the content follows it each frame.
class TouchDrag {
public:
    // How far (CSS px) a finger moves from where it went down before it drags.
    static constexpr float kThreshold = 8.0f;

    void press(float x, float y);
    // The finger is at (x, y). Returns how far the content moves with it
    // since the last call: nothing until the finger has gone further than
    // kThreshold from where it went down, then all of the way from there (the
    // content stays under the finger).
    TouchVector move(float x, float y);
    bool dragging() const { return dragging_; }

private:
    float start_x_ = 0, start_y_ = 0, last_x_ = 0, last_y_ = 0;
    bool dragging_ = false;
};

// How fast the finger moved as it lifted, from the times of the touch
// events themselves (frames may be slower than the finger, and bunch them).
class TouchVelocity {
public:
    // The window of motion the velocity is measured over.
    static constexpr double kWindow = 0.1;
    // No coasting slower than this (px/s), none faster than kMaxSpeed.
    static constexpr float kMinSpeed = 60.0f;
    static constexpr float kMaxSpeed = 8000.0f;

    void down(double t, float x, float y);
    void moved(double t, float x, float y);
    void up(double t);
    // The velocity to coast with (px/s, the way the finger moved) over its
    // last kWindow of motion; zero for a finger still down, one too slow, or
    // one that stopped before lifting: still for longer than kWindow, or
    // than two of its last event intervals where events come slower.
    TouchVector velocity() const;

private:
    struct Sample {
        double t;
        float x, y;
    };
    std::deque<Sample> samples_;
    std::array<double, 4> intervals_{}; // between the last few events
    double up_ = -1;
};

// Coasting after the finger lifts: the speed decays exponentially (time
// constant kDecaySeconds) and stops below kStopSpeed.
class Momentum {
public:
    static constexpr double kDecaySeconds = 0.2;
    static constexpr float kStopSpeed = 20.0f;

    void start(TouchVector velocity);
    void stop() { moving_ = false; }
    bool moving() const { return moving_; }
    TouchVector velocity() const { return velocity_; }
    // Advances `dt` seconds: how far the content moves in them.
    TouchVector step(double dt);

private:
    TouchVector velocity_;
    bool moving_ = false;
};

} // namespace setright::app
