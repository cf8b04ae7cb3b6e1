#include "corpus.h"

#include <array>
#include <cstdint>
#include <fmt/format.h>

namespace parley::test {

namespace {

constexpr std::array countries{"Japan",    "South Korea", "Canada",      "Mexico",
                               "Vietnam",  "India",       "Indonesia",   "Australia",
                               "Britain",  "Brazil",      "Switzerland", "Thailand",
                               "Malaysia", "Chile",       "Peru",        "Norway"};
constexpr std::array products{"steel",    "aluminum",       "automobiles", "auto parts",
                              "soybeans", "semiconductors", "rice",        "copper",
                              "lumber",   "beef",           "solar panels"};
constexpr std::array weekdays{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
constexpr std::array months{"January", "February", "March",     "April",   "May",      "June",
                            "July",    "August",   "September", "October", "November", "December"};

// A small deterministic generator: the same feed and item give the same words.
struct Dice {
    std::uint64_t state;
    explicit Dice(std::uint64_t seed) : state(seed * 0x9E3779B97F4A7C15ull + 1) {}
    std::uint64_t next() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    template <typename A> const char* pick(const A& a) { return a[next() % a.size()]; }
    int between(int lo, int hi) { return lo + static_cast<int>(next() % (hi - lo + 1)); }
};

std::string paragraph(Dice& d) {
    switch (d.next() % 5) {
    case 0:
        return fmt::format("{} will send its chief negotiator to Washington on {} for a {} round "
                           "of talks on tariffs, officials said.",
                           d.pick(countries), d.pick(weekdays),
                           std::array{"second", "third", "fourth", "fifth"}[d.next() % 4]);
    case 1:
        return fmt::format("The United States imposed a {} percent tariff on imports of {} in {}, "
                           "and exporters in {} have since cut shipments.",
                           d.between(10, 50), d.pick(products), d.pick(months), d.pick(countries));
    case 2:
        return fmt::format("The higher duties were paused for 90 days, and the pause runs out in "
                           "early {}, leaving little time for a deal on {}.",
                           d.pick(months), d.pick(products));
    case 3:
        return fmt::format("\"We hope to reach an agreement by the end of {},\" the trade minister "
                           "of {} told reporters on {}.",
                           d.pick(months), d.pick(countries), d.pick(weekdays));
    default:
        return fmt::format("Officials from {} and {} agreed to meet again at the working level "
                           "next week to discuss quotas for {} and rules of origin.",
                           d.pick(countries), d.pick(countries), d.pick(products));
    }
}

} // namespace

std::string corpus_title(int feed, int item) {
    Dice d(static_cast<std::uint64_t>(feed) * 100'003 + static_cast<std::uint64_t>(item));
    return fmt::format("{} and Washington weigh {} tariffs (desk {}, story {})", d.pick(countries),
                       d.pick(products), feed, item);
}

std::string corpus_feed(int feed, int items, int paragraphs) {
    const bool atom = feed % 2 == 1;
    std::string out;
    out.reserve(static_cast<std::size_t>(items) * (300 * paragraphs + 400));
    if (atom)
        out += fmt::format("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                           "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                           "<title>Trade Desk {0}</title>\n"
                           "<link href=\"https://desk{0}.example/\"/>\n"
                           "<id>urn:desk:{0}</id><updated>2025-06-02T08:00:00Z</updated>\n",
                           feed);
    else
        out += fmt::format("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                           "<rss version=\"2.0\"><channel>\n"
                           "<title>Trade Desk {0}</title>\n"
                           "<link>https://desk{0}.example/</link>\n",
                           feed);
    for (int i = 0; i < items; ++i) {
        Dice d(static_cast<std::uint64_t>(feed) * 7'919 + static_cast<std::uint64_t>(i) + 1);
        std::string body;
        for (int p = 0; p < paragraphs; ++p)
            body += "&lt;p&gt;" + paragraph(d) + "&lt;/p&gt;";
        const int day = 1 + i % 28;
        const int hour = (i * 7 + feed) % 24;
        if (atom)
            out += fmt::format("<entry><id>urn:desk:{0}:story:{1}</id><title>{2}</title>"
                               "<link href=\"https://desk{0}.example/story/{1}\"/>"
                               "<published>2025-05-{3:02}T{4:02}:00:00+09:00</published>"
                               "<author><name>Desk {0} staff</name></author>"
                               "<content type=\"html\">{5}</content></entry>\n",
                               feed, i, corpus_title(feed, i), day, hour, body);
        else
            out += fmt::format("<item><guid>desk-{0}-story-{1}</guid><title>{2}</title>"
                               "<link>https://desk{0}.example/story/{1}</link>"
                               "<pubDate>{3:02} May 2025 {4:02}:00:00 +0900</pubDate>"
                               "<description>{5}</description></item>\n",
                               feed, i, corpus_title(feed, i), day, hour, body);
    }
    out += atom ? "</feed>\n" : "</channel></rss>\n";
    return out;
}

} // namespace parley::test
