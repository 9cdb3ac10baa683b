// page.js — everything on the page that is not the app: the checks before
// loading it, the loading indicator, the plain message when it cannot run, and
// window.setright, the test API (documented in tests/README.md).
'use strict';

(function () {
  // Shell strings in every language, from assets/i18n/shell.tsv (cmake/make_page.cmake fills them in).
  const STRINGS = /*@SHELL_STRINGS@*/{};

  // The language the app starts in, chosen as it chooses (app_frame.cpp,
  // logic/i18n.cpp): ?lang=, then the one chosen last time, then the browser's.
  function pickLanguage() {
    let remembered = null;
    try { remembered = localStorage.getItem('setright.language'); } catch (error) { /* storage refused */ }
    const browser = (navigator.languages && navigator.languages[0]) || navigator.language;
    for (const asked of [new URLSearchParams(location.search).get('lang'), remembered, browser]) {
      const primary = String(asked || '').split(/[-_]/)[0];
      const language = { en: 'en', ko: 'ko', nb: 'nb', no: 'nb', nn: 'nb', ru: 'ru' }[primary];
      if (language) return language;
    }
    return 'en';
  }
  const lang = pickLanguage();
  // The app has English built in; another language's words are a file
  // beside the page (src/platform/web/translations_web.cpp), fetched now,
  // while the code downloads, and main() waits for them (below).
  const wordsArrival = lang === 'en' || !location.protocol.startsWith('http') ? null
    : fetch(`i18n/${lang}.tsv`).then((response) => (response.ok ? response.text() : null)).catch(() => null)
      .then((text) => { if (text !== null) window.setrightWords = { language: lang, text }; });
  const text = (key) => (STRINGS[lang] && STRINGS[lang][key]) || (STRINGS.en && STRINGS.en[key]) || key;
  document.documentElement.lang = lang;

  const loading = document.getElementById('loading');
  const loadingText = document.getElementById('loading-text');
  const loadingFill = document.getElementById('loading-bar-fill');
  const problem = document.getElementById('problem');
  loadingText.textContent = text('shell.loading');

  // Whatever Setright keeps in this browser, exactly as stored, as one file:
  // the work is never trapped behind an app that cannot start.
  function storedData() {
    const kept = {};
    try {
      for (let i = 0; i < localStorage.length; ++i) {
        const key = localStorage.key(i);
        if (key && key.startsWith('setright.')) kept[key] = localStorage.getItem(key);
      }
    } catch (error) {
      return null; // storage itself is unavailable: nothing to offer
    }
    return Object.keys(kept).length ? kept : null;
  }

  // A stored copy as the app packs it (src/core/storage/storage_codec.hpp):
  // "<generation>\n" + "z" + 15 bits a character from U+4000, the bits of a
  // zlib stream. Unpacked here too, so stored work can be read even when the
  // app cannot start. Resolves to the JSON, or null for text not packed.
  async function unpackStored(text) {
    const newline = text.indexOf('\n');
    if (newline < 0 || text[newline + 1] !== 'z') return null;
    const bytes = [];
    let bits = 0, count = 0;
    for (let i = newline + 2; i < text.length; ++i) {
      bits = (bits << 15) | (text.charCodeAt(i) - 0x4000);
      count += 15;
      while (count >= 8) { count -= 8; bytes.push((bits >> count) & 0xff); }
      bits &= (1 << count) - 1;
    }
    const stream = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(new DecompressionStream('deflate'));
    const reader = stream.getReader();
    const chunks = [];
    // zlib's stream ends before the padding bits; reading past it is an error to ignore.
    try { for (;;) { const { done, value } = await reader.read(); if (done) break; chunks.push(value); } } catch (error) { if (!chunks.length) throw error; }
    return new TextDecoder().decode(await new Blob(chunks).arrayBuffer());
  }

  function offerStoredData() {
    const kept = storedData();
    if (!kept || document.getElementById('download-stored-data')) return;
    const note = document.createElement('p');
    note.textContent = text('shell.data_safe');
    const button = document.createElement('button');
    button.id = 'download-stored-data';
    button.textContent = text('shell.download_data');
    button.addEventListener('click', async () => {
      // Exactly as kept, and each packed copy also as the workspace it holds.
      const readable = {};
      for (const [key, value] of Object.entries(kept)) {
        try { const json = await unpackStored(value); if (json !== null) readable[key] = JSON.parse(json); } catch (error) { /* kept as is */ }
      }
      const blob = new Blob([JSON.stringify({ kept, readable }, null, 1)], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'setright-stored-data.json';
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
    problem.appendChild(note);
    problem.appendChild(button);
  }

  function showProblem(key, detail) {
    loading.hidden = true;
    problem.hidden = false;
    problem.textContent = text(key);
    if (detail) {
      const small = document.createElement('pre');
      small.textContent = String(detail);
      problem.appendChild(small);
    }
    offerStoredData();
  }

  // --- The test API: present from the start, answering once the app runs ---
  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });
  const call = (name, fallback, ...args) => {
    if (!window.Module || !Module.calledRun || !Module['_' + name]) return fallback;
    return Module['_' + name](...args);
  };
  const callString = (name, fallback, ...args) => {
    const pointer = call(name, 0, ...args);
    return pointer ? Module.UTF8ToString(pointer) : fallback;
  };
  window.setright = {
    ready,
    items: () => JSON.parse(callString('setright_test_items_json', '[]')),
    state: () => JSON.parse(callString('setright_test_state_json', 'null')),
    frameStats: (from = 0) => JSON.parse(callString('setright_test_frame_stats_json', '{"frames":0,"cpuMsP50":0,"cpuMsP95":0}', from)),
    missingGlyphs: () => call('setright_test_missing_glyphs', 0),
    colouredGlyphs: () => call('setright_test_coloured_glyphs', 0),
    glyphHeight: (character) => call('setright_test_glyph_height', 0, character.codePointAt(0)),
    layoutProblems: () => JSON.parse(callString('setright_test_layout_problems_json', '[]')),
    // Resolves true once the app has handled all input so far and sleeps
    // (false after `ms` if it never does). It looks from the fourth animation
    // frame on: a press from the accessibility tree lands two frames after its click.
    settled: (ms = 3000) => new Promise((resolve) => {
      const deadline = performance.now() + ms;
      let frames = 0;
      const look = () => {
        // From the second frame: input from the page wakes the app at once,
        // a press on the accessibility tree lands frames later (pending until then).
        if (++frames > 1 && !window.setrightAccessibility?.pressesPending && call('setright_test_asleep', 1)) resolve(true);
        else if (performance.now() > deadline) resolve(false);
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }),
    performance: (fromFrame = 0) => JSON.parse(callString('setright_test_performance_json', 'null', fromFrame)),
    firstFrameMs: null, // performance.now() when the first frame was on screen
    unpackStored,
  };

  // Called by the app (platform/web) once the first frame is on screen.
  let started = false;
  window.setrightPage = {
    firstFrameDrawn() {
      window.setright.firstFrameMs = performance.now();
      started = true;
      loading.hidden = true;
      resolveReady();
      registerServiceWorker();
    },
    // The app found no WebGL2 context (blocked, or the GPU refused one).
    noGraphics() { showProblem('shell.no_webgl2'); },
  };

  // --- Durable copies in IndexedDB (see src/platform/web/durable_web.cpp) ---
  // Opened and read at once, in parallel with the app's download; the app
  // waits for the read (a run dependency) only if it is not done by then.
  const DURABLE_STORE = 'copies';
  let durableDatabase = null;
  const durableOpened = new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') { reject(new Error('no IndexedDB')); return; }
    const request = indexedDB.open('setright', 1);
    request.onupgradeneeded = () => request.result.createObjectStore(DURABLE_STORE);
    request.onsuccess = () => { durableDatabase = request.result; resolve(durableDatabase); };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
  const durableAtStart = {};
  let durableReadDone = false;
  const durableRead = durableOpened.then((db) => new Promise((resolve) => {
    const transaction = db.transaction(DURABLE_STORE, 'readonly');
    for (const name of ['workspace', 'workshop']) {
      const get = transaction.objectStore(DURABLE_STORE).get(name);
      get.onsuccess = () => { if (get.result) durableAtStart[name] = get.result; };
    }
    transaction.oncomplete = transaction.onerror = transaction.onabort = () => resolve();
  })).catch((error) => console.warn('Setright keeps no crash-proof copy in this browser:', error && error.message))
    .then(() => { durableReadDone = true; });
  // Runs body(db) at once when the database is open, else once it opens, else `failed()`.
  const withDurable = (body, failed) => { if (durableDatabase) body(durableDatabase); else durableOpened.then(body, failed); };
  const strict = () => durableDatabase.transaction(DURABLE_STORE, 'readwrite', { durability: 'strict' });
  window.setrightDurable = {
    atStart: (name) => (durableReadDone && durableAtStart[name]) || null,
    // One save: the section runs inside the transaction that stores its copy.
    save(name, id) {
      const without = () => { Module._setright_save_section(id, 0); Module._setright_save_done(id, 0); };
      withDurable(() => {
        const transaction = strict();
        const store = transaction.objectStore(DURABLE_STORE);
        const get = store.get(name);
        let wrote = false;
        get.onsuccess = () => {
          wrote = Module._setright_save_section(id, get.result ? get.result.generation : 0) === 1;
          if (wrote) {
            store.put({ generation: Module._setright_save_copy_generation(id),
                        text: Module.UTF8ToString(Module._setright_save_copy_text(id)) }, name);
          }
        };
        transaction.oncomplete = () => Module._setright_save_done(id, wrote ? 1 : 0);
        transaction.onabort = without; // the section runs without the transaction if it had not yet
      }, without);
    },
    // The copy as stored now (another tab may have written it a moment ago): done(copy or null).
    read(name, done) {
      withDurable((db) => {
        const transaction = db.transaction(DURABLE_STORE, 'readonly');
        const get = transaction.objectStore(DURABLE_STORE).get(name);
        transaction.oncomplete = () => done(get.result || null);
        transaction.onabort = () => done(null);
      }, () => done(null));
    },
    // A copy written outside a section (the page is going away): stored unless a newer one is.
    keep(name, id) {
      withDurable(() => {
        const generation = Module._setright_save_copy_generation(id);
        const text = Module.UTF8ToString(Module._setright_save_copy_text(id));
        const transaction = strict();
        const store = transaction.objectStore(DURABLE_STORE);
        const get = store.get(name);
        get.onsuccess = () => { if (!get.result || get.result.generation < generation) store.put({ generation, text }, name); };
        transaction.oncomplete = () => Module._setright_save_done(id, 1);
        transaction.onabort = () => Module._setright_save_done(id, 0);
      }, () => Module._setright_save_done(id, 0));
    },
  };

  // --- Can this browser run Setright? ---
  if (typeof WebAssembly !== 'object') {
    showProblem('shell.no_wasm');
    return;
  }
  // Whether a WebGL2 context can be had is the app's own first question
  // (setrightPage.noGraphics): a probe context here cost every start
  // ~7 ms, a tenth of what Setright adds to a bare Dear ImGui page.
  if (typeof WebGL2RenderingContext === 'undefined') {
    showProblem('shell.no_webgl2');
    return;
  }

  // Keeps main() from running until `arrival` settles, or 3 seconds pass.
  function holdStart(name, arrival) {
    if (typeof addRunDependency !== 'function') return;
    addRunDependency(name);
    let released = false;
    const release = () => { if (!released) { released = true; removeRunDependency(name); } };
    arrival.then(release);
    setTimeout(release, 3000);
  }

  window.Module = {
    canvas: document.getElementById('canvas'),
    // Emscripten reports "Downloading data... (loaded/total)" while fetching.
    setStatus(status) {
      const match = /\((\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)\)/.exec(status || '');
      if (match) loadingFill.style.width = (100 * Number(match[1]) / Number(match[2])).toFixed(1) + '%';
    },
    onAbort(reason) { showProblem('shell.failed', reason); },
    // The app reads the durable copies at start: wait for them if still coming
    // (at most a few seconds: a stuck IndexedDB must not keep the app away).
    // So are the words of the language it starts in (at most as long: it
    // starts in English then, and fetches them again).
    preRun: [() => {
      if (!durableReadDone) holdStart('setright-durable', durableRead);
      if (wordsArrival) holdStart('setright-words', wordsArrival);
    }],
    print(line) { console.log(line); },
    printErr(line) { console.warn(line); },
  };
  window.addEventListener('error', (event) => {
    if (!started) showProblem('shell.failed', event.message);
  });
  // A download that fails (the .wasm or .data) rejects a promise, with no 'error' event.
  window.addEventListener('unhandledrejection', (event) => {
    if (!started) showProblem('shell.failed', event.reason && (event.reason.message || event.reason));
  });

  // Offline: the service worker keeps this version's files (web/sw.js).
  // Registered after the first frame: installing it fetches every file again,
  // which would compete with the app's own first download. Not from file://,
  // where the single-file build needs none.
  function registerServiceWorker() {
    if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
    navigator.serviceWorker.register('sw.js').catch((error) => console.warn('Setright works online only here:', error));
  }

  const code = document.getElementById('setright-code');
  document.body.appendChild(document.importNode(code.content, true));
})();
