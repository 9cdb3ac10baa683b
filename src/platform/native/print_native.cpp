// print_native.cpp — the desktop build has no print dialog: File > Print is
// not offered (can_print), and the rest has nothing to do.
#include "platform/platform.hpp"

namespace setright::platform {

bool can_print() { return false; }
void set_print_page(const std::string&, const std::string&) {}
void open_print_dialog() {}
void on_print(std::function<void()>) {}

} // namespace setright::platform
