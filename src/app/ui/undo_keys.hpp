// undo_keys.hpp — Ctrl+Z and Ctrl+Shift+Z (Cmd on a Mac) between the two
// undo histories there are while a field is being edited: the field's own,
// for what was typed into it since it was entered, and the app's, for
// everything else (an item just added with Enter, a tick, a deletion).
#pragma once

namespace setright::ui {

enum class UndoKey { None, Undo, Redo };

// Call before any field is drawn this frame. Returns the app's undo or redo
// when one of those keys was pressed and is the app's, and keeps the field
// being edited from acting on the same press. A press that is the field's
// is left to it: UndoKey::None.
UndoKey take_app_undo_key();

} // namespace setright::ui
