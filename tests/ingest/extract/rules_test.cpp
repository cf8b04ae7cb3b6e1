#include "ingest/data_dir.h"
#include "ingest/extract/event_rules.h"
#include "ingest/extract/tokens.h"
#include "ingest/extract/word_classes.h"
#include "support.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::extract;

namespace {

// parley's data plus a user directory holding `files` (relative path → content).
DataDirs with_user_files(const test::TempDir& user,
                         const std::vector<std::pair<std::string, std::string>>& files) {
    for (const auto& [path, content] : files) {
        std::filesystem::create_directories((user / path).parent_path());
        test::write_file(user / path, content);
    }
    return DataDirs{{PARLEY_DATA_DIR_FOR_TESTS, user.path()}};
}

bool has_kind(const std::vector<Event>& events, EventKind kind) {
    for (const auto& e : events)
        if (e.kind == kind) return true;
    return false;
}

} // namespace

TEST_CASE("verb forms: regular, e-dropping, y-changing and irregular") {
    VerbForms v;
    v.add("meet", {"meets", "met", "meeting"});
    CHECK(v.forms("impose") ==
          std::vector<std::string>{"impose", "imposes", "imposed", "imposing"});
    CHECK(v.forms("levy") == std::vector<std::string>{"levy", "levies", "levied", "levying"});
    CHECK(v.forms("reach") == std::vector<std::string>{"reach", "reaches", "reached", "reaching"});
    CHECK(v.forms("meet") == std::vector<std::string>{"meet", "meets", "met", "meeting"});
}

TEST_CASE("parley's own rule files load and give every kind triggers") {
    const Rules& rules = test::our_rules();
    std::vector<EventKind> kinds;
    for (const auto& k : rules.kinds)
        kinds.push_back(k.kind);
    CHECK(kinds == std::vector<EventKind>{EventKind::talks, EventKind::tariff_announced,
                                          EventKind::tariff_imposed, EventKind::tariff_changed,
                                          EventKind::tariff_paused, EventKind::deal,
                                          EventKind::deadline, EventKind::statement});
}

TEST_CASE("a trigger word added in a user's rule file is used without recompiling") {
    std::string text = "Japan and the United States will parley in Geneva on Friday.";
    auto dates = std::vector<TimeExpression>{test::when(text, "on Friday", "2025-05-23")};
    CHECK_FALSE(has_kind(events_of(analyse(text, dates, test::our_rules()), test::our_rules(),
                                   test::tokyo_2025_05_20()),
                         EventKind::talks));

    test::TempDir user;
    Rules rules(with_user_files(user, {{"events/talks.rules", "trigger parley~\n"}}));
    auto found = events_of(analyse(text, dates, rules), rules, test::tokyo_2025_05_20());
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == EventKind::talks);
    CHECK(found[0].status == EventStatus::planned);
    CHECK(found[0].details.location == "Geneva");
}

TEST_CASE("a product added in a user's gazetteer is recognised") {
    test::TempDir user;
    Rules rules(with_user_files(user, {{"gazetteer/products.tsv", "whisky\twhisky|scotch\n"}}));
    std::string text = "Britain imposed a 25 percent tariff on Scotch.";
    auto found = events_of(analyse(text, {}, rules), rules, test::tokyo_2025_05_20());
    REQUIRE(found.size() == 1);
    CHECK(found[0].details.products == std::vector<std::string>{"whisky"});
}

TEST_CASE("a country's union is read from the gazetteer and must be an alpha-3 code") {
    {
        test::TempDir user;
        Rules rules(with_user_files(
            user, {{"gazetteer/countries.tsv", "HRV\tCroatia\tCroatian\tZagreb\tEUU\n"}}));
        CHECK(rules.gazetteer.union_of.at("HRV") == "EUU");
        CHECK(rules.gazetteer.union_of.at("DEU") == "EUU");
        CHECK(rules.gazetteer.union_of.count("USA") == 0);
    }
    test::TempDir user;
    auto dirs = with_user_files(
        user, {{"gazetteer/countries.tsv", "HRV\tCroatia\tCroatian\tZagreb\tEuropean Union\n"}});
    CHECK_THROWS_AS(Rules(dirs), std::runtime_error);
}

TEST_CASE("a bad rule line is reported with its file and line") {
    test::TempDir user;
    auto dirs = with_user_files(user, {{"events/deal.rules", "# ok\n\ntrigger <NOPE>\n"}});
    try {
        Rules rules(dirs);
        FAIL("no error");
    } catch (const std::runtime_error& e) {
        std::string what = e.what();
        CHECK(what.find("deal.rules:3:") != std::string::npos);
        CHECK(what.find("<NOPE>") != std::string::npos);
    }
}

TEST_CASE("unknown directives, slots, classes and statuses are errors") {
    for (std::string line : {"frobnicate talks", "slots colour", "trigger [nosuchclass]",
                             "trigger meet~ status=maybe", "require nothing", "dates someday",
                             "trigger .. talks", "trigger meet~ needs=talks within=paragraph"}) {
        test::TempDir user;
        auto dirs = with_user_files(user, {{"events/talks.rules", line + "\n"}});
        CHECK_THROWS_AS(Rules(dirs), std::runtime_error);
    }
}

TEST_CASE("a need within the clause is not met by words past a comma") {
    test::TempDir user;
    Rules rules(with_user_files(
        user, {{"events/talks.rules", "trigger confer~ needs=envoys within=clause\n"}}));
    auto found_in = [&](const std::string& text) {
        return events_of(analyse(text, {test::when(text, "on Friday", "2025-05-23")}, rules), rules,
                         test::tokyo_2025_05_20());
    };
    CHECK(found_in("The envoys will confer in Geneva on Friday.").size() == 1);
    CHECK(found_in("Officials will confer in Geneva on Friday, sending envoys.").empty());
}

TEST_CASE("a bad gazetteer line is an error naming it") {
    test::TempDir user;
    auto dirs = with_user_files(user, {{"gazetteer/countries.tsv", "Japan\tJapan\n"}});
    CHECK_THROWS_WITH(Rules(dirs), Catch::Contains("countries.tsv:1:"));
}

TEST_CASE("a bloc added with its members in a user's gazetteer acts for each of them") {
    test::TempDir user;
    Rules rules(with_user_files(
        user, {{"gazetteer/organisations.tsv", "Andean Community|CAN bloc\t\tBOL|COL|ECU|PER\n"}}));
    std::string text = "The European Union signed a trade agreement with the Andean Community on "
                       "Friday.";
    auto dates = std::vector<TimeExpression>{test::when(text, "on Friday", "2025-05-23")};
    auto found = events_of(analyse(text, dates, rules), rules, test::tokyo_2025_05_20());
    REQUIRE(found.size() == 1);
    const auto& a = found[0].actors;
    for (const char* code : {"EUU", "BOL", "COL", "ECU", "PER"})
        CHECK(std::find(a.begin(), a.end(), code) != a.end());
    test::TempDir bad;
    auto dirs = with_user_files(bad, {{"gazetteer/organisations.tsv", "Bloc\t\tBOL|Peru\n"}});
    CHECK_THROWS_WITH(Rules(dirs), Catch::Contains("organisations.tsv:1:"));
}

TEST_CASE("each date alternative of a pattern element keeps its own bounding word") {
    test::TempDir user;
    Rules rules(with_user_files(
        user, {{"events/talks.rules", "trigger parleys .. <DATE:from>|<DATE:since>\n"}}));
    for (std::string cue : {"from", "since", "until"}) {
        std::string text = "Japan and Britain hold parleys " + cue + " Aug. 1.";
        auto dates = std::vector<TimeExpression>{test::when(text, "Aug. 1", "2025-08-01", cue)};
        CHECK(has_kind(events_of(analyse(text, dates, rules), rules, test::tokyo_2025_05_20()),
                       EventKind::talks) == (cue != "until"));
    }
}

TEST_CASE("word classes past the sixty-fourth still match their phrases") {
    Vocabulary vocabulary;
    WordClasses classes;
    // 130 classes, each with a word of its own, and two that share a first word.
    for (int k = 0; k < 130; ++k)
        classes.add(vocabulary, "class" + std::to_string(k), "word" + std::to_string(k));
    classes.add(vocabulary, "class3", "trade talks");
    classes.add(vocabulary, "class129", "trade deal");

    Document doc;
    const std::string text = "word3 word129 trade deal trade talks word64";
    doc.text = text;
    doc.lower = lower_ascii(text);
    doc.tokens = tokenize(text);
    assign_words(doc, vocabulary);
    const auto id = [&](int k) { return *classes.find("class" + std::to_string(k)); };

    CHECK(classes.match(doc, id(3), 0, doc.tokens.size()) == 1);
    CHECK(classes.match(doc, id(129), 1, doc.tokens.size()) == 2);
    CHECK(classes.match(doc, id(129), 2, doc.tokens.size()) == 4); // "trade deal"
    CHECK(classes.match(doc, id(3), 4, doc.tokens.size()) == 6);   // "trade talks"
    CHECK(classes.match(doc, id(64), 6, doc.tokens.size()) == 7);
    // A word starts only its own classes, whatever their number.
    CHECK(classes.match(doc, id(3), 2, doc.tokens.size()) == 0);
    CHECK(classes.match(doc, id(129), 4, doc.tokens.size()) == 0);
    CHECK(classes.match(doc, id(65), 6, doc.tokens.size()) == 0);
    CHECK(classes.match(doc, id(129), 2, 3) == 0); // the phrase runs past the limit
}

TEST_CASE("a trigger is found whether or not its optional words are there, and not without its "
          "required ones") {
    test::TempDir user;
    Rules rules(with_user_files(
        user, {{"events/talks.rules", "trigger confab~ over? lunch|dinner\n"
                                      "trigger huddle~ on a? [grand_bargain]\n"},
               {"language/words.tsv", "grand_bargain\tgrand bargain|big bargain\n"}}));
    const auto talks_in = [&](const std::string& text) {
        const auto dates = std::vector<TimeExpression>{test::when(text, "on Friday", "2025-05-23")};
        return has_kind(events_of(analyse(text, dates, rules), rules, test::tokyo_2025_05_20()),
                        EventKind::talks);
    };
    CHECK(talks_in("Japan and the United States will confab over dinner in Geneva on Friday."));
    CHECK(talks_in("Japan and the United States will confab dinner in Geneva on Friday."));
    CHECK_FALSE(talks_in("Japan and the United States will confab in Geneva on Friday."));
    CHECK(talks_in("Japan and the United States will huddle on a grand bargain on Friday."));
    CHECK(talks_in("Japan and the United States will huddle on big bargain on Friday."));
    CHECK_FALSE(talks_in("Japan and the United States will huddle on a bargain on Friday."));
}
