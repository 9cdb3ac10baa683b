// write_file.hpp — writing an output file all or nothing, and only a file.
//
// The bytes go to a temporary file that mkstemp creates next to the target
// (OUT.tmp-XXXXXX: a new name, opened with O_EXCL, so no existing file is ever
// opened, followed or removed). It takes the target's mode (and owner and
// group where the OS allows), is written, fsync'ed, closed and then renamed
// over the target: a crash, a full disk or a kill mid-write leaves the target
// as it was (the old file or none), never a half-written workspace.
//
// - A symlink is written through: the link is resolved (each hop, up to 40)
//   and the temporary file is made next to the file it points to, which is
//   replaced; the link itself stays. A dangling link creates its target.
// - A target that exists and is not a regular file (a directory, /dev/null,
//   /dev/full, a FIFO, a socket) is refused before anything is created.
// - On any failure the temporary file is removed; nothing else ever is.
#pragma once

#include <string>

namespace setright {

// Throws InputError naming the file and the reason:
//   "out.json: cannot create a temporary file in dir: No such file or directory"
//   "/dev/null: cannot write: not a regular file (a character device)"
//   "link.json, a link to /dev/full: cannot write: not a regular file (a character device)"
void write_file_atomically(const std::string& path, const std::string& bytes);

// "a FIFO", "a character device", "a directory": what a non-regular file is,
// for messages.
std::string file_type_name(unsigned mode);

} // namespace setright
