// read_file.hpp — reading an input file (or standard input) whole, safely.
//
// Inputs are capped at max_input_bytes: a workspace is a few hundred KB at
// most, and the cap keeps /dev/zero or a mistaken disk image from exhausting
// memory. Reading stops at the cap instead of trusting the file's size, so
// pipes and /proc files are bounded too.
//
// A named input must be a regular file: a FIFO, a device, a socket or a
// directory is refused without blocking (opened with O_NONBLOCK, checked with
// fstat, read only if regular), so a FIFO with no writer cannot hang a
// command. Standard input ("-") is read as it comes: a pipe is its usual form.
#pragma once

#include <cstddef>
#include <string>

namespace setright {

constexpr std::size_t max_input_bytes = std::size_t(64) << 20; // 64 MB

// How an input path is named in messages: "-" is "<stdin>".
std::string display_name(const std::string& path);

// The file's bytes ("-": standard input). Throws InputError naming the file
// and the reason (the OS's, the size cap, or "not a regular file (a FIFO)").
std::string read_input(const std::string& path);

} // namespace setright
