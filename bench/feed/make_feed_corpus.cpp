// Writes the feed-parsing benchmark corpus: 200 feeds of 50 items each, a
// quarter each RSS 2.0, Atom 1.0, RSS 1.0 (RDF) and JSON Feed 1.1, every
// item 150-400 words of wire-style trade copy with some HTML markup.
// Deterministic: the same corpus on every machine and run.
//
//   make_feed_corpus DIR [FEEDS] [ITEMS]

#include "ingest/feed/xml_text.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace {

// A small fixed PRNG (splitmix64): std::mt19937's distributions differ
// between standard libraries, this does not.
struct Random {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& a) {
        return a[below(N)];
    }
};

constexpr std::array<std::string_view, 12> places{
    "TOKYO",   "WASHINGTON", "BRUSSELS",    "GENEVA",   "OTTAWA",    "SEOUL",
    "BEIJING", "LONDON",     "MEXICO CITY", "CANBERRA", "NEW DELHI", "JAKARTA"};
constexpr std::array<std::string_view, 10> officials{"the trade minister",
                                                     "the chief negotiator",
                                                     "a senior official",
                                                     "the economy minister",
                                                     "the commerce secretary",
                                                     "a government spokesperson",
                                                     "the deputy trade representative",
                                                     "the finance minister",
                                                     "an industry association",
                                                     "the customs agency"};
constexpr std::array<std::string_view, 10> goods{
    "steel", "aluminum",     "automobiles",     "auto parts", "semiconductors",
    "rice",  "solar panels", "pharmaceuticals", "lumber",     "shipbuilding equipment"};
constexpr std::array<std::string_view, 8> verbs{
    "said on Tuesday", "told reporters", "confirmed",           "said in a statement",
    "noted",           "added",          "said late on Friday", "wrote in a filing"};
constexpr std::array<std::string_view, 12> clauses{
    "that the next round of talks would take place within two weeks",
    "that the tariff on {g} would stay at {r} percent until the review ends",
    "that both sides had narrowed their differences on {g}",
    "that a 90-day pause on the additional duties would expire in early July",
    "that no agreement on {g} was expected before the summit",
    "that negotiators would meet again in {p} at the working level",
    "that the quota for {g} would be raised to {q} tonnes a year",
    "that the government was preparing retaliatory measures on {g}",
    "that the framework deal still needed approval by parliament",
    "that exporters of {g} had asked for a longer transition period",
    "that the ministerial meeting had been moved to the following Friday",
    "that the baseline rate of {r} percent applied to all partners"};

std::string fill(std::string_view clause, Random& rnd) {
    std::string out;
    for (std::size_t i = 0; i < clause.size(); ++i) {
        if (clause[i] == '{' && i + 2 < clause.size() && clause[i + 2] == '}') {
            switch (clause[i + 1]) {
            case 'g':
                out += rnd.pick(goods);
                break;
            case 'p':
                out += rnd.pick(places);
                break;
            case 'r':
                out += std::to_string(5 + rnd.below(8) * 5);
                break;
            case 'q':
                out += std::to_string(10000 * (1 + rnd.below(50)));
                break;
            }
            i += 2;
        } else {
            out += clause[i];
        }
    }
    return out;
}

std::size_t words(std::string_view s) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : s) {
        const bool space = c == ' ' || c == '\n';
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

// Paragraphs of HTML, 150-400 words in all.
std::string body_html(Random& rnd, std::string_view place) {
    const std::size_t target = 150 + rnd.below(251);
    std::string html, plain;
    std::size_t count = 0;
    bool first = true;
    while (count < target) {
        std::string para;
        const std::size_t sentences = 2 + rnd.below(3);
        for (std::size_t s = 0; s < sentences; ++s) {
            std::string sentence = std::string(rnd.pick(officials)) + " " +
                                   std::string(rnd.pick(verbs)) + " " +
                                   fill(rnd.pick(clauses), rnd) + ".";
            sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
            if (first) {
                sentence = std::string(place) + " (Parley Wire) &#8211; " + sentence;
                first = false;
            }
            if (rnd.below(5) == 0) sentence = "<b>" + sentence + "</b>";
            para += (s ? " " : "") + sentence;
            count += words(sentence);
        }
        html += "<p>" + para + "</p>\n";
    }
    return html;
}

std::string json_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

struct Item {
    std::string title, link, id, html, summary, date_rfc822, date_iso;
};

Item make_item(Random& rnd, int feed, int n) {
    Item it;
    const std::string_view place = rnd.pick(places);
    it.title = std::string(rnd.pick(goods)) + " talks: " + fill(rnd.pick(clauses), rnd).substr(5);
    it.link = "https://wire" + std::to_string(feed) + ".example/trade/2025/" + std::to_string(n);
    it.id = "tag:wire" + std::to_string(feed) + ".example,2025:" + std::to_string(n);
    it.html = body_html(rnd, place);
    it.summary = std::string(place) + ": " + it.title;
    const int day = 1 + static_cast<int>(rnd.below(28)), hour = static_cast<int>(rnd.below(24));
    char buf[64];
    std::snprintf(buf, sizeof buf, "Tue, %02d May 2025 %02d:%02d:00 +0900", day, hour,
                  static_cast<int>(rnd.below(60)));
    it.date_rfc822 = buf;
    std::snprintf(buf, sizeof buf, "2025-05-%02dT%02d:15:00+09:00", day, hour);
    it.date_iso = buf;
    return it;
}

std::string rss(Random& rnd, int feed, int items) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                      "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n<title>Parley "
                      "Wire " +
                      std::to_string(feed) + "</title>\n<link>https://wire" + std::to_string(feed) +
                      ".example/</link>\n";
    for (int n = 0; n < items; ++n) {
        const Item it = make_item(rnd, feed, n);
        out += "<item>\n<title>" + parley::xml_escaped(it.title) + "</title>\n<link>" + it.link +
               "</link>\n<guid isPermaLink=\"false\">" + it.id + "</guid>\n<pubDate>" +
               it.date_rfc822 + "</pubDate>\n<dc:creator>Desk " + std::to_string(feed) +
               "</dc:creator>\n<description>" + parley::xml_escaped(it.summary) +
               "</description>\n<content:encoded><![CDATA[" + it.html +
               "]]></content:encoded>\n</item>\n";
    }
    return out + "</channel>\n</rss>\n";
}

std::string atom(Random& rnd, int feed, int items) {
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed "
                      "xmlns=\"http://www.w3.org/2005/Atom\">\n<title>Parley Wire " +
                      std::to_string(feed) + "</title>\n<link href=\"https://wire" +
                      std::to_string(feed) + ".example/\"/>\n<id>tag:wire" + std::to_string(feed) +
                      ".example,2025:feed</id>\n<updated>2025-05-30T00:00:00Z</updated>\n";
    for (int n = 0; n < items; ++n) {
        const Item it = make_item(rnd, feed, n);
        out += "<entry>\n<title>" + parley::xml_escaped(it.title) + "</title>\n<link href=\"" +
               it.link + "\"/>\n<id>" + it.id + "</id>\n<published>" + it.date_iso +
               "</published>\n<updated>" + it.date_iso + "</updated>\n<author><name>Desk " +
               std::to_string(feed) + "</name></author>\n<summary>" +
               parley::xml_escaped(it.summary) + "</summary>\n<content type=\"html\">" +
               parley::xml_escaped(it.html) + "</content>\n</entry>\n";
    }
    return out + "</feed>\n";
}

std::string rdf(Random& rnd, int feed, int items) {
    std::string out =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF "
        "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
        "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "<channel rdf:about=\"https://wire" +
        std::to_string(feed) + ".example/rss\">\n<title>Parley Wire " + std::to_string(feed) +
        "</title>\n<link>https://wire" + std::to_string(feed) + ".example/</link>\n</channel>\n";
    for (int n = 0; n < items; ++n) {
        const Item it = make_item(rnd, feed, n);
        out += "<item rdf:about=\"" + it.link + "\">\n<title>" + parley::xml_escaped(it.title) +
               "</title>\n<link>" + it.link + "</link>\n<dc:date>" + it.date_iso +
               "</dc:date>\n<description>" + parley::xml_escaped(it.html) +
               "</description>\n</item>\n";
    }
    return out + "</rdf:RDF>\n";
}

std::string json_feed(Random& rnd, int feed, int items) {
    std::string out =
        "{\n\"version\": \"https://jsonfeed.org/version/1.1\",\n\"title\": \"Parley Wire " +
        std::to_string(feed) + "\",\n\"home_page_url\": \"https://wire" + std::to_string(feed) +
        ".example/\",\n\"items\": [\n";
    for (int n = 0; n < items; ++n) {
        const Item it = make_item(rnd, feed, n);
        out += std::string(n ? ",\n" : "") + "{\"id\": \"" + it.id + "\", \"url\": \"" + it.link +
               "\", \"title\": \"" + json_escape(it.title) + "\", \"summary\": \"" +
               json_escape(it.summary) + "\", \"content_html\": \"" + json_escape(it.html) +
               "\", \"date_published\": \"" + it.date_iso + "\", \"authors\": [{\"name\": \"Desk " +
               std::to_string(feed) + "\"}]}";
    }
    return out + "\n]\n}\n";
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: make_feed_corpus DIR [FEEDS] [ITEMS]\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    const int feeds = argc > 2 ? std::stoi(argv[2]) : 200;
    const int items = argc > 3 ? std::stoi(argv[3]) : 50;
    std::filesystem::create_directories(dir);
    Random rnd{20250520};
    for (int f = 0; f < feeds; ++f) {
        std::string name, text;
        switch (f % 4) {
        case 0:
            name = "rss", text = rss(rnd, f, items);
            break;
        case 1:
            name = "atom", text = atom(rnd, f, items);
            break;
        case 2:
            name = "rdf", text = rdf(rnd, f, items);
            break;
        default:
            name = "json", text = json_feed(rnd, f, items);
            break;
        }
        char file[64];
        std::snprintf(file, sizeof file, "feed-%03d-%s.%s", f, name.c_str(),
                      name == "json" ? "json" : "xml");
        std::ofstream(dir / file, std::ios::binary) << text;
    }
    return 0;
}
