// touch_detail.cpp — see touch_detail.hpp.
#include "touch_detail.hpp"

#include "logic/app_state.hpp"
#include "logic/enum_labels.hpp"
#include "logic/i18n.hpp"
#include "ui/editors.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace setright::app {

void draw_touch_detail(App& app, Deal& deal, std::string& selected) {
    auto found = std::find_if(deal.timeline.begin(), deal.timeline.end(), [&](const Touch& t) { return t.id == selected; });
    if (found == deal.timeline.end()) {
        ui::text_disabled(tr("timeline.select_hint"));
        return;
    }
    Touch& t = *found;
    std::optional<Moment>* stamp = &t.modified;
    const float em = ImGui::GetFontSize();
    const auto vendors = ui::vendor_choices(deal);

    ui::separator_text(tr("timeline.detail"));
    // Narrow: one column, every field as wide as the content.
    const bool narrow = ui::stacks(ImGui::GetContentRegionAvail().x);
    const float field = narrow ? -FLT_MIN : em * 9.0f;
    const float wide = narrow ? -FLT_MIN : -em * 6.0f;
    if (!ImGui::BeginTable("##touch_detail", narrow ? 1 : 2, ImGuiTableFlags_SizingStretchSame)) return;
    ImGui::TableNextColumn();
    std::optional<Moment> when = t.at; // a touch always has a date: emptying the field keeps it
    if (ui::edit_date(app, tr("timeline.when"), "touch_when", when, stamp, field) && when) t.at = *when;
    ui::edit_enum(app, tr("timeline.channel"), "touch_channel", t.channel, enum_label_keys<Channel>(), enum_count<Channel>(), stamp, field);
    ui::edit_enum(app, tr("timeline.direction"), "touch_direction", t.direction, enum_label_keys<Direction>(), enum_count<Direction>(),
                  stamp, field);
    ui::edit_reference(app, tr("timeline.vendor"), "touch_vendor", t.vendor, vendors, "—", stamp, field);
    ui::edit_text(app, tr("timeline.who"), "touch_who", t.who, stamp, field);
    ImGui::TableNextColumn(); // narrow: the next row of the one column
    ui::edit_text(app, tr("timeline.summary"), "touch_summary", t.summary, stamp, wide);
    bool has_offer = t.offer.has_value();
    if (ui::checkbox(tr("timeline.has_offer"), "touch_has_offer", &has_offer)) {
        if (has_offer)
            t.offer = Offer{};
        else
            t.offer.reset();
        t.modified = now_moment();
        note_change(app, "offer");
    }
    if (t.offer) {
        ui::edit_date(app, tr("timeline.offer_expiry"), "offer_expires", t.offer->expires, stamp, field);
        ui::edit_text(app, tr("timeline.offer_terms"), "offer_terms", t.offer->terms, stamp, wide);
    }
    const bool remove = ui::button(tr("timeline.delete"), "delete_touch");
    ImGui::EndTable();
    if (remove) {
        deal.timeline.erase(found);
        selected.clear();
        note_change(app, "delete touch");
    }
}

} // namespace setright::app
