#include "cli/html_timeline.h"

#include "cli/event_text.h"
#include "cli/html.h"
#include "timeline/event_json.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <openssl/evp.h>
#include <sstream>

namespace parley {

namespace {

struct Lane {
    const char* name;
    std::vector<EventKind> kinds;
};

const std::array<Lane, 6> lanes{{
    {"Talks", {EventKind::talks}},
    {"Tariffs",
     {EventKind::tariff_announced, EventKind::tariff_imposed, EventKind::tariff_changed}},
    {"Pauses", {EventKind::tariff_paused}},
    {"Deals", {EventKind::deal}},
    {"Deadlines", {EventKind::deadline}},
    {"Statements", {EventKind::statement}},
}};

constexpr std::size_t deadlines_lane = 4;

// The last day a mark spans: a pause runs to its expiry.
date::sys_days last_day(const Event& e) {
    if (e.kind == EventKind::tariff_paused && e.expires && e.expires->known() &&
        *e.expires->first > *e.date.last)
        return *e.expires->first;
    return *e.date.last;
}

std::size_t lane_of(EventKind k) {
    for (std::size_t i = 0; i < lanes.size(); ++i)
        for (auto kind : lanes[i].kinds)
            if (kind == k) return i;
    return lanes.size() - 1;
}

// The page's only script, allowed by its hash in the Content-Security-Policy
// so that nothing else could run even if some text escaped escaping.
constexpr const char* script = R"js(
(function () {
  var panel = document.getElementById('detail');
  function show(mark) {
    var card = document.getElementById(mark.getAttribute('data-event'));
    if (!card) return;
    panel.innerHTML = '';
    panel.appendChild(card.cloneNode(true)).removeAttribute('id');
    var r = mark.getBoundingClientRect();
    panel.style.left = Math.max(8, Math.min(window.scrollX + r.left - 20, window.scrollX + document.documentElement.clientWidth - 440)) + 'px';
    panel.style.top = (window.scrollY + r.bottom + 8) + 'px';
    panel.hidden = false;
  }
  function hide() { panel.hidden = true; }
  document.querySelectorAll('.mark').forEach(function (mark) {
    mark.addEventListener('mouseenter', function () { show(mark); });
    mark.addEventListener('focus', function () { show(mark); });
    mark.addEventListener('mouseleave', hide);
    mark.addEventListener('blur', hide);
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
  document.documentElement.setAttribute('data-ready', 'yes');
})();
)js";

constexpr const char* style = R"css(
:root { color-scheme: light; --talks: #1f6feb; --tariffs: #cf222e; --pauses: #9a6700;
        --deals: #1a7f37; --deadlines: #8250df; --statements: #57606a; }
body { font: 15px/1.45 system-ui, sans-serif; margin: 24px; color: #1f2328; }
h1 { font-size: 1.4em; margin: 0 0 4px; }
p.meta { color: #57606a; margin: 0 0 16px; }
.chart { overflow-x: auto; border: 1px solid #d0d7de; border-radius: 6px; }
svg { display: block; }
.lane-label { font: 600 13px system-ui, sans-serif; fill: #1f2328; }
.lane-band { fill: #f6f8fa; }
.tick line { stroke: #d0d7de; }
.tick text { font: 11px system-ui, sans-serif; fill: #57606a; }
.today line { stroke: #cf222e; stroke-width: 2; stroke-dasharray: 4 3; }
.today text { font: 600 11px system-ui, sans-serif; fill: #cf222e; }
.mark circle, .mark rect { stroke-width: 2; }
.mark.planned circle, .mark.planned rect, .mark.proposed circle, .mark.proposed rect { fill: #fff; }
.mark.proposed circle, .mark.proposed rect { stroke-dasharray: 3 2; }
.mark.rejected, .mark.cancelled { opacity: .45; }
.mark:focus { outline: none; }
.mark:focus circle, .mark:focus rect, .mark:hover circle, .mark:hover rect { stroke: #1f2328; stroke-width: 3; }
.lane0 { fill: var(--talks); stroke: var(--talks); } .lane1 { fill: var(--tariffs); stroke: var(--tariffs); }
.lane2 { fill: var(--pauses); stroke: var(--pauses); } .lane3 { fill: var(--deals); stroke: var(--deals); }
.lane4 { fill: var(--deadlines); stroke: var(--deadlines); } .lane5 { fill: var(--statements); stroke: var(--statements); }
.legend { margin: 10px 0 20px; color: #57606a; font-size: 13px; }
#detail { position: absolute; width: 420px; background: #fff; border: 1px solid #8c959f;
          border-radius: 6px; box-shadow: 0 8px 24px rgba(0,0,0,.15); padding: 4px 12px; z-index: 10; }
.events { list-style: none; padding: 0; }
.event { border-left: 4px solid #d0d7de; padding: 4px 12px; margin: 0 0 12px; }
.event:target { background: #fff8c5; }
.event h3 { font-size: 1em; margin: 0; }
.event .when { color: #57606a; font-variant-numeric: tabular-nums; }
.status { display: inline-block; font-size: 12px; border: 1px solid #8c959f; border-radius: 10px; padding: 0 6px; }
.sources { margin: 4px 0 0; padding-left: 18px; font-size: 14px; }
.sources q { color: #424a53; }
.event .id { color: #57606a; font-size: 12px; font-family: ui-monospace, monospace; }
.mark.expiry rect, .mark.expiry circle { fill: #fff; stroke-dasharray: 2 2; }
@media print {
  body { margin: 0; } #detail { display: none; } .chart { overflow: visible; border: none; }
  .event { break-inside: avoid; } a { color: inherit; }
}
)css";

std::string sha256_base64(const std::string& text) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr);
    unsigned char encoded[4 * ((EVP_MAX_MD_SIZE + 2) / 3) + 1];
    int n = EVP_EncodeBlock(encoded, digest, static_cast<int>(length));
    return std::string(reinterpret_cast<char*>(encoded), static_cast<std::size_t>(n));
}

std::string status_label(EventStatus s) {
    return std::string(to_string(s));
}

// `due` heads an agenda's card: what falls due and when.
std::string card(const Event& e, const Deadline* due = nullptr) {
    std::ostringstream out;
    out << "<li class=\"event\"";
    if (!due) out << " id=\"e" << e.id << "\"";
    out << ">\n<h3><span class=\"when\">";
    if (due)
        out << html_escape(deadline_label(due->what) + " " + date_label(due->due)) << "</span> ";
    else
        out << html_escape(date_label(e.date)) << "</span> ";
    out << html_escape(event_summary(e)) << " <span class=\"status\">" << status_label(e.status)
        << "</span></h3>\n";
    if (!e.date.text.empty()) out << "<div>dated by “" << html_escape(e.date.text) << "”</div>\n";
    if (due && due->moved_from)
        out << "<div>moved from " << html_escape(date_label(*due->moved_from)) << "</div>\n";
    if (e.kind == EventKind::tariff_paused && e.expires && e.expires->known())
        out << "<div>expires " << html_escape(date_label(*e.expires)) << "</div>\n";
    out << "<div class=\"id\">event " << html_escape(e.id) << "</div>\n";
    for (const auto& c : e.conflicts) {
        out << "<div>sources disagree on " << html_escape(c.field) << ":";
        for (const auto& v : c.values)
            out << " " << html_escape(v);
        out << "</div>\n";
    }
    out << "<ul class=\"sources\">\n";
    for (const auto& s : e.sources) {
        out << "<li>";
        std::string href = safe_href(s.url);
        std::string label = html_escape(s.title.empty() ? s.url : s.title);
        if (!href.empty())
            out << "<a href=\"" << href << "\" rel=\"noopener noreferrer\">" << label << "</a>";
        else
            out << label;
        if (!s.outlet.empty()) out << " — " << html_escape(s.outlet);
        if (s.published) out << ", " << iso_instant(*s.published).substr(0, 10);
        if (!s.evidence.sentence.empty())
            out << "<br><q>" << html_escape(s.evidence.sentence) << "</q>";
        out << "</li>\n";
    }
    out << "</ul></li>\n";
    return out.str();
}

std::string page(const std::string& title, const std::string& body, bool with_script) {
    std::string csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    if (with_script) csp += "; script-src 'sha256-" + sha256_base64(script) + "'";
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"" << csp << "\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"parley\">\n"
        << "<title>" << html_escape(title) << "</title>\n<style>" << style
        << "</style>\n</head>\n<body>\n"
        << body;
    if (with_script) out << "<script>" << script << "</script>\n";
    out << "</body>\n</html>\n";
    return out.str();
}

std::string month_label(date::sys_days d) {
    static const char* names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    date::year_month_day ymd{d};
    std::string s = names[unsigned(ymd.month()) - 1];
    if (unsigned(ymd.month()) == 1) s += " " + std::to_string(int(ymd.year()));
    return s;
}

} // namespace

std::string timeline_html(const std::vector<Event>& events, date::sys_days today,
                          const std::string& title) {
    using date::days;
    std::vector<const Event*> dated;
    for (const auto& e : events)
        if (e.date.known()) dated.push_back(&e);

    std::ostringstream body;
    body << "<h1>" << html_escape(title) << "</h1>\n<p class=\"meta\">" << events.size()
         << (events.size() == 1 ? " event" : " events") << ", " << dated.size()
         << " dated; today is " << iso_day(today) << ".</p>\n";

    if (!dated.empty()) {
        date::sys_days lo = *dated.front()->date.first, hi = *dated.front()->date.last;
        for (const auto* e : dated) {
            lo = std::min(lo, *e->date.first);
            hi = std::max(hi, last_day(*e));
        }
        // Show today's line when today is near the events; a far-off today would squash them.
        bool today_shown = today >= lo - days{90} && today <= hi + days{90};
        if (today_shown) {
            lo = std::min(lo, today);
            hi = std::max(hi, today);
        }
        lo = date::sys_days{date::year_month_day{lo - days{3}}.year() /
                            date::year_month_day{lo - days{3}}.month() / 1};
        hi = hi + days{10};
        double span = static_cast<double>((hi - lo).count());
        // About 60 px a month, so month labels never collide; the chart scrolls.
        const double left = 120, width = std::max(1000.0, 2.0 * span), right = 20;
        auto x = [&](date::sys_days d) {
            return left + width * static_cast<double>((d - lo).count()) / span;
        };

        // A mark per dated event, and one more in the deadlines lane for
        // each pause's expiry.
        struct Mark {
            const Event* event;
            std::size_t lane;
            date::sys_days first, last;
            bool expiry;
        };
        std::vector<Mark> order;
        for (const auto* e : dated) {
            order.push_back({e, lane_of(e->kind), *e->date.first, last_day(*e), false});
            if (e->kind == EventKind::tariff_paused && e->expires && e->expires->known())
                order.push_back({e, deadlines_lane, *e->expires->first, *e->expires->last, true});
        }
        std::stable_sort(order.begin(), order.end(),
                         [](const Mark& a, const Mark& b) { return a.first < b.first; });
        // Rows inside each lane so marks that would overlap stack instead.
        std::map<std::size_t, std::vector<double>> row_ends;     // lane -> end x of each row
        std::vector<std::pair<std::size_t, std::size_t>> placed; // lane, row per mark
        for (const auto& m : order) {
            std::size_t lane = m.lane;
            double x0 = x(m.first) - 9, x1 = std::max(x(m.last + days{1}), x0 + 18) + 2;
            auto& ends = row_ends[lane];
            std::size_t row = 0;
            while (row < ends.size() && ends[row] > x0)
                ++row;
            if (row == ends.size()) ends.push_back(0);
            ends[row] = x1;
            placed.emplace_back(lane, row);
        }
        std::array<double, lanes.size()> lane_top{}, lane_height{};
        double y = 30;
        for (std::size_t i = 0; i < lanes.size(); ++i) {
            std::size_t rows = std::max<std::size_t>(1, row_ends[i].size());
            lane_top[i] = y;
            lane_height[i] = 20.0 + 20.0 * static_cast<double>(rows);
            y += lane_height[i] + 6;
        }
        double height = y + 4;

        body << "<div class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
             << left + width + right << "\" height=\"" << height << "\" viewBox=\"0 0 "
             << left + width + right << " " << height << "\" role=\"img\" aria-label=\"Timeline of "
             << dated.size() << " events\">\n";
        for (std::size_t i = 0; i < lanes.size(); ++i) {
            body << "<g class=\"lane\" data-lane=\"" << lanes[i].name
                 << "\"><rect class=\"lane-band\" x=\"0\" y=\"" << lane_top[i] << "\" width=\""
                 << left + width + right << "\" height=\"" << lane_height[i]
                 << "\"/><text class=\"lane-label\" x=\"10\" y=\""
                 << lane_top[i] + lane_height[i] / 2 + 4 << "\">" << lanes[i].name
                 << "</text></g>\n";
        }
        for (date::year_month ym =
                 date::year_month_day{lo}.year() / date::year_month_day{lo}.month();
             date::sys_days{ym / 1} <= hi; ym += date::months{1}) {
            double tx = x(date::sys_days{ym / 1});
            body << "<g class=\"tick\"><line x1=\"" << tx << "\" x2=\"" << tx
                 << "\" y1=\"22\" y2=\"" << height << "\"/>";
            // A label that would run off the chart's right edge is left off.
            if (tx + 56 <= left + width + right)
                body << "<text x=\"" << tx + 3 << "\" y=\"16\">"
                     << month_label(date::sys_days{ym / 1}) << "</text>";
            body << "</g>\n";
        }
        if (today_shown) {
            double tx = x(today);
            body << "<g class=\"today\"><line x1=\"" << tx << "\" x2=\"" << tx
                 << "\" y1=\"22\" y2=\"" << height << "\"/><text x=\"" << tx + 3 << "\" y=\""
                 << height - 4 << "\">today</text></g>\n";
        }
        for (std::size_t k = 0; k < order.size(); ++k) {
            const Mark& m = order[k];
            const Event& e = *m.event;
            auto [lane, row] = placed[k];
            double cy = lane_top[lane] + 20 + 20.0 * static_cast<double>(row);
            std::string label = (m.expiry ? "pause expires " + date_label(*e.expires) + " — "
                                          : date_label(e.date) + " — ") +
                                event_summary(e) + " [" + status_label(e.status) + "], " +
                                std::to_string(e.sources.size()) +
                                (e.sources.size() == 1 ? " source" : " sources");
            body << "<a class=\"mark " << status_label(e.status) << (m.expiry ? " expiry" : "")
                 << "\" href=\"#e" << e.id << "\" data-event=\"e" << e.id << "\" aria-label=\""
                 << html_escape(label) << "\"><title>" << html_escape(label) << "</title>";
            bool bar = m.last > m.first && (m.expiry || e.kind == EventKind::tariff_paused ||
                                            (e.date.granularity != Granularity::day &&
                                             e.date.granularity != Granularity::time));
            if (bar) {
                double x0 = x(m.first), x1 = x(m.last + days{1});
                body << "<rect class=\"lane" << lane << "\" x=\"" << x0 << "\" y=\"" << cy - 6
                     << "\" width=\"" << std::max(x1 - x0, 4.0) << "\" height=\"12\" rx=\"4\"/>";
            } else {
                body << "<circle class=\"lane" << lane << "\" cx=\""
                     << x(m.first) + 0.5 * width / span << "\" cy=\"" << cy << "\" r=\"7\"/>";
            }
            body << "</a>\n";
        }
        body << "</svg></div>\n";
        body << "<p class=\"legend\">Filled: held or reported. Hollow: planned. Dashed: proposed. "
                "Faded: rejected or cancelled. Bars span the days a date covers. "
                "Hover, or Tab to a mark, for its sources.</p>\n";
    }
    body << "<div id=\"detail\" hidden></div>\n<ol class=\"events\">\n";
    for (const auto& e : events)
        body << card(e);
    body << "</ol>\n";
    return page(title, body.str(), true);
}

std::string agenda_html(const std::vector<DeadlineEntry>& deadlines, date::sys_days from,
                        date::sys_days to) {
    std::ostringstream body;
    std::string title = "Deadlines from " + iso_day(from) + " to " + iso_day(to);
    body << "<h1>" << html_escape(title) << "</h1>\n";
    std::map<date::sys_days, std::vector<const DeadlineEntry*>> by_day;
    for (const auto& d : deadlines)
        if (d.deadline.due.known()) by_day[std::max(*d.deadline.due.first, from)].push_back(&d);
    if (by_day.empty()) body << "<p class=\"meta\">No deadlines in this period.</p>\n";
    for (const auto& [day, list] : by_day) {
        body << "<section><h2>" << date::format("%A %e %B %Y", day)
             << "</h2>\n<ol class=\"events\">\n";
        for (const auto* d : list)
            body << card(d->event, &d->deadline);
        body << "</ol></section>\n";
    }
    return page(title, body.str(), false);
}

} // namespace parley
