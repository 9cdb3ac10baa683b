// find_index_web.cpp — the page's find index (logic/find_index.hpp): over
// each long table, a scroller as big as the table holding every row's words,
// transparent and out of the pointer's way like the accessibility tree, so
// the browser's find-in-page finds a row the table has scrolled out of view.
//
// The scroller follows the table's scroll. When find reaches a row in it,
// the browser scrolls the scroller (find-in-page does; window.find only
// selects the words, so a selection landing in a row scrolls it there too),
// and the app scrolls the table to the same place: the row comes on screen.
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

namespace {

// clang-format off
EM_JS(void, setright_js_find_index_apply, (const char* changes_utf8), {
    const changes = JSON.parse(UTF8ToString(changes_utf8));
    let index = window.setrightFindIndex;
    if (!index) {
        index = window.setrightFindIndex = { byKey: new Map(), scrolls: new Map(), scrollPending: false };
        document.addEventListener('selectionchange', () => {
            const selection = document.getSelection();
            if (!selection || !selection.rangeCount) return;
            const node = selection.getRangeAt(0).startContainer;
            const row = (node.nodeType === 1 ? node : node.parentElement);
            const inIndex = row && row.closest('.find-index-row');
            if (inIndex) inIndex.scrollIntoView({ block: 'center' });
        });
    }
    // Dear ImGui sizes a font by its line (ascent to descent), CSS by its em:
    // the page's words are as wide as the drawn ones at the em whose line is
    // ImGui's size (Noto Sans: 16 px a line is an em of 11.7 px).
    const lineOfEm = () => {
        if (!index.lineOfEm) {
            const context = document.createElement('canvas').getContext('2d');
            context.font = '100px ' + getComputedStyle(document.body).fontFamily;
            const metrics = context.measureText('Hg');
            index.lineOfEm = (metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent) / 100 || 1;
        }
        return index.lineOfEm;
    };
    const make = (key) => {
        const box = document.createElement('div');
        box.className = 'find-index';
        box.setAttribute('aria-hidden', 'true'); // the accessibility tree reads the rows on screen
        const rows = document.createElement('div');
        box.append(rows);
        box.setrightRows = rows;
        box.setrightScroll = 0;
        box.addEventListener('scroll', () => {
            // Moved by find, not by the app following the table: the table follows.
            if (Math.abs(box.scrollTop - box.setrightScroll) < 1) return;
            box.setrightScroll = box.scrollTop;
            Module._setright_find_scrolled(key, box.scrollTop);
        });
        document.body.append(box);
        return box;
    };
    // A row wholly on screen is drawn by the app and its words are in the
    // accessibility tree, which find-in-page finds: hidden here (visibility,
    // so the rows below keep their places), every match on screen would be
    // counted twice. Rows cut by the table's edge stay: the tree may lack them.
    const hideRowsOnScreen = (box) => {
        const rows = box.setrightRows;
        const height = parseFloat(box.style.getPropertyValue('--row-height')) || 0;
        const line = parseFloat(box.style.getPropertyValue('--line-height')) || height;
        const top = parseFloat(rows.style.paddingTop) || 0;
        const first = height ? Math.max(0, Math.ceil((box.scrollTop - top) / height)) : 0;
        const last = height ? Math.min(rows.childElementCount - 1, Math.floor((box.scrollTop + box.clientHeight - top - line) / height)) : -1;
        const was = box.setrightOnScreen || [0, -1];
        for (let i = was[0]; i <= was[1]; ++i)
            if ((i < first || i > last) && rows.children[i]) rows.children[i].classList.remove('find-index-on-screen');
        for (let i = first; i <= last; ++i)
            if ((i < was[0] || i > was[1]) && rows.children[i]) rows.children[i].classList.add('find-index-on-screen');
        box.setrightOnScreen = [first, last];
    };
    for (const key of changes.remove || []) {
        const box = index.byKey.get(key);
        if (box) box.remove(), index.scrolls.delete(box);
        index.byKey.delete(key);
    }
    for (const table of changes.tables || []) {
        let box = index.byKey.get(table.key);
        if (!box) { box = make(table.key); index.byKey.set(table.key, box); }
        const rows = box.setrightRows;
        if (table.rect) {
            const s = box.style;
            s.left = table.rect[0] + 'px'; s.top = table.rect[1] + 'px'; s.width = table.rect[2] + 'px'; s.height = table.rect[3] + 'px';
        }
        if (table.top !== undefined) rows.style.paddingTop = table.top + 'px';
        if (table.row !== undefined) box.style.setProperty('--row-height', table.row + 'px');
        if (table.line !== undefined) {
            if (table.line > 0) box.style.setProperty('--line-height', table.line + 'px');
            else box.style.removeProperty('--line-height');
        }
        if (table.font !== undefined) box.style.fontSize = table.font / lineOfEm() + 'px';
        if (table.count !== undefined) {
            while (rows.childElementCount > table.count) rows.lastElementChild.remove();
            const more = document.createDocumentFragment();
            for (let i = rows.childElementCount; i < table.count; ++i) {
                const row = document.createElement('div');
                row.className = 'find-index-row';
                more.append(row);
            }
            rows.append(more);
        }
        for (const pair of table.words || []) {
            const row = rows.children[pair[0]];
            if (row) row.textContent = pair[1];
        }
        if (table.scroll !== undefined) box.setrightScroll = table.scroll;
        // Scrolled (or re-measured for the rows on screen) after layout, below.
        index.scrolls.set(box, box.setrightScroll);
    }
    // Scrolled once the browser has laid the page out: setting scrollTop now
    // would lay it out inside the app's frame, a second time, the accessibility
    // tree's changes with it (4 ms a frame while a long table scrolls). After
    // the rows, so a scroll past the old end is not cut short.
    if (index.scrolls.size && !index.scrollPending) {
        index.scrollPending = true;
        setTimeout(() => {
            index.scrollPending = false;
            index.scrolls.forEach((scroll, box) => { box.scrollTop = scroll; hideRowsOnScreen(box); });
            index.scrolls.clear();
        });
    }
});
// clang-format on

std::function<void(unsigned, float)> g_scrolled;

} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void setright_find_scrolled(unsigned key, float scroll) {
    if (g_scrolled) g_scrolled(key, scroll);
}

namespace setright::platform {

void update_find_index(const std::string& changes_json) { setright_js_find_index_apply(changes_json.c_str()); }
void on_find_scrolled(std::function<void(unsigned, float)> scrolled) { g_scrolled = std::move(scrolled); }

} // namespace setright::platform
