// The HTML timeline and agenda of the example feeds, rendered by a real
// browser (headless Chromium): the page loads with no console message at all
// (a script error or a Content-Security-Policy refusal would print one), its
// script runs to the end, and the DOM holds every lane and one mark per
// dated event and pause expiry. The screenshots stay in the build tree for
// people to look at.

#include "support/run.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

using namespace parley::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string find_browser() {
    for (const char* candidate : {"/usr/bin/chromium", "/usr/bin/chromium-browser"})
        if (fs::exists(candidate)) return candidate;
    return {};
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1))
        ++n;
    return n;
}

struct Examples {
    TempDir dir;
    std::string db = (dir / "examples.db").string();

    Examples() {
        std::vector<std::string> args{"--db", db, "ingest"};
        for (const auto& entry : fs::directory_iterator(PARLEY_EXAMPLES_DIR "/feeds"))
            args.push_back(entry.path().string());
        auto r = run_parley(args);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
    }

    // `parley ARGS` written to OUTPUT_DIR/name.
    fs::path page(const std::vector<std::string>& args, const std::string& name) {
        std::vector<std::string> full{"--db", db};
        full.insert(full.end(), args.begin(), args.end());
        auto r = run_parley(full);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        fs::path out = fs::path(PARLEY_TEST_OUTPUT_DIR) / name;
        std::ofstream(out, std::ios::binary) << r.out;
        return out;
    }
};

struct Rendered {
    std::string dom;
    std::string console; // the browser's console lines
};

// Renders `page`, taking a screenshot to `png`, then dumps its DOM.
Rendered render(const fs::path& page, const fs::path& png) {
    const std::string browser = find_browser();
    if (browser.empty()) FAIL("no Chromium: scripts/setup --test installs the chromium package");
    TempDir profile;
    RunOptions opts;
    opts.env["HOME"] = profile.path().string();
    const std::vector<std::string> common{browser,
                                          "--headless",
                                          "--no-sandbox",
                                          "--disable-gpu",
                                          "--user-data-dir=" + (profile / "chromium").string(),
                                          "--enable-logging=stderr",
                                          "--v=0",
                                          "--window-size=1400,1800"};
    const std::string url = "file://" + fs::absolute(page).string();

    fs::remove(png);
    auto shot = common;
    shot.push_back("--screenshot=" + png.string());
    shot.push_back(url);
    auto s = run_command(shot, opts);
    INFO(s.err);
    REQUIRE(s.exit_code == 0);
    CHECK(fs::exists(png));
    if (fs::exists(png)) CHECK(fs::file_size(png) > 10'000);

    auto dump = common;
    dump.push_back("--dump-dom");
    dump.push_back(url);
    auto d = run_command(dump, opts);
    INFO(d.err);
    REQUIRE(d.exit_code == 0);

    Rendered out;
    out.dom = d.out;
    for (const auto* err : {&s.err, &d.err}) {
        std::istringstream lines(*err);
        for (std::string line; std::getline(lines, line);)
            if (line.find(":CONSOLE") != std::string::npos) out.console += line + "\n";
    }
    return out;
}

} // namespace

TEST_CASE("the example feeds' timeline page renders in Chromium with every lane and a mark per "
          "dated event") {
    Examples ex;
    auto events_out = run_parley({"--db", ex.db, "timeline", "--format", "json"});
    REQUIRE(events_out.exit_code == 0);
    const json events = json::parse(events_out.out);
    std::size_t expected_marks = 0;
    for (const auto& e : events) {
        if (e.at("date").at("value").is_null()) continue;
        ++expected_marks;
        if (e.at("kind") == "tariff_paused" && e.contains("expires") &&
            !e.at("expires").is_null() && !e.at("expires").at("value").is_null())
            ++expected_marks; // its expiry, in the deadlines lane
    }
    REQUIRE(expected_marks > 20);

    auto page = ex.page({"timeline", "--format", "html"}, "timeline.html");
    auto r = render(page, fs::path(PARLEY_TEST_OUTPUT_DIR) / "timeline.png");
    CHECK(r.console.empty());
    CHECK(r.dom.find("data-ready=\"yes\"") != std::string::npos); // the script ran to its end
    for (const char* lane : {"Talks", "Tariffs", "Pauses", "Deals", "Deadlines"}) {
        INFO(lane);
        CHECK(count(r.dom, std::string("data-lane=\"") + lane + "\"") == 1);
    }
    CHECK(count(r.dom, "<a class=\"mark ") == expected_marks);
    CHECK(count(r.dom, "<li class=\"event\" id=\"e") == events.size());
    CHECK(count(r.dom, "<g class=\"today\">") <= 1);
}

TEST_CASE("the example feeds' deadline agenda renders in Chromium, a card per deadline") {
    Examples ex;
    auto list = run_parley({"--db", ex.db, "deadlines", "--as-of", "2025-06-25", "--within", "45d",
                            "--format", "json"});
    REQUIRE(list.exit_code == 0);
    const json deadlines = json::parse(list.out);
    REQUIRE(!deadlines.empty());

    auto page =
        ex.page({"deadlines", "--as-of", "2025-06-25", "--within", "45d", "--format", "html"},
                "deadlines.html");
    auto r = render(page, fs::path(PARLEY_TEST_OUTPUT_DIR) / "deadlines.png");
    CHECK(r.console.empty());
    CHECK(count(r.dom, "<li class=\"event\"") == deadlines.size());
    CHECK(r.dom.find("<h2>Tuesday  8 July 2025</h2>") != std::string::npos);
    CHECK(r.dom.find("<script") == std::string::npos);
}

TEST_CASE("hostile feed text stays text in the rendered timeline page") {
    TempDir dir;
    const std::string db = (dir / "p.db").string();
    const auto feed = dir / "hostile.rss";
    std::ofstream(feed) << R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour &lt;script&gt;alert(1)&lt;/script&gt;</title>
<item><guid>h-1</guid>
<title>&quot;&gt;&lt;img src=x onerror=alert(2)&gt; envoys meet</title>
<link>javascript:alert(3)</link>
<pubDate>Tue, 20 May 2025 09:00:00 +0900</pubDate>
<description>&lt;p&gt;Japanese and U.S. negotiators will hold talks in Tokyo on Friday, &amp;lt;script&amp;gt;alert(4)&amp;lt;/script&amp;gt; officials said.&lt;/p&gt;</description>
</item></channel></rss>
)";
    REQUIRE(run_parley({"--db", db, "ingest", feed.string()}).exit_code == 0);
    auto html = run_parley({"--db", db, "timeline", "--format", "html"});
    REQUIRE(html.exit_code == 0);
    REQUIRE(html.out.find("class=\"mark ") != std::string::npos);
    const fs::path page = fs::path(PARLEY_TEST_OUTPUT_DIR) / "hostile-timeline.html";
    std::ofstream(page, std::ios::binary) << html.out;
    auto r = render(page, fs::path(PARLEY_TEST_OUTPUT_DIR) / "hostile-timeline.png");
    CHECK(r.console.empty());             // an injected script would be refused, and say so
    CHECK(count(r.dom, "<script>") == 1); // the page's own
    CHECK(r.dom.find("<img") == std::string::npos);
    CHECK(r.dom.find("href=\"javascript:") == std::string::npos);
}
