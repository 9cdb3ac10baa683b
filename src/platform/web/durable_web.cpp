// durable_web.cpp — save sections and durable copies in the browser.
//
// Chromium writes localStorage to disk lazily (a crash seconds after a save
// can take it), and a tab's view of localStorage can lag another tab's writes.
// IndexedDB has neither problem, so each save runs inside one IndexedDB
// readwrite transaction (strict durability) on the record of its name: the
// transaction reads the durable copy's generation, the C++ section checks it
// and writes localStorage, the transaction stores the new copy. Transactions
// on one store run one at a time across tabs, which makes check-and-write
// atomic; the transaction completing means the copy is on disk. The
// IndexedDB side lives in web/page.js (setrightDurable), which also reads
// the copies at start, while the app downloads.
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <map>

namespace {

struct Pending {
    std::function<std::optional<setright::platform::DurableCopy>(int64_t)> section;
    std::function<void(bool)> done;
    setright::platform::DurableCopy copy;
};
std::map<int, Pending> g_pending;
int g_next_id = 1;

// Returns 0 when the page has no durable store (page.js missing): the caller runs the section itself.
// (clang-format leaves the JavaScript in EM_JS and EM_ASM alone: it is not C++.)
// clang-format off
EM_JS(int, setright_js_save_section, (const char* name, int id), {
    if (typeof setrightDurable === 'undefined') return 0;
    setrightDurable.save(UTF8ToString(name), id);
    return 1;
});
// clang-format on

// clang-format off
EM_JS(int, setright_js_keep_durably, (const char* name, int id), {
    if (typeof setrightDurable === 'undefined') return 0;
    setrightDurable.keep(UTF8ToString(name), id);
    return 1;
});
// clang-format on

// clang-format off
EM_JS(char*, setright_js_durable_text_at_start, (const char* name), {
    const copy = typeof setrightDurable === 'undefined' ? null : setrightDurable.atStart(UTF8ToString(name));
    return copy ? allocateUTF8(copy.text) : 0;
});
// clang-format on

// clang-format off
EM_JS(double, setright_js_durable_generation_at_start, (const char* name), {
    const copy = typeof setrightDurable === 'undefined' ? null : setrightDurable.atStart(UTF8ToString(name));
    return copy ? copy.generation : 0;
});
// clang-format on

std::map<int, std::function<void(std::optional<setright::platform::DurableCopy>)>> g_reads;

// Returns 0 when the page has no durable store.
// clang-format off
EM_JS(int, setright_js_read_durable, (const char* name, int id), {
    if (typeof setrightDurable === 'undefined') return 0;
    setrightDurable.read(UTF8ToString(name), (copy) => {
        Module._setright_durable_read_done(id, copy ? allocateUTF8(copy.text) : 0, copy ? copy.generation : 0);
    });
    return 1;
});
// clang-format on

void finish(int id, bool durable) {
    auto it = g_pending.find(id);
    if (it == g_pending.end()) return;
    std::function<void(bool)> done = std::move(it->second.done);
    g_pending.erase(it);
    done(durable);
}

} // namespace

extern "C" {

// Called by setrightDurable inside the transaction, with the durable copy's
// generation. Returns 1 when the section wrote a copy to keep (then read with
// the two functions below), 0 when it wrote nothing.
EMSCRIPTEN_KEEPALIVE int setright_save_section(int id, double durable_generation) {
    auto it = g_pending.find(id);
    if (it == g_pending.end() || !it->second.section) return 0;
    std::optional<setright::platform::DurableCopy> copy = it->second.section(int64_t(durable_generation));
    it->second.section = nullptr;
    if (!copy) return 0;
    it->second.copy = std::move(*copy);
    return 1;
}

EMSCRIPTEN_KEEPALIVE const char* setright_save_copy_text(int id) {
    auto it = g_pending.find(id);
    return it == g_pending.end() ? "" : it->second.copy.text.c_str();
}

EMSCRIPTEN_KEEPALIVE double setright_save_copy_generation(int id) {
    auto it = g_pending.find(id);
    return it == g_pending.end() ? 0 : double(it->second.copy.generation);
}

// The transaction completed (durable = 1) or failed (0).
EMSCRIPTEN_KEEPALIVE void setright_save_done(int id, int durable) { finish(id, durable != 0); }

// A read_durable_copy answered: `text` (malloc'd, taken here) is null when there is no copy.
EMSCRIPTEN_KEEPALIVE void setright_durable_read_done(int id, char* text, double generation) {
    auto it = g_reads.find(id);
    std::optional<setright::platform::DurableCopy> copy;
    if (text) {
        copy = setright::platform::DurableCopy{int64_t(generation), text};
        std::free(text);
    }
    if (it == g_reads.end()) return;
    auto done = std::move(it->second);
    g_reads.erase(it);
    done(std::move(copy));
}

} // extern "C"

namespace setright::platform {

void run_save_section(const std::string& name, std::function<std::optional<DurableCopy>(int64_t)> section, std::function<void(bool)> done) {
    const int id = g_next_id++;
    g_pending[id] = Pending{std::move(section), std::move(done), {}};
    if (setright_js_save_section(name.c_str(), id)) return;
    setright_save_section(id, 0);
    finish(id, false);
}

void keep_durably(const std::string& name, const DurableCopy& copy, std::function<void(bool)> done) {
    const int id = g_next_id++;
    g_pending[id] = Pending{nullptr, std::move(done), copy};
    if (!setright_js_keep_durably(name.c_str(), id)) finish(id, false);
}

void read_durable_copy(const std::string& name, std::function<void(std::optional<DurableCopy>)> done) {
    const int id = g_next_id++;
    g_reads[id] = std::move(done);
    if (!setright_js_read_durable(name.c_str(), id)) setright_durable_read_done(id, nullptr, 0);
}

std::optional<DurableCopy> durable_copy_at_start(const std::string& name) {
    char* text = setright_js_durable_text_at_start(name.c_str());
    if (!text) return std::nullopt;
    DurableCopy copy{int64_t(setright_js_durable_generation_at_start(name.c_str())), text};
    std::free(text);
    return copy;
}

} // namespace setright::platform
