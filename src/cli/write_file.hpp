// write_file.hpp — writing an output file all or nothing.
//
// The bytes go to PATH.tmp, which is flushed, closed and then renamed over
// PATH: a crash, a full disk or a kill mid-write leaves PATH as it was (the
// old file or none), never a half-written workspace.
#pragma once

#include <string>

namespace setright {

// Throws InputError naming the file and the OS reason; PATH.tmp is removed
// on failure.
void write_file_atomically(const std::string& path, const std::string& bytes);

} // namespace setright
