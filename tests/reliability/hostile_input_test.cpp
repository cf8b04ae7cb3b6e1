// Hostile feeds and hostile servers, through the real `parley` binary. Each
// must end within a bounded time and memory (measured with getrusage on the
// child) with a clear one-line status on that feed, never a crash.

#include "corpus.h"
#include "feed_host.h"
#include "workspace.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace parley::test;
using Catch::Contains;
using Catch::StartsWith;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

FeedHost& host() {
    static FeedHost h(5);
    return h;
}

// What parley's own process costs at rest, to judge the hostile cases
// against: a pull of one small feed.
constexpr long baseline_limit_kb = 64 * 1024;

struct Pulled {
    ChildResult run;
    json feed; // as `feed list --format json` shows it
};

// Adds `url` to a fresh store, pulls it, and reads the feed back.
Pulled pull_one(const Workspace& ws, const std::string& url) {
    ws.add_feeds({url});
    Pulled p;
    p.run = ws.parley({"pull", "--quiet"});
    auto list = ws.parley({"feed", "list", "--format", "json"});
    REQUIRE(list.exit_code == 0);
    p.feed = json::parse(list.out).at(0);
    return p;
}

// Never killed by a signal, never a sanitizer report.
void no_crash(const ChildResult& r) {
    INFO(r.err);
    CHECK(r.exit_code < 128);
    CHECK_FALSE(r.timed_out);
    CHECK_THAT(r.err, !Contains("Sanitizer") && !Contains("runtime error"));
}

// Bounded work (CPU time, which the machine's load does not inflate) and
// memory (peak resident set); the wall clock is bounded by the deadline the
// child runs under, and checked where waiting is the point (trickle, endless).
void bounded(const ChildResult& r, std::chrono::milliseconds cpu, long rss_mb) {
    INFO("took " << r.wall.count() << " ms (" << r.cpu.count() << " ms CPU), peak RSS "
                 << r.max_rss_kb / 1024 << " MB");
    CHECK(r.cpu < cpu * slowdown());
    CHECK(r.max_rss_kb < rss_mb * 1024 * slowdown());
}

void failed_with(const Pulled& p, const std::string& message) {
    no_crash(p.run);
    CHECK(p.run.exit_code == 1);
    CHECK(p.feed["status"] == "error");
    REQUIRE(p.feed["message"].is_string());
    const std::string m = p.feed["message"];
    CHECK_THAT(m, Contains(message));
    CHECK(m.find('\n') == std::string::npos);
    CHECK(p.feed["articles"] == 0);
}

bool valid_utf8(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = b < 0x80         ? 1
                        : (b >> 5) == 6  ? 2
                        : (b >> 4) == 14 ? 3
                        : (b >> 3) == 30 ? 4
                                         : 0;
        if (n == 0 || i + n > s.size()) return false;
        std::uint32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
        for (std::size_t k = 1; k < n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n;
    }
    return true;
}

// What a terminal must never be sent from feed text: C0 controls but the
// newline, DEL, C1 controls, and bidirectional overrides.
void terminal_clean(const std::string& shown) {
    INFO(json(shown).dump(-1, ' ', false, json::error_handler_t::replace));
    CHECK(valid_utf8(shown));
    for (unsigned char c : shown)
        if (c != '\n') {
            CHECK(c >= 0x20);
            CHECK(c != 0x7f);
        }
    for (unsigned c1 = 0x80; c1 <= 0x9f; ++c1)
        CHECK(shown.find(std::string{'\xc2', static_cast<char>(c1)}) == std::string::npos);
    for (const char* bidi :
         {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"})
        CHECK(shown.find(bidi) == std::string::npos);
}

std::string rss(const std::string& items, const std::string& channel_title = "Hostile Desk") {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>" +
           channel_title + "</title><link>https://hostile.example/</link>" + items +
           "</channel></rss>\n";
}

std::string item(const std::string& guid, const std::string& title,
                 const std::string& description) {
    return "<item><guid>" + guid + "</guid><title>" + title + "</title><link>https://hostile" +
           ".example/" + guid + "</link><pubDate>Tue, 20 May 2025 09:00:00 +0900</pubDate>" +
           "<description>" + description + "</description></item>";
}

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i)
        out += s;
    return out;
}

} // namespace

TEST_CASE("an endless body is cut at the 20 MB cap: bounded time and memory, one error") {
    Workspace ws;
    const std::size_t sent_before = host().endless_bytes_sent();
    auto p = pull_one(ws, host().url("/endless"));
    failed_with(p, "response larger than 20 MB, abandoned");
    bounded(p.run, 2s, 100);
    CHECK(p.run.wall < 60s);
    // The server stopped being read soon after the cap, far short of its 2 GB.
    CHECK(host().endless_bytes_sent() - sent_before < 64u << 20);
}

TEST_CASE("a gzip bomb (1 MB inflating to 1 GB) stops at the cap after decompression") {
    REQUIRE(gzip_bomb().size() < 2u << 20);
    Workspace ws;
    auto p = pull_one(ws, host().url("/bomb"));
    failed_with(p, "response larger than 20 MB, abandoned");
    bounded(p.run, 2s, 100);
}

TEST_CASE("a billion-laughs DOCTYPE expands to nothing like a billion") {
    std::string entities = "<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        std::string prev = i == 1 ? "lol" : "lol" + std::to_string(i - 1);
        entities +=
            "<!ENTITY lol" + std::to_string(i) + " \"" + repeat("&" + prev + ";", 10) + "\">\n";
    }
    // And its quadratic cousin: one 100 KB entity referenced 100,000 times.
    const std::string big = "<!ENTITY big \"" + std::string(100'000, 'x') + "\">\n";
    const std::string doc =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n" + entities + big + "]>\n" +
        "<rss version=\"2.0\"><channel><title>&lol9;</title>" + item("laughs", "&lol9;", "&lol9;") +
        item("quadratic", "Seoul talks", repeat("&big;", 100'000)) + "</channel></rss>\n";
    for (bool via_http : {false, true}) {
        INFO((via_http ? "pull" : "ingest"));
        Workspace ws;
        ChildResult r;
        if (via_http) {
            host().put("laughs.xml", {doc});
            ws.add_feeds({host().url("/doc/laughs.xml")});
            r = ws.parley({"pull", "--quiet"});
        } else {
            write_file(ws.dir / "laughs.xml", doc);
            r = ws.parley({"ingest", (ws.dir / "laughs.xml").string()});
        }
        no_crash(r);
        bounded(r, 1s, 64);
        // Whatever was kept is small: no field near a billion "lol"s.
        if (r.exit_code == 0) {
            CHECK(ws.count("SELECT max(length(title) + length(text)) FROM articles") <
                  16 * 1024 * 1024);
            CHECK(ws.count("SELECT length(title) FROM feeds") < 16 * 1024 * 1024);
        }
        auto list = json::parse(ws.parley({"feed", "list", "--format", "json"}).out);
        CHECK(list.at(0)["status"] != "new");
    }
}

TEST_CASE("nesting 100000 deep, in every place a feed can nest, neither crashes nor stalls") {
    const std::size_t depth = 100'000;
    struct Case {
        const char* name;
        std::string doc;
    };
    const std::string open_divs = repeat("<div>", depth), close_divs = repeat("</div>", depth);
    const std::vector<Case> cases{
        {"XML elements inside a description",
         rss(item("deep-xml", "Deep", open_divs + "Seoul" + close_divs))},
        {"escaped HTML inside a description",
         rss(item("deep-html", "Deep",
                  repeat("&lt;div&gt;", depth) + "Seoul" + repeat("&lt;/div&gt;", depth)))},
        {"HTML in CDATA, never closed",
         rss(item("deep-cdata", "Deep", "<![CDATA[" + repeat("<b><i>", depth) + "Seoul]]>"))},
        {"unknown elements around the items",
         "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title>" +
             repeat("<x>", depth) + item("deep-around", "Deep", "Seoul") + repeat("</x>", depth) +
             "</channel></rss>"},
        {"an item's elements, never closed", rss(repeat("<item><title>", depth))},
        {"Atom XHTML content",
         "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Deep</title>"
         "<entry><id>urn:deep</id><title>Deep</title><content type=\"xhtml\">"
         "<div xmlns=\"http://www.w3.org/1999/xhtml\">" +
             open_divs + "Seoul" + close_divs + "</div></content></entry></feed>"},
        {"a JSON Feed nested in arrays",
         "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Deep\", \"items\": "
         "[{\"id\": \"1\", \"content_text\": \"Seoul\", \"x\": " +
             repeat("[", depth) + repeat("]", depth) + "}]}"},
        {"a JSON Feed nested in objects",
         "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\": \"1\", "
         "\"content_text\": \"Seoul\", \"x\": " +
             repeat("{\"a\":", depth) + "1" + repeat("}", depth) + "}]}"},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        Workspace ws;
        write_file(ws.dir / "deep.xml", c.doc);
        auto r = ws.parley({"ingest", (ws.dir / "deep.xml").string()});
        no_crash(r);
        bounded(r, 1s, 128);
        // A clear line on the outcome: stored (perhaps with a warning) or why not.
        CHECK(std::count(r.out.begin(), r.out.end(), '\n') +
                  std::count(r.err.begin(), r.err.end(), '\n') ==
              1);
    }
}

TEST_CASE("a 50 MB single line is refused at the cap, by pull and by ingest") {
    const std::string line = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>" +
                             std::string(50u << 20, 'a') + "</title></item></channel></rss>";
    Workspace ws;
    write_file(ws.dir / "line.xml", line);
    auto r = ws.parley({"ingest", (ws.dir / "line.xml").string()});
    no_crash(r);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Contains("larger than 20 MB, not read"));
    bounded(r, 1s, 100);

    host().put("line.xml", {line});
    Workspace pulled;
    auto p = pull_one(pulled, host().url("/doc/line.xml"));
    failed_with(p, "response larger than 20 MB, abandoned");
    bounded(p.run, 1s, 100);
}

TEST_CASE("a 19 MB feed on a single line is read in bounded time and memory") {
    // One item with a 19 MB description, and 60,000 small items, each on one line.
    const std::string one_item =
        rss(item("long", "Seoul talks", repeat("tariff talks resume on Friday ", 19u << 20 >> 5)));
    std::string items;
    for (int i = 0; i < 60'000; ++i)
        items += "<item><guid>g" + std::to_string(i) + "</guid><title>Talks " + std::to_string(i) +
                 "</title><description>Officials met on Friday.</description></item>";
    const std::string many = rss(items);
    for (const auto& [body, stored] : {std::pair{&one_item, 1}, std::pair{&many, 60'000}}) {
        REQUIRE(body->size() < 20u << 20);
        REQUIRE(body->find('\n', 60) == body->size() - 1);
        Workspace ws;
        write_file(ws.dir / "line.xml", *body);
        auto r = ws.parley({"ingest", (ws.dir / "line.xml").string()});
        no_crash(r);
        CHECK(r.exit_code == 0);
        bounded(r, 20s, 300);
        CHECK(ws.count("SELECT count(*) FROM articles") == stored);
    }
}

TEST_CASE("five million entity references are decoded in linear time") {
    const std::string doc =
        rss(item("amp", "Entities", repeat("&amp;", 2'000'000) + repeat("&#x263A;", 1'000'000)));
    Workspace ws;
    write_file(ws.dir / "amp.xml", doc);
    auto r = ws.parley({"ingest", (ws.dir / "amp.xml").string()});
    no_crash(r);
    CHECK(r.exit_code == 0);
    bounded(r, 2s, 200);
}

TEST_CASE("invalid UTF-8 in every field is stored and printed as valid UTF-8") {
    const std::string bad = "\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\xed\xa0\x80\xc0"
                            "\xaf";
    const std::string doc = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\">"
                            "<channel><title>Desk " +
                            bad + "</title><link>https://hostile.example/" + bad +
                            "</link>"
                            "<item><guid>g-" +
                            bad + "</guid><title>Seoul " + bad + " talks</title><link>" +
                            "https://hostile.example/a" + bad + "</link><author>desk@" + bad +
                            " (Desk " + bad + ")</author><description>Talks " + bad +
                            " resume on Friday.</description></item></channel></rss>\n";
    for (bool via_http : {false, true}) {
        INFO((via_http ? "pull" : "ingest"));
        Workspace ws;
        ChildResult r;
        if (via_http) {
            host().put("bad-utf8.xml", {doc});
            ws.add_feeds({host().url("/doc/bad-utf8.xml")});
            r = ws.parley({"pull", "--quiet"});
        } else {
            write_file(ws.dir / "bad.xml", doc);
            r = ws.parley({"ingest", (ws.dir / "bad.xml").string()});
        }
        no_crash(r);
        CHECK(r.exit_code == 0);
        for (std::vector<std::string> args : {std::vector<std::string>{"articles"},
                                              {"articles", "--format", "json"},
                                              {"feed", "list"},
                                              {"feed", "list", "--format", "json"},
                                              {"timeline"},
                                              {"timeline", "--format", "json"}}) {
            auto shown = ws.parley(args);
            INFO(args.back() << ": " << shown.err);
            CHECK(shown.exit_code == 0);
            CHECK(valid_utf8(shown.out));
            if (args.back() == "json") CHECK_NOTHROW(json::parse(shown.out));
        }
        // What the store holds is valid UTF-8 too: nothing downstream meets a bad byte.
        CHECK(ws.count("SELECT count(*) FROM articles WHERE title LIKE 'Seoul % talks'") == 1);
        auto articles = json::parse(ws.parley({"articles", "--format", "json"}).out);
        REQUIRE(articles.size() == 1);
        CHECK_THAT(articles[0]["text"].get<std::string>(), Contains("resume on Friday"));
    }
}

TEST_CASE("NUL bytes in a feed end in a clear outcome, and none reaches the terminal") {
    const std::string nul(1, '\0');
    const std::vector<std::pair<const char*, std::string>> cases{
        {"in titles and text",
         rss(item("nul-1", "Seoul" + nul + " talks", "Talks" + nul + " resume on Friday.") +
             item("nul-2", "Tokyo talks", "Officials met."))},
        {"after the declaration",
         "<?xml version=\"1.0\"?>" + nul + rss(item("nul-3", "Seoul", "Talks."))},
        {"a document of NULs", std::string(4096, '\0')},
        {"in a JSON Feed's strings",
         "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Desk\\u0000\", "
         "\"items\": [{\"id\": \"a\\u0000b\", \"title\": \"Seoul\\u0000talks\", "
         "\"content_text\": \"Talks\\u0000resume\"}]}"},
    };
    for (const auto& [name, doc] : cases) {
        INFO(name);
        Workspace ws;
        write_file(ws.dir / "nul.xml", doc);
        auto r = ws.parley({"ingest", (ws.dir / "nul.xml").string()});
        no_crash(r);
        CHECK(std::count(r.out.begin(), r.out.end(), '\n') +
                  std::count(r.err.begin(), r.err.end(), '\n') ==
              1);
        terminal_clean(r.out + r.err);
        for (std::vector<std::string> args :
             {std::vector<std::string>{"articles"}, {"feed", "list"}, {"timeline"}}) {
            auto shown = ws.parley(args);
            CHECK(shown.exit_code == 0);
            terminal_clean(shown.out);
        }
        auto json_out = ws.parley({"articles", "--format", "json"});
        CHECK(json_out.exit_code == 0);
        CHECK_NOTHROW(json::parse(json_out.out));
    }
}

TEST_CASE("a redirect loop is an error after five hops") {
    Workspace ws;
    auto p = pull_one(ws, host().url("/loop/a"));
    failed_with(p, "more than 5 redirects (a redirect loop?)");
    bounded(p.run, 1s, baseline_limit_kb / 1024);
}

TEST_CASE("a server trickling one byte a second is abandoned within the low-speed limit") {
    Workspace ws;
    auto p = pull_one(ws, host().url("/trickle"));
    failed_with(p, "");
    CHECK_THAT(p.feed["message"].get<std::string>(),
               Contains("too slow") || Contains("imeout") || Contains("timed out"));
    // 15 s below 100 bytes a second (fetch.h), with room for a loaded machine.
    CHECK(p.run.wall < 25s);
    bounded(p.run, 1s, baseline_limit_kb / 1024);
}

TEST_CASE("a 200 that is a web page is an error saying it is not a feed") {
    Workspace ws;
    auto p = pull_one(ws, host().url("/html"));
    failed_with(p, "not a feed");
    CHECK_THAT(p.feed["message"].get<std::string>(), StartsWith("not a feed: "));
}

TEST_CASE("headers that never end are cut off with an error, not read forever") {
    RawServer server("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n", true);
    Workspace ws;
    auto p = pull_one(ws, server.url("/headers.rss"));
    no_crash(p.run);
    CHECK(p.run.exit_code == 1);
    CHECK(p.feed["status"] == "error");
    bounded(p.run, 1s, baseline_limit_kb / 1024);
    CHECK(server.bytes_sent() < 64u << 20);
}

TEST_CASE("a reason phrase full of terminal escapes reaches neither the store nor the terminal "
          "raw") {
    RawServer server("HTTP/1.1 503 \x1b]8;;https://evil.example\x07"
                     "click\x1b]8;;\x07 "
                     "\x1b[2J\x1b[31mDown\b\b\b\bUp\r\n"
                     "Content-Length: 0\r\nConnection: close\r\n\r\n");
    Workspace ws;
    auto p = pull_one(ws, server.url("/feed.rss"));
    no_crash(p.run);
    CHECK(p.run.exit_code == 1);
    terminal_clean(p.run.out + p.run.err);
    CHECK_THAT(p.run.err, Contains("HTTP 503"));
    auto list = ws.parley({"feed", "list"});
    terminal_clean(list.out);
}

TEST_CASE("titles with ANSI escapes, OSC 8 links, backspaces and C1 controls reach no terminal") {
    const std::string esc = "\x1b";
    const std::string nasty =
        esc + "[31mRed" + esc + "[0m " + esc + "]8;;https://evil.example/" + esc + "\\" + "link" +
        esc + "]8;;" + esc + "\\" + " back\b\b\b\bspace \x07 bell \r carriage " +
        "\xc2\x9b"
        "31m c1-csi \xc2\x9d"
        "8;;x\x07 c1-osc \u202eevil\u202c " +
        esc + "P dcs " + esc + "\\" + " &#x1b;[2J &#27;]0;title&#7; &#x9b;6n &#8;";
    const std::string doc = rss(item("esc-1", "Seoul " + nasty, "Talks " + nasty + " resume.") +
                                    item("esc-2", nasty, nasty),
                                "Desk " + nasty);
    for (bool via_http : {false, true}) {
        INFO((via_http ? "pull" : "ingest"));
        Workspace ws;
        ChildResult r;
        if (via_http) {
            host().put("escapes.xml", {doc});
            ws.add_feeds({host().url("/doc/escapes.xml")});
            r = ws.parley({"pull"});
        } else {
            write_file(ws.dir / "escapes.xml", doc);
            r = ws.parley({"ingest", (ws.dir / "escapes.xml").string()});
        }
        no_crash(r);
        CHECK(r.exit_code == 0);
        terminal_clean(r.out + r.err);
        for (std::vector<std::string> args : {std::vector<std::string>{"articles"},
                                              {"articles", "--search", "Seoul"},
                                              {"feed", "list"},
                                              {"timeline"},
                                              {"deadlines", "--as-of", "2025-01-01"}}) {
            auto shown = ws.parley(args);
            INFO(args[0]);
            CHECK(shown.exit_code == 0);
            terminal_clean(shown.out + shown.err);
        }
        // The words around the escapes survive.
        auto shown = ws.parley({"articles"});
        CHECK_THAT(shown.out, Contains("Seoul"));
        CHECK_THAT(shown.out, Contains("Red"));
    }
}

TEST_CASE("escape sequences in the text given to extract reach no terminal") {
    Workspace ws;
    ChildOptions o = ws.options();
    o.input = "Talks resume on \x1b[31mFriday\x1b[0m, and on \x1b]8;;https://evil.example/\x07"
              "Monday\x1b]8;;\x07 the delegation \b\b\bleaves on 3 June\xc2\x9b"
              "2J.";
    auto r = ws.parley({"extract", "-", "--published", "2025-05-20T09:00:00+09:00"}, o);
    no_crash(r);
    CHECK(r.exit_code == 0);
    terminal_clean(r.out + r.err);
    CHECK_THAT(r.out, Contains("Monday"));
    CHECK_THAT(r.out, Contains("3 June"));
}

TEST_CASE("a feed URL with escapes in it is shown safely by every command") {
    Workspace ws;
    const std::string url = host().url("/missing/\x1b[2J\x1b]8;;x\x07\b\xc2\x9b"
                                       "31m");
    auto added = ws.parley({"feed", "add", url, "--name", "Desk \x1b[5mblink\x07"});
    no_crash(added);
    terminal_clean(added.out + added.err);
    if (added.exit_code != 0) return; // refused outright: also safe
    for (std::vector<std::string> args : {std::vector<std::string>{"feed", "list"},
                                          {"pull"},
                                          {"articles"},
                                          {"feed", "remove", "1"}}) {
        auto r = ws.parley(args);
        INFO(args[0]);
        no_crash(r);
        terminal_clean(r.out + r.err);
    }
}

TEST_CASE("a feed name or URL that is not UTF-8 still lists as valid JSON") {
    Workspace ws;
    auto added =
        ws.parley({"feed", "add", host().url("/doc/\xff\xfe.xml"), "--name", "Desk \xc3\x28"});
    no_crash(added);
    if (added.exit_code != 0) return;
    auto list = ws.parley({"feed", "list", "--format", "json"});
    INFO(list.err);
    CHECK(list.exit_code == 0);
    CHECK(valid_utf8(list.out));
    CHECK_NOTHROW(json::parse(list.out));
}

TEST_CASE("an OPML file whose element names hold C1 controls is refused without them reaching "
          "the terminal") {
    Workspace ws;
    write_file(ws.dir / "feeds.opml", "<?xml version=\"1.0\"?>\n<\xc2\x9b"
                                      "2J\xc2\x9d"
                                      "0;x>junk</\xc2\x9b"
                                      "2J\xc2\x9d"
                                      "0;x>");
    auto r = ws.parley({"feed", "import", (ws.dir / "feeds.opml").string()});
    no_crash(r);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Contains("not OPML"));
    terminal_clean(r.out + r.err);

    write_file(ws.dir / "hostile.opml",
               "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>"
               "<outline xmlUrl=\"http://x.example/\x1b[2J\" text=\"a\x1b[31m\xc2\x9b"
               "6n\"/><outline xmlUrl=\"javascript:alert(1)\x1b]0;t\x07\"/></body></opml>");
    r = ws.parley({"feed", "import", (ws.dir / "hostile.opml").string()});
    no_crash(r);
    terminal_clean(r.out + r.err);
    terminal_clean(ws.parley({"feed", "list"}).out);
}

TEST_CASE("a bad argument holding escape sequences is reported without them") {
    Workspace ws;
    for (std::vector<std::string> args :
         {std::vector<std::string>{"feed", "add", "ftp://x.example/\x1b[2J\x1b]0;owned\x07"},
          {"feed", "add", "http://x.example/", "--tz",
           "Asia/\x1b[31mTokyo\xc2\x9b"
           "6n"},
          {"articles", "--since", "\x1b[2Jyesterday"},
          {"timeline", "--kind", "\x1b]8;;https://evil.example/\x07talks"},
          {"pull", "--feed", "\x1b[5m99"},
          {"--\x1b[2Jbogus"}}) {
        auto r = ws.parley(args);
        INFO(args.back());
        no_crash(r);
        CHECK(r.exit_code != 0);
        CHECK_FALSE(r.err.empty());
        terminal_clean(r.out + r.err);
    }
}

TEST_CASE("a transfer cut short or garbled is an error, never half a feed stored") {
    const std::string feed = corpus_feed(3, 5);
    const std::string half = feed.substr(0, feed.size() / 2);
    const std::vector<std::pair<const char*, std::string>> answers{
        {"fewer bytes than Content-Length",
         "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: " +
             std::to_string(feed.size()) + "\r\nConnection: close\r\n\r\n" + half},
        {"a chunked body that stops mid-chunk",
         "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nTransfer-Encoding: chunked\r\n"
         "Connection: close\r\n\r\n10000\r\n" +
             half},
        {"a chunk size that is not hex",
         "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nTransfer-Encoding: chunked\r\n"
         "Connection: close\r\n\r\nzz\r\n" +
             feed + "\r\n0\r\n\r\n"},
        {"gzip promised, plain text sent",
         "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Encoding: gzip\r\n"
         "Content-Length: " +
             std::to_string(feed.size()) + "\r\nConnection: close\r\n\r\n" + feed},
        {"no status line at all", "SSH-2.0-OpenSSH_9.2\r\n" + feed},
    };
    for (const auto& [name, answer] : answers) {
        INFO(name);
        RawServer server(answer);
        Workspace ws;
        auto p = pull_one(ws, server.url("/feed.rss"));
        no_crash(p.run);
        CHECK(p.run.exit_code == 1);
        CHECK(p.feed["status"] == "error");
        CHECK(p.feed["articles"] == 0);
        CHECK(p.feed["message"].is_string());
        terminal_clean(p.run.out + p.run.err);
        bounded(p.run, 1s, baseline_limit_kb / 1024);
    }
}

TEST_CASE("a file:// feed that never ends is cut at the cap too") {
    Workspace ws;
    auto p = pull_one(ws, "file:///dev/zero");
    failed_with(p, "response larger than 20 MB, abandoned");
    bounded(p.run, 2s, 100);
    auto r = ws.parley({"ingest", "/dev/zero"});
    no_crash(r);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Contains("larger than 20 MB, not read"));
    bounded(r, 2s, 100);
}
