// downloads.hpp — files the app hands to the user (named as file_names.hpp
// says), with a brief notice saying where they went.
#pragma once

#include <string>

namespace setright::app {

struct App;

// Downloads `bytes` as `file_name` and says so for a few seconds.
void download(App& app, const std::string& file_name, const char* mime_type, const std::string& bytes);

} // namespace setright::app
