// study_fixture.hpp — the web-agency mystery-shopper study (DOMAIN.md, section 3).
//
// 28 requests, as the article's shares suggest: 16 answered by email (57.1%),
// 3 by phone (10.7%), 9 never (32.1%); 19 sent through a contact form (68%),
// 9 by email. The figures the article gives only as summaries are filled in
// with values chosen to reproduce them exactly:
//   response hours (19 replies, all sent Monday 2020-02-03 09:00 UTC): mean 48
//     ("about two days"), median 30;
//   prices (15 of the replies quote one, spread on a logarithmic scale):
//     median 400,000 and mean 500,000 roubles.
#pragma once

#include "core/model/model.hpp"
#include "core/model/moment.hpp"

#include <string>

namespace setright::test {

constexpr int kStudyReplyHours[19] = {1, 2, 3, 5, 8, 20, 24, 26, 28, 30, 48, 50, 72, 74, 96, 98, 120, 122, 85};
constexpr double kStudyPrices[15] = {80000,  120000, 150000, 200000, 250000, 300000,  350000, 400000,
                                     450000, 500000, 600000, 700000, 900000, 1200000, 1300000};

inline Study web_agency_study() {
    Study s;
    s.method = "Two industry ratings of St. Petersburg web studios; one request each through the site's contact form, "
               "or by email where the form was broken; phone pushes to a first meaningful contact.";
    const Moment sent = parse_moment("2020-02-03T09:00Z").value(); // a Monday
    for (int i = 0; i < 28; ++i) {
        StudyRequest r;
        r.id = "studio-" + std::to_string(i + 1);
        r.vendor = "Studio " + std::to_string(i + 1);
        r.channel = i % 3 == 2 ? Channel::Email : Channel::Form;
        r.sent_at = sent;
        if (i < 19) { // 0..15 email, 16..18 phone; 19..27 never answer
            r.first_reply_at = Moment{sent.minutes + kStudyReplyHours[i] * 60, true};
            r.reply_channel = i < 16 ? Channel::Email : (i == 18 ? Channel::Phone : Channel::Call);
        }
        if (i < 15) {
            r.quoted_price = kStudyPrices[i];
            r.materials.estimate = true;
        }
        r.materials.proposal = i < 10;
        r.materials.presentation = i < 8;
        r.materials.contract_template = i < 4;
        r.materials.portfolio = i < 12;
        r.followed_up = i == 0 || i == 1 || i == 16;
        s.requests.push_back(r);
    }
    return s;
}

} // namespace setright::test
