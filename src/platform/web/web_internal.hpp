// web_internal.hpp — what the web platform's files share among themselves.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace setright::platform::web {

// Opens a share link the page was started with, and every one pasted into the
// running page later (hashchange), handing it over as an incoming file
// (files_web.cpp's Module.setrightHandOver, which must exist first).
void watch_share_links();

// Draws a frame now instead of at the next animation frame (page_web.cpp).
void draw_frame_now();

// What the page answers later (a fetch), one number a request: the number
// goes to the page, which hands back the bytes it got (malloc'd, or null
// with length -1 when it got none) for `answer`.
using Arrived = std::function<void(std::optional<std::string>)>;
class AwaitedAnswers {
public:
    int add(Arrived arrived) {
        waiting_[next_] = std::move(arrived);
        return next_++;
    }
    // Frees `bytes`, runs what waited for `request` and draws a frame.
    void answer(int request, char* bytes, int length);

private:
    std::map<int, Arrived> waiting_;
    int next_ = 1;
};

// The file at `path` beside the page ("templates/fit-check.ko.json"), or
// nullopt when it cannot be had (not served, the network off before the
// service worker cached it); `arrived` runs later, between frames.
void fetch_beside_page(const std::string& path, Arrived arrived);

} // namespace setright::platform::web
