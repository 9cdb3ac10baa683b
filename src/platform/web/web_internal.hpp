// web_internal.hpp — what the web platform's files share among themselves.
#pragma once

namespace setright::platform::web {

// Opens a share link the page was started with, and every one pasted into the
// running page later (hashchange), handing it over as an incoming file
// (files_web.cpp's Module.setrightHandOver, which must exist first).
void watch_share_links();

} // namespace setright::platform::web
