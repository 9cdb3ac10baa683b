// text_input_web.cpp — typing into an ImGui field drawn on a canvas, as in an
// ordinary page: a hidden <textarea> (the text agent) sits at the caret and
// has the focus while a field is active.
//
// - Keys typed on a keyboard still reach SDL as before (its keypress handler
//   turns them into text and keeps them out of the textarea).
// - What SDL never sees arrives in the textarea: IME composition (Korean),
//   text inserted by on-screen keyboards, dictation or autocorrect, and
//   pastes. The agent sends it back as SDL events: a composition's pre-edit
//   text is typed into the field and replaced (Backspace, then the new
//   text) at every update, so it shows in place and commits exactly.
// - Keys pressed while composing belong to the IME: SDL must not see them.
// - Ctrl/Cmd shortcuts the app does not use stay the browser's (SDL would
//   prevent them all); Ctrl+V becomes the browser's paste, read here.
// - Copies go to the system clipboard through the asynchronous Clipboard API.
#include "platform/platform.hpp"
#include "platform/sdl/sdl_input.hpp"

#include <emscripten/emscripten.h>

#include <functional>
#include <string>
#include <utility>

namespace {

// (clang-format leaves the JavaScript in EM_JS and EM_ASM alone: it is not C++.)
// clang-format off
EM_JS(void, setright_js_text_agent_install, (), {
    const agent = document.createElement('textarea');
    agent.id = 'setright-text-agent';
    agent.setAttribute('autocapitalize', 'off');
    agent.setAttribute('autocomplete', 'off');
    agent.setAttribute('spellcheck', 'false');
    agent.setAttribute('aria-hidden', 'true');
    agent.tabIndex = -1;
    document.body.appendChild(agent);

    const send = (erase, text) => {
        const utf8 = allocateUTF8(text);
        Module._setright_text_agent_edit(erase, utf8);
        _free(utf8);
    };
    const length = (text) => Array.from(text || "").length;
    let preedit = "";
    agent.addEventListener('compositionstart', () => { preedit = ""; });
    agent.addEventListener('compositionupdate', (event) => {
        send(length(preedit), event.data || "");
        preedit = event.data || "";
    });
    agent.addEventListener('compositionend', (event) => {
        send(length(preedit), event.data || "");
        preedit = "";
        agent.value = "";
    });
    agent.addEventListener('input', (event) => {
        if (event.isComposing || event.inputType === 'insertCompositionText') return;
        if (event.data && event.inputType !== 'insertFromPaste') send(0, event.data);
        agent.value = "";
    });
    agent.addEventListener('paste', (event) => {
        event.preventDefault();
        const text = event.clipboardData ? event.clipboardData.getData('text/plain') : "";
        if (text) send(0, text);
    });

    const appShortcuts = new Set(['KeyZ', 'KeyY', 'KeyA', 'KeyC', 'KeyX', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown',
                                  'Backspace', 'Delete', 'Home', 'End', 'Enter', 'NumpadEnter', 'KeyS']);
    const keep = (event) => {
        const composing = event.isComposing || event.keyCode === 229;
        if (composing && document.activeElement === agent) { event.stopImmediatePropagation(); return; }
        if (!(event.ctrlKey || event.metaKey)) return;
        if (["Control", "Meta", "Shift", "Alt"].includes(event.key)) return;
        if (event.code === 'KeyV') {
            // Past SDL either way, which would prevent the paste: into the field
            // being edited (the agent), or else to the app (on_paste).
            event.stopImmediatePropagation();
            return;
        }
        if (!appShortcuts.has(event.code)) event.stopImmediatePropagation();
    };
    window.addEventListener('keydown', keep, true);
    window.addEventListener('keypress', keep, true);
    window.addEventListener('keyup', (event) => {
        if ((event.isComposing || event.keyCode === 229) && document.activeElement === agent) event.stopImmediatePropagation();
    }, true);
});
// clang-format on

// clang-format off
EM_JS(void, setright_js_text_agent_place, (int active, float x, float y, float line_height), {
    const agent = document.getElementById('setright-text-agent');
    if (!agent) return;
    if (!active) {
        if (document.activeElement !== agent) return;
        agent.blur();
        // A field opened from the accessibility tree gives the focus back to its element when done.
        const back = agent.returnTo;
        agent.returnTo = null;
        if (back && back.isConnected) back.focus({ preventScroll: true });
        return;
    }
    agent.style.left = x + 'px';
    agent.style.top = y + 'px';
    agent.style.height = line_height + 'px';
    if (document.activeElement === agent) return;
    const from = document.activeElement;
    agent.returnTo = from && from.closest && from.closest('#a11y') ? from : null;
    agent.focus({ preventScroll: true });
});
// clang-format on

// clang-format off
EM_JS(void, setright_js_listen_for_paste, (), {
    document.addEventListener('paste', (event) => {
        // A field's paste (the agent's, or any other editable element's) is the field's.
        const target = event.target;
        if (target && (target.id === 'setright-text-agent' || target.isContentEditable || /^(INPUT|TEXTAREA)$/.test(target.tagName))) return;
        const data = event.clipboardData;
        if (!data) return;
        event.preventDefault();
        // A table copied as HTML, read by the browser's own parser.
        let rows = "";
        const html = data.getData('text/html');
        if (html) {
            const table = new DOMParser().parseFromString(html, 'text/html').querySelector('table');
            if (table) rows = JSON.stringify(Array.from(table.rows, (row) => Array.from(row.cells, (cell) => cell.innerText !== undefined && cell.innerText !== "" ? cell.innerText : cell.textContent || "")));
        }
        const text = allocateUTF8(data.getData('text/plain') || "");
        const table = allocateUTF8(rows);
        Module._setright_pasted(text, table);
        _free(text);
        _free(table);
    });
});
// clang-format on

// clang-format off
EM_JS(void, setright_js_clipboard_write, (const char* text), {
    const value = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(() => {});
});
// clang-format on

bool g_installed = false;
std::function<void(const std::string&, const std::string&)> g_pasted;

} // namespace

namespace setright::platform {

void text_input_at(bool active, float x, float y, float line_height) {
    if (!g_installed) {
        setright_js_text_agent_install();
        g_installed = true;
    }
    setright_js_text_agent_place(active ? 1 : 0, x, y, line_height);
}

void clipboard_copied(const std::string& text) { setright_js_clipboard_write(text.c_str()); }

void on_paste(std::function<void(const std::string& text, const std::string& table_json)> pasted) {
    const bool listening = bool(g_pasted);
    g_pasted = std::move(pasted);
    if (!listening) setright_js_listen_for_paste();
}

} // namespace setright::platform

extern "C" {

// From the page: something pasted outside any field.
EMSCRIPTEN_KEEPALIVE void setright_pasted(const char* text, const char* table_json) {
    if (g_pasted) g_pasted(text, table_json);
    setright::platform::request_frame();
}

// From the text agent: erase `erase` characters before the caret, then type `utf8`.
EMSCRIPTEN_KEEPALIVE void setright_text_agent_edit(int erase, const char* utf8) {
    for (int i = 0; i < erase; ++i) setright::platform::sdl::push_key("Backspace");
    setright::platform::sdl::push_text(utf8);
    setright::platform::request_frame();
}
}
