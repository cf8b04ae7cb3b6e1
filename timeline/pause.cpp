#include "timeline/pause.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace parley {

namespace {

// The bounding words the temporal engine writes in front of an end date.
constexpr std::array<std::string_view, 7> until_cues{"until ", "till ",  "'til ", "through ",
                                                     "thru ",  "up to ", "to "};

bool starts_with_word(std::string_view text, std::string_view cue) {
    if (text.size() < cue.size()) return false;
    for (std::size_t i = 0; i < cue.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != cue[i]) return false;
    return true;
}

} // namespace

DateValue shift_days(const DateValue& d, int n) {
    if (!d.known()) return d;
    return interval_value(*d.first + date::days{n}, *d.last + date::days{n});
}

bool is_until_date(const DateValue& d) {
    std::string_view text = d.text;
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    return std::any_of(until_cues.begin(), until_cues.end(),
                       [&](std::string_view cue) { return starts_with_word(text, cue); });
}

PauseTerms pause_terms(const Event& e, std::optional<date::sys_days> published) {
    PauseTerms t;
    t.duration_days = e.details.duration_days;
    if (t.duration_days && *t.duration_days <= 0) t.duration_days.reset();
    if (e.expires && e.expires->known()) {
        t.expires = *e.expires;
        // A pause dated by its end alone has no start of its own.
        const bool dated_by_end =
            e.date.first == e.expires->first && e.date.last == e.expires->last;
        if (e.date.known() && !is_until_date(e.date) && !dated_by_end) t.start = e.date;
    } else if (e.date.known()) {
        // Without a duration, a pause dated after its report is one that runs
        // until then; with one ("a 90-day pause from May 14"), it starts then.
        bool after_publication = published && *e.date.first > *published && !t.duration_days &&
                                 e.status != EventStatus::planned &&
                                 e.status != EventStatus::proposed;
        if (is_until_date(e.date) || after_publication)
            t.expires = e.date;
        else
            t.start = e.date;
    }
    if (t.start && t.duration_days && !t.expires) {
        // An interval covering exactly the pause states its whole period.
        auto span = (*t.start->last - *t.start->first).count() + 1;
        if (t.start->granularity == Granularity::interval && span == *t.duration_days) {
            t.expires = day_value(*t.start->last + date::days{1});
            t.start = day_value(*t.start->first, t.start->text);
        } else {
            t.expires = shift_days(*t.start, *t.duration_days);
        }
        t.expires->text.clear();
        t.expires_derived = true;
    }
    if (t.expires && t.duration_days && !t.start) {
        t.start = shift_days(*t.expires, -*t.duration_days);
        t.start->text.clear();
        t.start_derived = true;
    }
    return t;
}

} // namespace parley
