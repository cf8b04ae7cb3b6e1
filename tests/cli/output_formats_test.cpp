// Output formats read back by independent parsers (Python's csv module,
// python3-icalendar) with hostile feed text, and text output on a terminal.

#include "story_store.h"
#include "support/run.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace parley;
using namespace parley::test;
using nlohmann::json;

namespace {

// Text a stranger could put in a feed: separators of every format, quotes,
// backslashes, line breaks, markup, long multi-byte UTF-8.
const std::string hostile_evidence =
    "=cmd|' /C calc'!A0; Japan, \"quoted\", back\\slash\nsecond line <script>alert(1)</script> "
    "*bold* [x](javascript:y) | pipe # — 日本の交渉担当者は五月末までに再訪米する意向を示した、"
    "と関係者が語った。";
const std::string hostile_person =
    "Dr. Ö'Brien; \"Chair\", \\ Trade\\Office 日本語の長い名前を持つ人";

std::vector<StoryArticle> hostile_story() {
    StoryArticle a{"https://wire.example/hostile.rss",
                   "h1",
                   "2025-05-19T15:00:00Z",
                   "Title\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pwned",
                   {},
                   {}};
    Event target = story_event(EventKind::deadline, "2025-05-31", "by the end of May",
                               {"JPN", hostile_person}, hostile_evidence);
    target.details.location = "-2+3";
    target.details.level = "@SUM(1+1)";
    a.events.push_back(target);
    Event round = story_event(EventKind::talks, "2025-05-23", "on Friday", {"JPN", "USA"},
                              "Plain sentence, with a comma.");
    round.status = EventStatus::planned;
    round.details.round = 3;
    a.events.push_back(round);
    return {a};
}

struct Db {
    TempDir dir;
    std::string db = (dir / "p.db").string();
    explicit Db(const std::vector<StoryArticle>& articles) { fill_store(db, articles); }
    RunResult run(std::vector<std::string> args, RunOptions o = {}) const {
        args.insert(args.begin(), {"--db", db});
        o.env["HOME"] = dir.path().string();
        return run_parley(args, o);
    }
};

json python(const std::string& script, const std::string& file) {
    auto r = run_command(
        {"/usr/bin/python3", std::string(PARLEY_TEST_SCRIPTS_DIR) + "/" + script, file});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
}

bool valid_utf8(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = b < 0x80             ? 1
                        : (b & 0xE0) == 0xC0 ? 2
                        : (b & 0xF0) == 0xE0 ? 3
                        : (b & 0xF8) == 0xF0 ? 4
                                             : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

// Runs a shell command on a pseudo-terminal `cols` wide, as a user at a terminal would.
RunResult on_terminal(const std::string& command, int cols,
                      std::map<std::string, std::string> env = {}) {
    RunOptions o;
    o.env = std::move(env);
    return run_command({"/usr/bin/script", "-qec",
                        "stty cols " + std::to_string(cols) + " rows 50; " + command, "/dev/null"},
                       o);
}

std::string strip_ansi(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\x1b' && i + 1 < s.size() && s[i + 1] == '[') {
            i += 2;
            while (i < s.size() && !(s[i] >= 0x40 && s[i] <= 0x7e))
                ++i;
            continue;
        }
        if (s[i] != '\r') out += s[i];
    }
    return out;
}

// Terminal columns: a CJK character (three UTF-8 bytes from U+3000 up) takes two.
std::size_t columns(const std::string& line) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        auto c = static_cast<unsigned char>(line[i]);
        if ((c & 0xC0) == 0x80) continue;
        n += (c >= 0xE3 && c <= 0xE9) ? 2 : 1;
    }
    return n;
}

} // namespace

TEST_CASE("timeline csv reads back with an RFC 4180 reader and cannot start a formula") {
    Db d(hostile_story());
    auto r = d.run({"timeline", "--format", "csv"});
    REQUIRE(r.exit_code == 0);
    // Every record ends in CRLF; a bare LF only occurs inside a quoted field.
    CHECK(r.out.size() > 2);
    CHECK(r.out.substr(r.out.size() - 2) == "\r\n");
    write_file(d.dir / "out.csv", r.out);
    json rows = python("read_csv.py", (d.dir / "out.csv").string());
    REQUIRE(rows.size() == 3);
    auto header = rows[0].get<std::vector<std::string>>();
    auto column = [&](const std::string& name) {
        return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) -
                                        header.begin());
    };
    json target = rows[2][column("kind")] == "deadline" ? rows[2] : rows[1];
    CHECK(target[column("evidence")] == "'" + hostile_evidence);
    CHECK(target[column("location")] == "'-2+3");
    CHECK(target[column("level")] == "'@SUM(1+1)");
    CHECK(target[column("actors")] == "JPN; " + hostile_person);
    CHECK(target[column("date")] == "2025-05-31");
    CHECK(target[column("sources")] == "1");
    CHECK(target[column("url")] == "https://wire.example/h1");
}

TEST_CASE("timeline md escapes Markdown and HTML from feed text") {
    Db d(hostile_story());
    auto r = d.run({"timeline", "--format", "md"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("<script") == std::string::npos);
    CHECK(r.out.find("&lt;script&gt;alert\\(1\\)&lt;/script&gt;") != std::string::npos);
    CHECK(r.out.find("\\*bold\\*") != std::string::npos);
    CHECK(r.out.find("\\[x\\]\\(javascript:y\\)") != std::string::npos);
    CHECK(r.out.find("\\| pipe \\#") != std::string::npos);
    CHECK(r.out.find("<https://wire.example/h1>") != std::string::npos);
    // The evidence's line break does not end the list item.
    CHECK(r.out.find("back\\\\slash second line") != std::string::npos);
}

TEST_CASE("deadlines ics is read back by python3-icalendar with every field, folded and escaped") {
    Db d(hostile_story());
    auto r = d.run({"deadlines", "--as-of", "2025-05-20", "--format", "ics"});
    REQUIRE(r.exit_code == 0);
    const std::string& ics = r.out;
    // Lines: CRLF, at most 75 octets, never a split UTF-8 character, continuations start with a
    // space.
    std::size_t start = 0, folded = 0;
    while (start < ics.size()) {
        auto end = ics.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        std::string line = ics.substr(start, end - start);
        INFO(line);
        CHECK(line.size() <= 75);
        CHECK(line.find('\n') == std::string::npos);
        CHECK(line.find('\r') == std::string::npos);
        CHECK(valid_utf8(line));
        if (!line.empty() && line[0] == ' ') ++folded;
        start = end + 2;
    }
    CHECK(folded > 2);
    write_file(d.dir / "out.ics", ics);
    json cal = python("read_ics.py", (d.dir / "out.ics").string());
    CHECK(cal["version"] == "2.0");
    CHECK(cal["prodid"].get<std::string>().find("parley") != std::string::npos);
    json listed =
        json::parse(d.run({"deadlines", "--as-of", "2025-05-20", "--format", "json"}).out);
    REQUIRE(cal["events"].size() == 2); // nothing injected
    REQUIRE(listed.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        const json& ev = cal["events"][i];
        const json& d_json = listed[i];
        std::string what = d_json["deadline"]["what"];
        CHECK(ev["uid"] == d_json["id"].get<std::string>() + "-" + what + "@parley");
        CHECK(ev["dtstart_is_date"] == true);
        CHECK(ev["dtstamp"] == "2025-05-19T15:00:00+00:00");
        CHECK(ev["url"] == "https://wire.example/h1");
        CHECK(ev["categories"] == json({what, d_json["kind"]}));
        CHECK(ev["summary"] != "pwned");
    }
    const json& round = cal["events"][0];
    CHECK(round["summary"] == "talks: talks, round 3: JPN, USA");
    CHECK(round["dtstart"] == "2025-05-23");
    CHECK(round["dtend"] == "2025-05-24");
    CHECK(round["status"] == "TENTATIVE");
    const json& target = cal["events"][1];
    CHECK(target["summary"] == "target: deadline, @SUM(1+1), in -2+3: JPN, " + hostile_person);
    CHECK(target["dtstart"] == "2025-05-31");
    CHECK(target["dtend"] == "2025-06-01");
    std::string description = target["description"];
    CHECK(description.find("\"" + hostile_evidence + "\"") != std::string::npos);
    // The title's line breaks became spaces: no property or component of its own.
    CHECK(description.find("Title  END:VEVENT  BEGIN:VEVENT  SUMMARY:pwned") != std::string::npos);
    CHECK(description.find("by the end of May") != std::string::npos);
}

TEST_CASE("the same store gives the same calendar, so calendars update rather than duplicate") {
    Db d(hostile_story());
    auto a = d.run({"deadlines", "--as-of", "2025-05-20", "--format", "ics"}).out;
    auto b = d.run({"deadlines", "--as-of", "2025-05-20", "--format", "ics"}).out;
    CHECK(a == b);
    Db again(hostile_story());
    CHECK(again.run({"deadlines", "--as-of", "2025-05-20", "--format", "ics"}).out == a);
}

TEST_CASE("escape sequences and control characters from feeds never reach the terminal") {
    StoryArticle a{"https://wire.example/x.rss",
                   "esc",
                   "2025-05-19T15:00:00Z",
                   "Title \x1b]0;owned\x07 with \x1b[2J clear",
                   {},
                   {}};
    a.events.push_back(story_event(EventKind::deadline, "2025-05-31", "by \x1b[31mMay\x1b[0m",
                                   {"JPN", "Evil \x1b]52;c;Zm9v\x07 Name\x9b"
                                           "31m"},
                                   "Sentence \x1b[1mwith\x1b[0m escapes\x07 and \x7f DEL."));
    Db d({a});
    json events = json::parse(d.run({"timeline", "--format", "json"}).out);
    std::string id = events[0]["id"];
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"timeline"},
                                               {"show", id},
                                               {"deadlines", "--as-of", "2025-05-20"},
                                               {"actors"},
                                               {"timeline", "--format", "md"}}) {
        auto r = d.run(args);
        INFO(args[0]);
        CHECK(r.exit_code == 0);
        for (unsigned char c : r.out)
            CHECK(((c >= 0x20 || c == '\n') && c != 0x7f));
    }
    CHECK(d.run({"show", id}).out.find("Sentence with escapes and  DEL.") != std::string::npos);
}

TEST_CASE("colour only on a terminal, never with NO_COLOR, never in a pipe") {
    Db d(hostile_story());
    std::string cmd = parley_exe() + " --db " + d.db + " timeline";
    auto tty = on_terminal(cmd, 120, {{"TERM", "xterm"}});
    CHECK(tty.out.find("\x1b[") != std::string::npos);
    auto no_colour = on_terminal(cmd, 120, {{"TERM", "xterm"}, {"NO_COLOR", "1"}});
    CHECK(no_colour.out.find("\x1b[") == std::string::npos);
    CHECK(no_colour.out.find("2025-05") != std::string::npos);
    auto empty_no_colour = on_terminal(cmd, 120, {{"TERM", "xterm"}, {"NO_COLOR", ""}});
    CHECK(empty_no_colour.out.find("\x1b[") != std::string::npos);
    CHECK(d.run({"timeline"}).out.find('\x1b') == std::string::npos);
}

TEST_CASE("long text is wrapped to the terminal's width") {
    Db d(hostile_story());
    json events = json::parse(d.run({"timeline", "--format", "json"}).out);
    std::string id;
    for (const auto& e : events)
        if (e["kind"] == "deadline") id = e["id"];
    for (const std::string& args :
         std::vector<std::string>{" timeline", " show " + id, " deadlines --as-of 2025-05-20"}) {
        auto r = on_terminal(parley_exe() + " --db " + d.db + args, 60, {{"NO_COLOR", "1"}});
        std::string out = strip_ansi(r.out);
        INFO(args << "\n" << out);
        std::size_t start = 0, widest = 0, count = 0;
        while (start < out.size()) {
            auto end = out.find('\n', start);
            if (end == std::string::npos) end = out.size();
            std::string line = out.substr(start, end - start);
            // A single word longer than the width (a URL) may overflow.
            if (line.find("https://") == std::string::npos)
                widest = std::max(widest, columns(line));
            ++count;
            start = end + 1;
        }
        CHECK(count > 3);
        CHECK(widest <= 60);
    }
}
