// panes.hpp — parts of a view side by side where there is room, one under
// another where there is not (ui::stacks): the same code for a desktop and
// a phone. The first pane opens with the object; next() starts each other.
//
//     ui::Panes panes("##relationship", 2);
//     draw_left();
//     panes.next();
//     draw_right();
#pragma once

namespace setright::ui {

class Panes {
public:
    Panes(const char* id, int count);
    ~Panes();
    void next();
    bool side_by_side() const { return table_; }

    Panes(const Panes&) = delete;
    Panes& operator=(const Panes&) = delete;

private:
    bool table_ = false;
};

} // namespace setright::ui
