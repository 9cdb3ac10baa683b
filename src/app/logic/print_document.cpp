// print_document.cpp — see print_document.hpp.
#include "logic/print_document.hpp"

#include "logic/app_state.hpp"
#include "logic/i18n.hpp"
#include "logic/local_words.hpp"

#include "core/reports/print_page.hpp"
#include "core/reports/safe_text.hpp"
#include "core/workshop/case_copy.hpp"

namespace setright::app {

std::string print_document(App& app) {
    const Deal* deal = selected_deal(app);
    if (!deal) return "<p class=\"print-empty\">" + html_text(tr("print.no_deal")) + "</p>";
    // Like the calendar: a participant's copy would show what its steps still hide.
    if (is_participant_copy(*deal)) return "<p class=\"print-empty\">" + html_text(tr("print.participant_copy")) + "</p>";
    return print_page_html(*deal, judged_at(app), LocalWords());
}

} // namespace setright::app
