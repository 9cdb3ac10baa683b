// fuzz_import.cpp — libFuzzer target for everything that reads untrusted text:
// workspace import, the merge of what imports into a built-in template (and of
// the template into it), participants' answer files, and requirement sheets
// (XLSX, CSV, TSV) added to the template's deal.
//
// A finding is a crash, a sanitizer report, or a broken promise of the format:
// a workspace that imports must export to a file that imports again, and a
// merge of two valid workspaces must give one that exports and reads back,
// and so must a deal that a sheet read without problems was added to.
// Seeds: the built-in templates (tests/fuzz/CMakeLists.txt). Run by
// scripts/test for 30 s; docs/hostile-input.md gives the longer run.
#include "core/format/case_json.hpp"
#include "core/format/json_format.hpp"
#include "core/format/merge.hpp"
#include "core/format/sheet_requirements.hpp"
#include "core/format/sheet_xlsx.hpp"
#include "core/format/template_catalog.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <utility>

namespace {

using namespace setright;

const Workspace& sms_template() {
    static const Workspace ws = [] {
        for (const TemplateEntry& entry : template_catalog())
            if (entry.name == "sms-vendor-case")
                if (const TemplateFile* file = template_file(entry, "en")) return *import_workspace(file->bytes).workspace;
        std::abort();
    }();
    return ws;
}

void must_read_back(const Workspace& ws) {
    if (!import_workspace(export_workspace(ws)).ok()) __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ImportResult result = import_workspace(text);
    if (result.ok()) {
        must_read_back(*result.workspace);
        must_read_back(merge_workspaces(sms_template(), *result.workspace).merged);
        must_read_back(merge_workspaces(*result.workspace, sms_template()).merged);
    }
    AnswersImport answers = import_answer_sheet(text);
    if (answers.sheet && !import_answer_sheet(export_answer_sheet(*answers.sheet)).sheet) __builtin_trap();
    SheetTextResult sheet = read_sheet_file(text); // a ZIP's bytes through minizip and expat, text through libcsv
    if (sheet.grid) {
        Workspace ws = sms_template();
        SheetImport rows = requirements_from_sheet(*sheet.grid, guess_mapping(*sheet.grid), ws.deals[0]);
        if (rows.problems.empty()) {
            for (Requirement& r : rows.requirements) ws.deals[0].requirements.push_back(std::move(r));
            must_read_back(ws);
        }
    }
    return 0;
}
