// touch_momentum.cpp — see touch_momentum.hpp.
#include "logic/touch_momentum.hpp"

#include <algorithm>
#include <cmath>

namespace setright::app {

void TouchDrag::press(float x, float y) {
    start_x_ = last_x_ = x;
    start_y_ = last_y_ = y;
    dragging_ = false;
}

TouchVector TouchDrag::move(float x, float y) {
    if (!dragging_ && std::hypot(x - start_x_, y - start_y_) <= kThreshold) return {};
    dragging_ = true;
    const TouchVector moved{x - last_x_, y - last_y_};
    last_x_ = x;
    last_y_ = y;
    return moved;
}

void TouchVelocity::down(double t, float x, float y) {
    samples_.clear();
    samples_.push_back({t, x, y});
    up_ = -1;
    intervals_ = {};
}

void TouchVelocity::moved(double t, float x, float y) {
    if (samples_.empty() || up_ >= 0) return; // not down
    std::rotate(intervals_.begin(), intervals_.begin() + 1, intervals_.end());
    intervals_.back() = t - samples_.back().t;
    samples_.push_back({t, x, y});
    // Keep one sample older than the window: the motion across its start.
    while (samples_.size() > 2 && samples_[1].t <= t - kWindow) samples_.pop_front();
}

void TouchVelocity::up(double t) {
    if (!samples_.empty()) up_ = t;
}

TouchVector TouchVelocity::velocity() const {
    if (up_ < 0 || samples_.size() < 2) return {};
    const Sample& last = samples_.back();
    // A finger still for longer than the window before it lifted had
    // stopped. Where events come further apart than that (a slow device
    // delivers them once a frame), still means for longer than two of the
    // longest of its last intervals.
    const double interval = *std::max_element(intervals_.begin(), intervals_.end());
    if (up_ - last.t > std::max(kWindow, 2 * interval)) return {};
    // Over the last kWindow of motion: from the newest sample at least that
    // much older than the last (or the first) to the last.
    const Sample* from = &samples_.front();
    for (const Sample& sample : samples_)
        if (sample.t <= last.t - kWindow) from = &sample;
    const double seconds = last.t - from->t;
    if (seconds <= 1e-3) return {};
    TouchVector velocity{float((last.x - from->x) / seconds), float((last.y - from->y) / seconds)};
    const float speed = std::hypot(velocity.x, velocity.y);
    if (speed < kMinSpeed) return {};
    if (speed > kMaxSpeed) {
        velocity.x *= kMaxSpeed / speed;
        velocity.y *= kMaxSpeed / speed;
    }
    return velocity;
}

void Momentum::start(TouchVector velocity) {
    velocity_ = velocity;
    moving_ = std::hypot(velocity.x, velocity.y) >= kStopSpeed;
}

TouchVector Momentum::step(double dt) {
    if (!moving_ || dt <= 0) return {};
    // v(t) = v0 e^(-t/T): the distance over dt is v0 T (1 - e^(-dt/T)).
    const double decay = std::exp(-dt / kDecaySeconds);
    const TouchVector moved{float(velocity_.x * kDecaySeconds * (1 - decay)), float(velocity_.y * kDecaySeconds * (1 - decay))};
    velocity_.x = float(velocity_.x * decay);
    velocity_.y = float(velocity_.y * decay);
    if (std::hypot(velocity_.x, velocity_.y) < kStopSpeed) moving_ = false;
    return moved;
}

} // namespace setright::app
