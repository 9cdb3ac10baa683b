// Where the unit tests find files of the source tree (templates, test data).
// Natively and under node (built with NODERAWFS) the same absolute path works.
#pragma once

#include <string>

namespace setright::test {

inline std::string source_path(const std::string& relative) { return std::string(SETRIGHT_SOURCE_DIR) + "/" + relative; }

} // namespace setright::test
