// deals_view.hpp — the list of deals and the selected deal's header.
#pragma once

#include <string_view>

namespace setright::app {
struct App;
void draw_deals_view(App& app);
// Starts a deal, selects it and makes it one undo step: blank, or from the
// built-in template `name` (e.g. "buyer-saas-evaluation") in the UI's
// language, once its file is read (in the browser bundle, fetched: the deal
// opens a frame or two later); false when there is no such template.
void start_blank_deal(App& app);
bool start_deal_from_template(App& app, std::string_view name);
} // namespace setright::app
