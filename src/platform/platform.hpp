// platform.hpp — what the app needs from the machine it runs on, and nothing
// else. One small interface per concern; web/ implements it for the browser
// (EM_JS glue next to the C++ that calls it), native/ for the desktop build
// (SDL2 from Debian, driven headless by tests/desktop). The app never asks
// which platform it runs on, only what it can do (can_open_file_picker).
#pragma once

#include "core/format/sheet_text.hpp"
#include "core/model/model.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace setright::platform {

// --- The page and the main loop --------------------------------------------
// Size of the area the app may fill, in CSS pixels.
void viewport_size(int& width, int& height);
// The language asked for: ?lang=xx in the URL first, then the browser's.
std::string url_language();
std::string preferred_language();
// Whether the system asks for dark colours (prefers-color-scheme); a change
// wakes the main loop.
bool prefers_dark_colors();
// Tells the page which colours the app draws in, so what surrounds the
// canvas (the browser's bars, the page behind it) matches.
void set_page_colors(bool dark);
// Whether the main pointer is a finger (CSS `pointer: coarse`): targets grow to 44 CSS px.
bool pointer_is_coarse();
// Runs `frame` whenever a frame is due; returns at once on the web.
void run_main_loop(std::function<void()> frame);
// Stops drawing until the user does something (any input, a resize, a file
// dropped, another tab saving) or, if `wake_in_seconds` >= 0, that time has
// passed. An idle Setright uses no CPU.
void sleep_until_event(double wake_in_seconds);
// Draws a frame soon even without input (something arrived asynchronously).
void request_frame();
// Called once the first frame is on screen: hides the loading indicator and
// resolves window.setright.ready.
void first_frame_drawn();
// Called once the OpenGL ES 3 / WebGL2 context is current: lets the state
// the renderer saves and restores every frame (blend functions, scissor box)
// be answered without asking the GPU (gl_state_web.cpp).
void answer_gl_state_locally();
// Called when there is no OpenGL ES 3 / WebGL2 context to draw with: says so
// where the user looks (the page, or stderr natively).
void no_graphics(const char* why);
// Where the font file `file_name` (NotoSans-Regular.ttf, NanumGothic.ttf) is.
std::string font_path(const std::string& file_name);
// A font the app loads only once a frame needs one of its glyphs (CJK,
// emoji; see app/logic/lazy_fonts.hpp): `arrived` gets its bytes, or nullopt
// when it cannot be had (not served, the network off before it was cached,
// the single-file build). On the web it arrives later, between frames, and
// a frame is drawn; natively at once. A block of colour emoji (".pngs")
// arrives decoded, as app/logic/colour_glyphs.hpp reads it; the desktop
// build, with no PNG decoder, answers nullopt.
void read_lazy_font(const std::string& file_name, std::function<void(std::optional<std::string>)> arrived);

// The words of the UI language `code` ("ko") as a table for
// app::add_translations, or nullopt when they cannot be had (the network off
// before the page cached them). Only the browser bundle lacks any: it links
// in English and fetches the others from i18n/ beside the page. The page
// fetches the language it starts in while the code downloads and holds
// main() until it is here, so that one is answered at once; a language
// chosen later arrives between frames. Elsewhere every language is linked
// in and this answers nullopt.
void read_translations(const std::string& code, std::function<void(std::optional<std::string>)> arrived);

// --- Storage (localStorage on the web) ------------------------------------
enum class StoreStatus { Ok, QuotaExceeded, Unavailable };
struct StoreResult {
    StoreStatus status = StoreStatus::Ok;
    std::string message; // what the platform said, for the user
};
std::optional<std::string> storage_read(const std::string& key);
StoreResult storage_write(const std::string& key, const std::string& value);
void storage_remove(const std::string& key);
// This origin's storage quota and what is free of it, in the UTF-16
// characters of keys and values it counts; nullopt where no quota is set.
struct StorageSpace {
    size_t capacity = 0;
    size_t free = 0;
};
std::optional<StorageSpace> storage_space();
// Asks the browser to keep this page's storage under pressure (best effort).
void request_persistent_storage();

// --- Saves other tabs cannot interleave, kept where a crash cannot take them ---
// A copy of what a save wrote, under its own name ("workspace", "workshop").
struct DurableCopy {
    int64_t generation = 0;
    std::string text;
};
// Runs `section` while no other tab runs one for `name`, passing the
// generation of the newest durable copy of `name` (0: none). The section
// checks it, writes to storage and returns the copy to keep durably (nullopt:
// it wrote nothing). `done(durable)` follows once that copy is on disk (on
// the web: an IndexedDB transaction with strict durability) or could not be
// put there. Asynchronous on the web; the desktop runs both at once (its
// files are fsynced: written is durable).
void run_save_section(const std::string& name, std::function<std::optional<DurableCopy>(int64_t durable_generation)> section,
                      std::function<void(bool durable)> done);
// Starts keeping `copy` durably outside a section (the page is going away,
// no time to wait for one): it may not finish, and never replaces a newer
// copy. `done(durable)` follows if the page is still there.
void keep_durably(const std::string& name, const DurableCopy& copy, std::function<void(bool durable)> done);
// Reads the durable copy of `name` now: fresher than this tab's localStorage,
// which can lag another tab's writes. `done` gets nullopt when there is none.
void read_durable_copy(const std::string& name, std::function<void(std::optional<DurableCopy>)> done);
// The durable copy of `name` the page read at start (before the app ran),
// or nullopt when there is none or it could not be read.
std::optional<DurableCopy> durable_copy_at_start(const std::string& name);

// --- Page life ---------------------------------------------------------------
// `flush` runs when the page is hidden, loses focus or is being closed: the
// last chance to save.
void on_page_hidden(std::function<void()> flush);
// Seconds since some fixed point, for timing (autosave delays).
double monotonic_seconds();
// Bytes the program's heap holds from the system (the wasm memory on the
// web), for the benchmarks; 0 where the platform cannot tell.
size_t heap_bytes();

// --- The page's accessibility tree (a DOM mirror of what the canvas draws) ---
// Applies the changes logic/accessibility_mirror.hpp worked out (JSON; never
// called with nothing to change). On the web, the page's mirror elements are
// what screen readers read and find-in-page finds; activating one clicks its
// item. The desktop has no such tree: a no-op there.
void update_accessibility_tree(const std::string& changes_json);
// Says `text` to a screen reader: politely (status: saved, exported,
// imported) or at once (`urgent`: errors, storage full).
void announce(const std::string& text, bool urgent);
// Keyboard focus both ways: `focused(key)` runs when an element of the tree
// takes the focus (Tab, a screen reader moving); focus_accessibility_element
// moves the focus to the element of the item ImGui's keyboard navigation is
// on, unless the focus is somewhere else on the page (the text agent).
void on_accessibility_focus(std::function<void(unsigned key)> focused);
void focus_accessibility_element(unsigned key);
// Called when a printable key goes down on a text field's element while the
// field is not being edited: the app starts editing it and keeps the text
// typed (ui/type_into_field.hpp).
void on_accessibility_typing(std::function<void(unsigned key)> typing);
// The page's find index (logic/find_index.hpp): every row's words of the long
// tables on screen, in a scroller over each, so find-in-page finds rows out
// of view. on_find_scrolled is called when find scrolled table `key` (its
// ImGui window id) to `scroll` CSS pixels. No-ops on the desktop.
void update_find_index(const std::string& changes_json);
void on_find_scrolled(std::function<void(unsigned key, float scroll)> scrolled);
// The page's language (its lang attribute) and title (the browser's tab).
void set_page_language(const std::string& code);
void set_page_title(const std::string& title);
// The page's first stop for Tab: a link that takes the focus past the menus
// to the open deal (its open tab). Empty `text`: no deal open, no link.
void set_skip_link(const std::string& text);

// --- Printing -------------------------------------------------------------------
// Whether the browser's print dialog is there (File > Print); not on the desktop.
bool can_print();
// Puts `html` (core/reports/print_page.hpp: one escaped <article>) where the
// page prints from, in language `lang` and the app's own fonts: on paper the
// page shows it and nothing else; on screen it is not shown.
void set_print_page(const std::string& html, const std::string& lang);
// Opens the browser's print dialog once the frame is done.
void open_print_dialog();
// `prepare` runs just before the browser prints, however it was asked
// (open_print_dialog, Ctrl+P, its menu): it calls set_print_page with what
// the app shows now. It must not touch ImGui: it may run mid-frame.
void on_print(std::function<void()> prepare);

// --- Files ----------------------------------------------------------------------
// Offers `bytes` to the user as a download named `file_name`.
void download_file(const std::string& file_name, const std::string& mime_type, const std::string& bytes);

// Largest file Setright reads, and the most it reads at once (all the files
// of one drop together). Far more than the largest workspace the browser's
// storage keeps; anything bigger is refused by its size before a byte of it
// is read, so it costs no memory.
constexpr uint64_t kMaxImportBytes = 64ull * 1024 * 1024;

// Why a file (or a link) arrived without its text.
enum class Refusal {
    None,
    FileTooLarge,     // `size` bytes, more than kMaxImportBytes
    BatchTooLarge,    // with the files before it in the same drop, more than kMaxImportBytes
    OutOfMemory,      // the program could not hold its `size` bytes
    ReadFailed,       // the system would not read it (`detail` says why)
    NotAFile,         // a folder, device or pipe: nothing was read from it
    LinkTooLong,      // a share link of `size` characters, more than kMaxIncomingLinkChars
    LinkBadCharacter, // `detail` (the character) at character `size` of the link's data: never in a link Setright makes
    LinkCutShort,     // the data does not unpack: cut short or changed (`detail`: what the decompressor said)
    LinkTooLarge,     // the data unpacks to more than kMaxLinkUnpackedBytes
};

struct IncomingFile {
    std::string name;
    std::string text;                // as read by the browser; import checks it
    Refusal refused = Refusal::None; // when not None: no text, and why
    uint64_t size = 0;               // see Refusal
    std::string detail;              // see Refusal
};
// Files the user picked or dropped on the page arrive here, several at once.
// So does a deal or an answer file opened as a share link, whether the link
// starts the page or is pasted into a page already running.
void on_files_received(std::function<void(std::vector<IncomingFile>)> handler);
// Whether a file picker exists (the desktop build has none: files are dropped).
bool can_open_file_picker();
// Opens the browser's file picker for .json files (call right after a click).
void open_file_picker();

// --- Workbooks (XLSX) -------------------------------------------------------------
// Reading and writing XLSX takes a ZIP reader, an XML reader and libxlsxwriter:
// more than every first visit should download. In the browser bundle they are
// a second program (setright-workbooks.js and .wasm beside the page) fetched
// the first time a workbook is read or written, then kept by the service
// worker; the desktop and the single-file build have them linked in
// (workbooks_linked.cpp). `done` runs later, between frames, on the web, and
// before the call returns where they are linked in. The work itself:
// app/logic/workbooks.hpp.
// The cells of the workbook `bytes`, or why they cannot be read (a
// ReaderUnavailable error: the workbook program could not be fetched).
void read_workbook(std::string bytes, std::function<void(SheetTextResult)> done);
// The checklist workbook of `deal`, worded in `language` ("ko"), or why there
// is none. (The web sends the program the deal as export_deal's JSON; where
// the code is linked in, the deal is used as it is.)
struct WorkbookWritten {
    std::optional<std::string> bytes;
    std::string failed;       // the writer's reason (in English: a deal that did not read back)
    bool unavailable = false; // the workbook program could not be fetched (offline before it was cached)
};
void write_checklist_workbook(const Deal& deal, const std::string& language, std::function<void(WorkbookWritten)> done);

// --- Built-in templates ---------------------------------------------------------
// The bytes of the built-in template file `file_name` ("fit-check.ko.json",
// listed by app/logic/builtin_templates.hpp), or nullopt when it cannot be
// had (the network off before the page cached it). The browser bundle
// fetches it from templates/ beside the page, so `arrived` runs later,
// between frames; the desktop and the single-file build have the templates
// linked in and answer at once.
void read_builtin_template(const std::string& file_name, std::function<void(std::optional<std::string>)> arrived);

// --- Share links -----------------------------------------------------------------
// A link that carries a deal (or any Setright file) in its #fragment,
// compressed (the fragment never reaches a server). Opening such a link, or
// pasting it into the address bar of a page already running Setright,
// delivers the file through on_files_received, so the user sees the import
// preview first; a link that cannot be read arrives refused, saying why.
bool can_share_links();
// The name a deal opened from a link arrives under (share_link_web.cpp).
inline constexpr const char* kSharedLinkName = "shared-link.json";
// Longest link Setright makes: longer ones break in mail and chat programs.
constexpr size_t kMaxShareLinkChars = 32000;
// Longest link it opens: a little more, for the same deal under a longer address.
constexpr size_t kMaxIncomingLinkChars = kMaxShareLinkChars + 1024;
// Most a link's data may unpack to (no deal that fits in a link comes near it).
constexpr uint64_t kMaxLinkUnpackedBytes = 16ull * 1024 * 1024;
// Compresses `json` into a link and, if it is at most kMaxShareLinkChars long,
// puts it on the clipboard. `done` gets the link's length and whether it was copied.
void copy_share_link(const std::string& json, std::function<void(size_t length, bool copied)> done);

// --- Links out --------------------------------------------------------------------
// Hands `url` (a mailto: link) to whatever the system opens it with: the
// user's mail program shows the message, and the user sends it, not Setright.
void open_url(const std::string& url);

// --- Text input and the clipboard ------------------------------------------
// Where text is being typed, in CSS pixels: called when a text field becomes
// active, its caret moves, or it is left. The web side moves a hidden
// <textarea> there and focuses it, so an IME composes in place (its candidate
// window at the caret) and a phone opens its keyboard; what it receives comes
// back as SDL key and text events (sdl/sdl_input.hpp). SDL does this itself
// on the desktop.
void text_input_at(bool active, float x, float y, float line_height);
// Something was pasted (Ctrl+V, the browser's menu) while no text field was
// being edited: cells copied from a spreadsheet, say. `text` is the plain
// text (tab-separated cells); `table_json` the rows of an HTML table the
// clipboard also held, as a JSON array of arrays of strings ("" if none:
// some programs copy a table only as HTML). Never called on the desktop.
void on_paste(std::function<void(const std::string& text, const std::string& table_json)> pasted);
// ImGui copied or cut `text`: put it on the system clipboard too (on the web
// SDL's clipboard stays inside the page; on the desktop it is the system's).
void clipboard_copied(const std::string& text);

} // namespace setright::platform
