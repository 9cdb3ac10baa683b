// workbooks_linked.cpp — platform::read_workbook and write_checklist_workbook
// where the XLSX code is linked into the app: the desktop and the single-file
// build (a trainer's one HTML file has nothing beside it to fetch). The
// browser bundle fetches it instead (web/workbooks_web.cpp).
#include "platform/platform.hpp"

#include "logic/workbooks.hpp"

#include <utility>

namespace setright::platform {

void read_workbook(std::string bytes, std::function<void(SheetTextResult)> done) { done(app::read_workbook_cells(bytes)); }

void write_checklist_workbook(const Deal& deal, const std::string& language, std::function<void(WorkbookWritten)> done) {
    done(app::checklist_workbook(deal, language));
}

} // namespace setright::platform
