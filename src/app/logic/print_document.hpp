// print_document.hpp — what the app puts on paper when the browser prints:
// the open deal's one page (core/reports/print_page.hpp) in the UI language
// and as of the date the app judges at, or a line that says why there is none.
#pragma once

#include <string>

namespace setright::app {

struct App;

std::string print_document(App& app);

} // namespace setright::app
