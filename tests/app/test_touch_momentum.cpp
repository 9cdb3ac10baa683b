// Scrolling by touch: a drag starts past the threshold and the content then
// follows the finger; it coasts at the finger's speed over the last 100 ms
// before it lifted and stops within about a second; a tap or a finger that
// stopped does not coast.
#include "logic/touch_momentum.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace setright::app;

TEST_CASE("touch momentum: a finger becomes a drag past the threshold, and the content follows it from where it went down") {
    TouchDrag drag;
    drag.press(100, 500);
    TouchVector moved = drag.move(100, 495); // 5 px: still a tap
    CHECK_FALSE(drag.dragging());
    CHECK(moved.y == 0);
    moved = drag.move(101, 490); // 10 px: a drag, all of it moves the content
    CHECK(drag.dragging());
    CHECK(moved.x == doctest::Approx(1));
    CHECK(moved.y == doctest::Approx(-10));
    moved = drag.move(101, 470);
    CHECK(moved.x == doctest::Approx(0));
    CHECK(moved.y == doctest::Approx(-20));
    CHECK(drag.move(101, 470).y == 0); // still: nothing more
    drag.press(50, 50);                // the next finger starts over
    CHECK_FALSE(drag.dragging());
    CHECK(drag.move(52, 52).x == 0);
}

TEST_CASE("touch momentum: a tap, or a finger still down, does not coast") {
    TouchVelocity velocity;
    CHECK(velocity.velocity().y == 0); // nothing yet
    velocity.down(0.0, 100, 500);
    velocity.moved(0.05, 100, 400);
    CHECK(velocity.velocity().y == 0); // still down
    velocity.down(1.0, 100, 500);
    velocity.up(1.08);
    CHECK(velocity.velocity().x == 0);
    CHECK(velocity.velocity().y == 0);
}

TEST_CASE("touch momentum: the release velocity is the motion of the last 100 ms, from the events' own times") {
    TouchVelocity velocity;
    velocity.down(0.0, 100, 800);
    // Slowly at first, then 20 px every 10 ms upwards: 2000 px/s.
    double t = 0;
    float y = 800;
    for (int i = 0; i < 20; ++i) velocity.moved(t += 0.02, 100, y -= 1);
    for (int i = 0; i < 20; ++i) velocity.moved(t += 0.01, 100, y -= 20);
    velocity.up(t + 0.005);
    CHECK(velocity.velocity().x == doctest::Approx(0));
    CHECK(velocity.velocity().y == doctest::Approx(-2000).epsilon(0.06));
    // Motion after the finger lifted is not the finger's.
    velocity.moved(t + 0.01, 100, 0);
    CHECK(velocity.velocity().y == doctest::Approx(-2000).epsilon(0.06));
}

TEST_CASE("touch momentum: a finger that stopped before lifting does not coast, nor one that barely moved") {
    TouchVelocity velocity;
    velocity.down(0.0, 100, 800);
    velocity.moved(0.05, 100, 600);
    velocity.moved(0.10, 100, 400);
    velocity.up(0.40); // held still for 300 ms
    CHECK(velocity.velocity().y == 0);

    TouchVelocity slow;
    slow.down(0.0, 100, 800);
    for (int i = 1; i <= 10; ++i) slow.moved(i * 0.1, 100, 800 - i * 2.0f); // 20 px/s
    slow.up(1.05);
    CHECK(slow.velocity().y == 0);
}

TEST_CASE("touch momentum: where events come once a slow frame, a finger stopped is one still for two of their intervals") {
    TouchVelocity velocity;
    velocity.down(0.0, 100, 800);
    for (int i = 1; i <= 4; ++i) velocity.moved(i * 0.2, 100, 800 - i * 80.0f); // 400 px/s, an event every 200 ms
    velocity.up(0.8 + 0.25);
    CHECK(velocity.velocity().y == doctest::Approx(-400));
    velocity.down(0.0, 100, 800);
    for (int i = 1; i <= 4; ++i) velocity.moved(i * 0.2, 100, 800 - i * 80.0f);
    velocity.up(0.8 + 0.45);
    CHECK(velocity.velocity().y == 0);
}

TEST_CASE("touch momentum: a fling is capped") {
    TouchVelocity velocity;
    velocity.down(0.0, 100, 800);
    velocity.moved(0.01, 100, 500);
    velocity.up(0.01); // 30,000 px/s
    const TouchVector v = velocity.velocity();
    CHECK(std::hypot(v.x, v.y) == doctest::Approx(TouchVelocity::kMaxSpeed));
}

TEST_CASE("touch momentum: coasting slows down and stops within about a second") {
    Momentum momentum;
    momentum.start({0, -2000});
    CHECK(momentum.moving());
    double travelled = 0, t = 0;
    float last_step = 1e9f;
    while (momentum.moving() && t < 5) {
        const TouchVector moved = momentum.step(1.0 / 60);
        t += 1.0 / 60;
        CHECK(std::fabs(moved.y) < last_step); // slower every frame
        last_step = std::fabs(moved.y);
        travelled += moved.y;
    }
    CHECK(t < 1.2);
    CHECK(t > 0.5);
    // v0 T, less the little left when it stops.
    CHECK(travelled == doctest::Approx(-2000 * Momentum::kDecaySeconds).epsilon(0.02));
    // The same distance whatever the frame rate.
    Momentum coarse;
    coarse.start({0, -2000});
    double coarse_travelled = 0;
    while (coarse.moving()) coarse_travelled += coarse.step(1.0 / 20).y;
    CHECK(coarse_travelled == doctest::Approx(travelled).epsilon(0.02));
}

TEST_CASE("touch momentum: too slow to coast, and stopped by a touch") {
    Momentum momentum;
    momentum.start({0, 10});
    CHECK_FALSE(momentum.moving());
    CHECK(momentum.step(0.1).y == 0);
    momentum.start({300, 0});
    CHECK(momentum.moving());
    momentum.stop();
    CHECK(momentum.step(0.1).x == 0);
}
