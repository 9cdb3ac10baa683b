// palette.hpp — the few colours that carry meaning, always next to words that
// say the same (colour alone is never the message).
#pragma once

#include "core/model/model.hpp"

#include <imgui.h>

namespace setright::ui {

inline const ImVec4 kDanger(1.00f, 0.42f, 0.38f, 1.0f);  // not ready, critical, overdue
inline const ImVec4 kWarning(1.00f, 0.76f, 0.30f, 1.0f); // warnings, due soon
inline const ImVec4 kGood(0.45f, 0.85f, 0.50f, 1.0f);    // ready, verified
inline const ImVec4 kInfo(0.55f, 0.75f, 1.00f, 1.0f);    // for information

inline ImVec4 severity_color(Severity severity) {
    switch (severity) {
    case Severity::Critical: return kDanger;
    case Severity::Warning: return kWarning;
    case Severity::Info: return kInfo;
    }
    return kInfo;
}

} // namespace setright::ui
