// accessibility_web.cpp — the page's accessibility tree: one DOM element per
// item the canvas draws, laid over it where the item is.
//
// The elements are transparent and let the pointer through to the canvas, so
// the mouse and touch work as before; screen readers read them (native
// button, input and checkbox elements; tabs in a tablist, the app's menus
// in a menubar, menu items in a menu), the browser's find-in-page finds
// their text and paints its match over the item, and a keyboard focus ring
// shows on the canvas where the
// item is. A screen reader's click on an element clicks the item's middle on
// the canvas, as a finger would; Enter and Space on it go to ImGui, whose
// focus follows the page's, and press the item as they do on the canvas.
// Either way ImGui does what it always does, with no second way in to keep
// in step.
//
// Elements are keyed by ImGui's item id and changed only as the app says
// (logic/accessibility_mirror.hpp): an idle app changes no DOM.
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

namespace {

// clang-format off
EM_JS(void, setright_js_accessibility_apply, (const char* changes_utf8), {
    const started = performance.now();
    const changes = JSON.parse(UTF8ToString(changes_utf8));
    let tree = window.setrightAccessibility;
    if (!tree) {
        const root = document.createElement('div');
        root.id = 'a11y';
        const polite = document.createElement('div');
        polite.className = 'a11y-announce';
        polite.setAttribute('role', 'status');
        polite.setAttribute('aria-live', 'polite');
        const urgent = document.createElement('div');
        urgent.className = 'a11y-announce';
        urgent.setAttribute('role', 'alert');
        urgent.setAttribute('aria-live', 'assertive');
        document.body.append(root, polite, urgent);
        tree = window.setrightAccessibility = { root, polite, urgent, byKey: new Map(), layers: new Map(), containers: new Map(),
                                                descriptions: new Map(), mainLayer: 0, pressesPending: 0 };
        // Where the item is now, in the canvas's coordinates (null once it is gone).
        const aimAt = (el) => {
            if (!el.isConnected) return null;
            const box = document.getElementById('canvas').getBoundingClientRect();
            const r = el.setrightRect;
            return { clientX: box.left + r[0] + r[2] / 2, clientY: box.top + r[1] + r[3] / 2, bubbles: true, cancelable: true, view: window, button: 0 };
        };
        const clickItemAt = (el) => {
            const canvas = document.getElementById('canvas');
            let at = aimAt(el);
            if (!at) return;
            ++tree.pressesPending; // the test API's settled() waits for them
            canvas.dispatchEvent(new MouseEvent('mousemove', at));
            // The press two frames later: ImGui's tabs (and other items that
            // allow overlap) take a press only once a frame has seen the pointer
            // over them. Aimed again then: those frames can move the item (a line
            // added above it), and a press where it was would land on another.
            const press = (retries) => requestAnimationFrame(() => requestAnimationFrame(() => {
                const now = aimAt(el);
                if (now && (now.clientX !== at.clientX || now.clientY !== at.clientY) && retries > 0) {
                    at = now;
                    canvas.dispatchEvent(new MouseEvent('mousemove', at));
                    press(retries - 1);
                    return;
                }
                --tree.pressesPending;
                if (!now) return;
                canvas.dispatchEvent(new MouseEvent('mousedown', Object.assign({}, now, { buttons: 1 })));
                canvas.dispatchEvent(new MouseEvent('mouseup', now));
            }));
            press(3);
        };
        root.addEventListener('click', (event) => {
            const el = event.target.closest('[data-key]');
            if (!el || el.setrightKind === 'text' || el.setrightKind === 'heading') return;
            // The app says whether a box is ticked; the element follows it.
            if (el.type === 'checkbox') event.preventDefault();
            clickItemAt(el);
        });
        // Keys on a mirror element: Tab is the page's, moving its focus from
        // element to element (ImGui's focus follows it; ImGui's own Tab, which
        // would move too and start editing the next field, never sees it).
        // Enter and Space go on to ImGui, which presses the item its focus is
        // on, the element's, as it does on the canvas; the browser makes no
        // click of them besides (a click would press the item a second time).
        // Every other key goes on to ImGui too (the arrows within a table, a
        // digit picking a claim, Escape closing a popup): the page's focus
        // follows ImGui's, so it sits on an element whenever a keyboard user
        // moves on the canvas.
        // A printable key on a text field's element starts editing the field,
        // its text typed in (the app holds it until the field takes it).
        for (const type of ['keydown', 'keyup', 'keypress'])
            root.addEventListener(type, (event) => {
                if (event.key === 'Tab') event.stopPropagation();
                else if ((event.key === 'Enter' || event.key === ' ') && event.target.type !== 'text') event.preventDefault();
                if (type === 'keydown' && event.target.type === 'text' && event.key.length === 1 && !event.ctrlKey && !event.metaKey &&
                    !event.altKey && !event.isComposing) {
                    const el = event.target.closest('[data-key]');
                    if (el) Module._setright_accessibility_typing(Number(el.dataset.key));
                }
            });
        // Text the browser put into a field's element itself: a composition
        // an IME finished there (Korean), or text from an on-screen keyboard
        // or dictation (no key SDL could take). It goes to the field as typed
        // text, through the text agent's door (text_input_web.cpp), the field
        // starting to edit; the element shows the app's value again.
        const typeIntoField = (event, text) => {
            const el = event.target.closest('[data-key]');
            if (!el || event.target.type !== 'text') return;
            if (text) {
                Module._setright_accessibility_typing(Number(el.dataset.key));
                const utf8 = allocateUTF8(text);
                Module._setright_text_agent_edit(0, utf8);
                _free(utf8);
            }
            event.target.value = el.setrightValue || '';
        };
        root.addEventListener('compositionend', (event) => typeIntoField(event, event.data));
        root.addEventListener('input', (event) => {
            if (event.isComposing || event.inputType === 'insertCompositionText') return;
            typeIntoField(event, event.inputType === 'insertFromPaste' ? '' : event.data);
        });
        root.addEventListener('focusin', (event) => {
            const el = event.target.closest('[data-key]');
            if (el && !tree.focusFromApp) Module._setright_accessibility_focused(Number(el.dataset.key));
        });
        // Tab from the page itself (nothing focused, or the canvas) enters the
        // tree, at its first element or, with Shift, its last. Caught before
        // SDL's listener, which would keep Tab for ImGui.
        window.addEventListener('keydown', (event) => {
            if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
            const at = document.activeElement;
            if (at && at !== document.body && at.id !== 'canvas') return;
            const skip = document.getElementById('skip-to-deal');
            const all = [...(skip && !skip.hidden ? [skip] : []), ...root.querySelectorAll('button, input')];
            if (!all.length) return;
            event.preventDefault();
            event.stopPropagation();
            all[event.shiftKey ? all.length - 1 : 0].focus();
        }, true);
    }
    if (changes.main_layer !== undefined) tree.mainLayer = changes.main_layer;
    if (changes.modal_layer !== undefined) tree.modalLayer = changes.modal_layer;

    const layerOf = (layer) => {
        let box = tree.layers.get(layer);
        if (!box) {
            box = document.createElement('div');
            box.className = 'a11y-layer';
            // The main window's parts are landmarks of their own (the deals list, the deal).
            if (layer === tree.mainLayer) tree.root.prepend(box);
            else { box.setAttribute('role', 'dialog'); tree.root.append(box); }
            tree.layers.set(layer, box);
        }
        return box;
    };
    const make = (kind) => {
        let el;
        if (kind === 'input' || kind === 'checkbox') {
            el = document.createElement('input');
            el.type = kind === 'input' ? 'text' : 'checkbox';
        } else if (kind === 'text') {
            el = document.createElement('span');
        } else if (kind === 'heading') {
            el = document.createElement('div');
            el.setAttribute('role', 'heading');
            el.setAttribute('aria-level', '2');
        } else {
            el = document.createElement('button');
            el.type = 'button';
            if (kind === 'tab') el.setAttribute('role', 'tab');
            else if (kind === 'menuitem') el.setAttribute('role', 'menuitem');
            else if (kind === 'menu') { el.setAttribute('role', 'menuitem'); el.setAttribute('aria-haspopup', 'menu'); } // of the menubar
            else if (kind === 'combo') el.setAttribute('aria-haspopup', 'listbox');
        }
        el.setrightKind = kind;
        return el;
    };
    // The words drawn are the element's text; an item that draws none is
    // named by the app (its field label, column or hint); a combo says its
    // choice after its name ("Priority: Must").
    const setName = (el) => {
        const label = el.setrightLabel || '';
        const name = el.setrightName || label; // the app names only an item whose label says nothing (none, or an icon)
        let said = name;
        if (el.setrightKind === 'combo' && el.setrightValue) said = name ? name + ': ' + el.setrightValue : el.setrightValue;
        if (el.tagName !== 'INPUT') el.textContent = label;
        if (el.tagName === 'INPUT' || said !== label) {
            if (said) el.setAttribute('aria-label', said); else el.removeAttribute('aria-label');
        }
    };
    const setValue = (el, value) => {
        const text = value === null || value === undefined ? '' : value;
        if (el.type === 'text') el.value = text;
        el.setrightValue = text;
    };
    const setSelected = (el, selected) => {
        const kind = el.setrightKind;
        if (el.type === 'checkbox') el.checked = selected;
        else if (kind === 'tab') el.setAttribute('aria-selected', selected ? 'true' : 'false');
        else if (kind === 'menuitem') { if (selected) el.setAttribute('aria-checked', 'true'); else el.removeAttribute('aria-checked'); }
        else if (kind === 'selectable') {
            el.setrightSelected = selected;
            if (el.getAttribute('role') === 'option') el.setAttribute('aria-selected', selected ? 'true' : 'false');
            else if (selected) el.setAttribute('aria-current', 'true'); else el.removeAttribute('aria-current');
        }
        else if (kind !== 'text' && kind !== 'heading') { if (selected) el.setAttribute('aria-current', 'true'); else el.removeAttribute('aria-current'); }
    };
    // A popup of nothing but choices (a combo's list) is a listbox of options,
    // the chosen one selected; one with menu items, a menu; any other, a dialog.
    const popupRoles = (box) => {
        const children = Array.from(box.children);
        const choices = children.length > 0 && children.every((el) => el.setrightKind === 'selectable');
        const role = choices ? 'listbox' : children.some((el) => el.setrightKind === 'menuitem') ? 'menu' : 'dialog';
        if (box.getAttribute('role') !== role) box.setAttribute('role', role);
        // A combo's list is named by the combo open over it.
        const opener = choices ? tree.root.querySelector('[aria-haspopup=listbox][aria-expanded=true]') : null;
        if (opener) {
            if (!opener.id) opener.id = 'a11y-' + opener.dataset.key;
            if (box.getAttribute('aria-labelledby') !== opener.id) box.setAttribute('aria-labelledby', opener.id);
        } else if (role === 'menu' && box.hasAttribute('aria-labelledby')) box.removeAttribute('aria-labelledby'); // a dialog's: dialogs()
        for (const el of children) {
            if (el.setrightKind !== 'selectable' || (el.getAttribute('role') === 'option') === choices) continue;
            if (choices) {
                el.setAttribute('role', 'option');
                el.removeAttribute('aria-current');
                el.setAttribute('aria-selected', el.setrightSelected ? 'true' : 'false');
            } else {
                el.removeAttribute('role');
                el.removeAttribute('aria-selected');
                setSelected(el, !!el.setrightSelected);
            }
        }
    };
    // Disabled stays focusable (aria-disabled, not disabled): a screen reader still finds what is there.
    const setFlag = (el, attribute, on) => { if (on) el.setAttribute(attribute, 'true'); else el.removeAttribute(attribute); };
    const setExpanded = (el, open) => {
        if (open === null || open === undefined) el.removeAttribute('aria-expanded');
        else el.setAttribute('aria-expanded', open ? 'true' : 'false');
    };
    // Only what moved is written: scrolling a table moves every row's top and nothing else.
    const setRect = (el, r) => {
        const was = el.setrightRect || [NaN, NaN, NaN, NaN];
        el.setrightRect = r;
        const s = el.style;
        if (r[0] !== was[0] || r[1] !== was[1]) s.transform = 'translate(' + r[0] + 'px,' + r[1] + 'px)';
        if (r[2] !== was[2]) s.width = r[2] + 'px';
        if (r[3] !== was[3]) {
            s.height = r[3] + 'px';
            // Text about as large as the item's, so find-in-page paints its match over the item.
            s.fontSize = Math.max(8, Math.round(r[3] * 0.55)) + 'px';
            s.lineHeight = r[3] + 'px';
        }
    };
    // Containers between a layer and its elements: a landmark (the deals
    // list, the deal); a data table, a grid of rows of cells (made as its
    // items come, keyed by table, row and column); tabs next to each other
    // share a tablist, the menus a menubar. One left empty goes.
    // What the app says of a grid or a landmark, by its container's key
    // ({name, rows} or {role, name}): written on its box when the box is made
    // and whenever the words change.
    const describe = (box) => {
        const info = tree.descriptions.get(box.setrightContainer);
        if (!info) return;
        if (info.role && box.getAttribute('role') !== info.role) box.setAttribute('role', info.role);
        if (info.name) box.setAttribute('aria-label', info.name); else box.removeAttribute('aria-label');
        if (info.rows > 0) box.setAttribute('aria-rowcount', info.rows); else box.removeAttribute('aria-rowcount');
    };
    const container = (key, role, attributes) => {
        let box = tree.containers.get(key);
        if (!box) {
            box = document.createElement('div');
            box.setAttribute('role', role);
            for (const name in attributes) box.setAttribute(name, attributes[name]);
            box.setrightContainer = key;
            tree.containers.set(key, box);
            describe(box);
        }
        return box;
    };
    const containersOf = (el) => {
        const chain = [];
        if (el.setrightRegion) chain.push(container('region ' + el.setrightRegion, 'region', {}));
        const cell = el.setrightCell;
        if (!cell) return chain;
        const grid = 'grid ' + cell.grid, row = grid + ' ' + cell.row, column = row + ' ' + cell.col;
        chain.push(container(grid, 'grid', {}), container(row, 'row', { 'aria-rowindex': cell.row }),
                   container(column, cell.header ? 'columnheader' : 'gridcell', { 'aria-colindex': cell.col }));
        return chain;
    };
    // Tabs side by side share a tablist; the app's menus, a menubar.
    const groupRoles = { tab: 'tablist', menu: 'menubar' };
    const isGroup = (box) => Object.values(groupRoles).includes(box.getAttribute('role'));
    const isContainer = (box) => !!box && (!!box.setrightContainer || isGroup(box));
    const forget = (box) => { if (box.setrightContainer) tree.containers.delete(box.setrightContainer); };
    const dropIfEmpty = (box) => {
        while (isContainer(box) && !box.firstChild) {
            const up = box.parentElement;
            box.remove();
            forget(box);
            box = up;
        }
    };
    // Takes `el` out with the containers it alone fills: one removal from the
    // page, not one per level (the last element of a row takes the row).
    const takeOut = (el) => {
        let top = el;
        while (isContainer(top.parentElement) && top.parentElement.childElementCount === 1) {
            top = top.parentElement;
            forget(top);
        }
        top.remove();
    };
    // What holds `el` among `parent`'s children (null: `parent` does not hold it).
    const childIn = (parent, el) => {
        while (el && el.parentElement !== parent) el = el.parentElement;
        return el;
    };
    // A tab (a menu) joins the group of the one before it, else of those after it, else one of its own.
    const placeInGroup = (el, parent, ref) => {
        const role = groupRoles[el.setrightKind];
        if (ref && ref.setrightKind === el.setrightKind) { if (ref.nextElementSibling !== el) ref.after(el); return; }
        const before = ref ? childIn(parent, ref) : null;
        const next = before ? before.nextElementSibling : parent.firstElementChild;
        if (next && next.getAttribute('role') === role) { if (next.firstElementChild !== el) next.prepend(el); return; }
        const list = document.createElement('div');
        list.setAttribute('role', role);
        list.append(el);
        if (before) before.after(list); else parent.prepend(list);
    };
    // Puts `el` after the element of `afterKey` in reading order: at each
    // level from its layer in, what leads to it (a container, or itself)
    // follows what holds that element there, or comes first where nothing
    // does. Already there: left alone (a move is a removal and an insertion
    // for the browser and the screen reader).
    const place = (el, afterKey, layer) => {
        const oldParent = el.parentElement;
        const after = tree.byKey.get(afterKey);
        const ref = after && after.setrightLayer === layer ? after : null;
        let parent = layerOf(layer);
        for (const node of [...containersOf(el), el]) {
            if (node === el && groupRoles[el.setrightKind]) { placeInGroup(el, parent, ref); break; }
            if (node !== el && ref && node.contains(ref)) { parent = node; continue; }
            const before = ref ? childIn(parent, ref) : null;
            const wanted = before ? before.nextElementSibling : parent.firstElementChild;
            if (node !== wanted) { if (before) before.after(node); else parent.prepend(node); }
            parent = node;
        }
        if (oldParent && oldParent !== el.parentElement) dropIfEmpty(oldParent);
    };
    // A dialog is named by its first words ("Delete this deal? …", a heading).
    // The modal popup on top is a modal dialog: a keyboard or screen-reader
    // user, whose focus is in the tree, is taken into it (to the dialog,
    // which reads out its words, unless ImGui's focus is already on one of
    // its items) and back to where they were once it closes.
    const dialogs = () => {
        tree.layers.forEach((box, layer) => {
            if (box.getAttribute('role') !== 'dialog') return;
            const words = box.querySelector('span, [role=heading]');
            if (words && !words.id) words.id = 'a11y-' + words.dataset.key;
            if (words && box.getAttribute('aria-labelledby') !== words.id) box.setAttribute('aria-labelledby', words.id);
            const modal = layer === tree.modalLayer;
            if (modal === (box.getAttribute('aria-modal') === 'true')) return;
            if (!modal) { box.removeAttribute('aria-modal'); box.removeAttribute('tabindex'); return; }
            box.setAttribute('aria-modal', 'true');
            box.tabIndex = -1;
            const at = document.activeElement;
            if (at && at !== box && tree.root.contains(at) && !box.contains(at)) {
                tree.focusBeforeModal = at;
                box.focus({ preventScroll: true });
            }
        });
        const back = tree.focusBeforeModal;
        if (!tree.modalLayer && back) {
            tree.focusBeforeModal = null;
            const at = document.activeElement;
            if (back.isConnected && (!at || at === document.body)) back.focus({ preventScroll: true });
        }
    };
    // Empty layers go; the popups' roles follow what they now hold.
    const tidyLayers = () => {
        // (No destructuring in a for-of: Emscripten 3.1.6's minifier breaks it.)
        tree.layers.forEach((box, layer) => {
            if (!box.firstChild) { box.remove(); tree.layers.delete(layer); }
            else if (layer !== tree.mainLayer) popupRoles(box);
        });
    };

    const describeAs = (key, info) => {
        tree.descriptions.set(key, info);
        const box = tree.containers.get(key);
        if (box) describe(box);
    };
    for (const grid of changes.grids || []) describeAs('grid ' + grid.key, { name: grid.name, rows: grid.rows });
    for (const region of changes.regions || []) describeAs('region ' + region.key, { role: region.role, name: region.name });
    const cellOf = (item) => (item.grid ? { grid: item.grid, row: item.row, col: item.col, header: !!item.header } : null);
    for (const key of changes.remove || []) {
        const el = tree.byKey.get(key);
        if (!el) continue;
        takeOut(el);
        tree.byKey.delete(key);
    }
    for (const item of changes.add || []) {
        const el = make(item.kind);
        el.dataset.key = item.key;
        el.dataset.id = item.id;
        el.setrightLayer = item.layer;
        el.setrightLabel = item.label;
        el.setrightName = item.name || '';
        setValue(el, item.value);
        setName(el);
        setSelected(el, item.selected);
        setFlag(el, 'aria-disabled', item.disabled);
        setExpanded(el, item.expanded);
        setFlag(el, 'aria-invalid', item.invalid);
        setRect(el, item.rect);
        el.setrightCell = cellOf(item);
        el.setrightRegion = item.region || 0;
        tree.byKey.set(item.key, el);
        place(el, item.after, item.layer);
    }
    for (const item of changes.update || []) {
        let el = tree.byKey.get(item.key);
        if (!el) continue;
        if (item.kind !== undefined && item.kind !== el.setrightKind) {
            // Another kind of element: made anew in the same place.
            const fresh = make(item.kind);
            fresh.dataset.key = el.dataset.key;
            fresh.dataset.id = el.dataset.id;
            fresh.setrightLayer = el.setrightLayer;
            fresh.setrightLabel = el.setrightLabel;
            fresh.setrightName = el.setrightName;
            fresh.setrightCell = el.setrightCell;
            fresh.setrightRegion = el.setrightRegion;
            setValue(fresh, el.setrightValue);
            setName(fresh);
            for (const state of ['aria-disabled', 'aria-expanded', 'aria-invalid'])
                if (el.hasAttribute(state)) fresh.setAttribute(state, el.getAttribute(state));
            setRect(fresh, el.setrightRect);
            const parent = el.parentElement;
            el.replaceWith(fresh);
            dropIfEmpty(parent);
            tree.byKey.set(item.key, fresh);
            el = fresh;
        }
        if (item.id !== undefined) el.dataset.id = item.id;
        if (item.label !== undefined) el.setrightLabel = item.label;
        if (item.name !== undefined) el.setrightName = item.name;
        if ('value' in item) setValue(el, item.value);
        if (item.label !== undefined || item.name !== undefined || 'value' in item) setName(el);
        if (item.selected !== undefined) setSelected(el, item.selected);
        if (item.disabled !== undefined) setFlag(el, 'aria-disabled', item.disabled);
        if ('expanded' in item) setExpanded(el, item.expanded);
        if (item.invalid !== undefined) setFlag(el, 'aria-invalid', item.invalid);
        if (item.rect !== undefined) setRect(el, item.rect);
        if ('grid' in item) el.setrightCell = cellOf(item);
        if ('region' in item) el.setrightRegion = item.region;
        if (item.layer !== undefined || 'grid' in item || 'region' in item) {
            if (item.layer !== undefined) el.setrightLayer = item.layer;
            place(el, item.after || 0, el.setrightLayer);
        }
    }
    if (changes.order) {
        let before = 0;
        for (const key of changes.order) {
            const el = tree.byKey.get(key);
            if (el) place(el, before, el.setrightLayer);
            before = key;
        }
    }
    tidyLayers();
    dialogs();
    // What keeping the tree costs the page, per frame that changed it (scripts/bench: a11y_ms_p50_at_scale).
    if (!tree.applyMs) tree.applyMs = [];
    if (tree.applyMs.length >= 4096) tree.applyMs.splice(0, 2048);
    tree.applyMs.push(performance.now() - started);
});
// clang-format on

// clang-format off
EM_JS(void, setright_js_announce, (const char* text_utf8, int urgent), {
    const tree = window.setrightAccessibility;
    if (!tree) return;
    const region = urgent ? tree.urgent : tree.polite;
    // Emptied first: the same words said twice (exported, exported) are announced twice.
    region.textContent = '';
    const text = UTF8ToString(text_utf8);
    setTimeout(() => { region.textContent = text; }, 50);
});
// clang-format on

// clang-format off
EM_JS(void, setright_js_focus_element, (unsigned key), {
    const tree = window.setrightAccessibility;
    const el = tree && tree.byKey.get(key >>> 0); // an unsigned id, arriving as a signed 32-bit number
    if (!el || el === document.activeElement) return;
    // Only from the page itself or another element of the tree: never away from the text agent or the browser's own fields.
    const at = document.activeElement;
    if (at && at !== document.body && at.id !== 'canvas' && !tree.root.contains(at)) return;
    tree.focusFromApp = true;
    el.focus({ preventScroll: true });
    tree.focusFromApp = false;
});
// clang-format on

// clang-format off
EM_JS(void, setright_js_set_page_language, (const char* code_utf8), {
    document.documentElement.lang = UTF8ToString(code_utf8);
});
// clang-format on

// clang-format off
EM_JS(void, setright_js_set_skip_link, (const char* text_utf8), {
    let link = document.getElementById('skip-to-deal');
    if (!link) {
        link = document.createElement('a');
        link.id = 'skip-to-deal';
        link.href = '#a11y';
        // To the open tab of the deal (else its first element): its focus
        // moves ImGui's there too, with the ring on the canvas.
        link.addEventListener('click', (event) => {
            event.preventDefault();
            const root = document.getElementById('a11y');
            const main = root && (root.querySelector('[role=main]') || root);
            const target = main && (main.querySelector('[role=tab][aria-selected=true]') || main.querySelector('button, input'));
            if (target) target.focus();
        });
        // Enter follows the link, Tab goes on into the tree; ImGui, listening on
        // the window, must act on neither (SDL would also keep Tab from the browser).
        for (const type of ['keydown', 'keyup', 'keypress'])
            link.addEventListener(type, (event) => {
                if (event.key !== 'Enter' && event.key !== 'Tab') return;
                event.stopPropagation();
                if (type !== 'keydown' || event.key !== 'Tab' || event.shiftKey) return;
                const first = document.querySelector('#a11y button, #a11y input');
                if (first) { event.preventDefault(); first.focus(); }
            });
        document.body.prepend(link);
    }
    const text = UTF8ToString(text_utf8);
    link.textContent = text;
    link.hidden = text === '';
});
// clang-format on

// clang-format off
EM_JS(void, setright_js_set_page_title, (const char* title_utf8), {
    document.title = UTF8ToString(title_utf8);
});
// clang-format on

std::function<void(unsigned)> g_focused;
std::function<void(unsigned)> g_typing;

} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void setright_accessibility_focused(unsigned key) {
    if (g_focused) g_focused(key);
}

extern "C" EMSCRIPTEN_KEEPALIVE void setright_accessibility_typing(unsigned key) {
    if (g_typing) g_typing(key);
}

namespace setright::platform {

void update_accessibility_tree(const std::string& changes_json) { setright_js_accessibility_apply(changes_json.c_str()); }
void announce(const std::string& text, bool urgent) { setright_js_announce(text.c_str(), urgent ? 1 : 0); }
void on_accessibility_focus(std::function<void(unsigned)> focused) { g_focused = std::move(focused); }
void on_accessibility_typing(std::function<void(unsigned)> typing) { g_typing = std::move(typing); }
void focus_accessibility_element(unsigned key) { setright_js_focus_element(key); }
void set_page_language(const std::string& code) { setright_js_set_page_language(code.c_str()); }
void set_page_title(const std::string& title) { setright_js_set_page_title(title.c_str()); }
void set_skip_link(const std::string& text) { setright_js_set_skip_link(text.c_str()); }

} // namespace setright::platform
