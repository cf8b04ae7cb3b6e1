#include "ingest/data_dir.h"
#include "support.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::extract;

namespace {

std::vector<Person> people(std::string_view text, const Rules& rules = test::our_rules()) {
    return people_of(analyse(text, {}, rules));
}

const Person* find(const std::vector<Person>& people, std::string_view name) {
    for (const auto& p : people)
        if (p.name == name) return &p;
    return nullptr;
}

} // namespace

TEST_CASE("a title before a name gives the role, and its country prefix the country") {
    auto p = people("U.S. Trade Representative Jamieson Greer met Commerce Secretary Howard "
                    "Lutnick.");
    REQUIRE(find(p, "Jamieson Greer"));
    CHECK(find(p, "Jamieson Greer")->role == "U.S. Trade Representative");
    CHECK(find(p, "Jamieson Greer")->country == "USA");
    REQUIRE(find(p, "Howard Lutnick"));
    CHECK(find(p, "Howard Lutnick")->role == "Commerce Secretary");
    CHECK(find(p, "Howard Lutnick")->country == "USA");
}

TEST_CASE("a court's and a government lawyer's titles are roles") {
    auto p = people("Chief Justice John Roberts questioned Solicitor General Dean Sauer.");
    REQUIRE(find(p, "John Roberts"));
    CHECK(find(p, "John Roberts")->role == "Chief Justice");
    REQUIRE(find(p, "Dean Sauer"));
    CHECK(find(p, "Dean Sauer")->role == "Solicitor General");
}

TEST_CASE("a title in the plural names each of the people after it") {
    auto p = people("The truce was struck when Presidents Xi Jinping and Donald Trump met in "
                    "Busan.");
    REQUIRE(find(p, "Xi Jinping"));
    CHECK(find(p, "Xi Jinping")->country == "CHN");
    REQUIRE(find(p, "Donald Trump"));
}

TEST_CASE("a title after a name and a comma belongs to the name that follows it") {
    auto p = people("Prime Minister Keir Starmer hosted the summit. Starmer, European Commission "
                    "President Ursula von der Leyen and European Council President Antonio Costa "
                    "signed a partnership.");
    REQUIRE(find(p, "Keir Starmer"));
    CHECK(find(p, "Keir Starmer")->country == "GBR");
    CHECK(find(p, "Keir Starmer")->role == "Prime Minister");
    REQUIRE(find(p, "Ursula von der Leyen"));
    CHECK(find(p, "Ursula von der Leyen")->role == "European Commission President");
}

TEST_CASE("a person the gazetteer does not know is learned from a role in apposition") {
    auto p = people("Mexico's chief trade negotiator, Lucia Ferrandez, flew to Washington. "
                    "Ferrandez said talks would go on.");
    REQUIRE(p.size() == 1);
    CHECK(p[0].name == "Lucia Ferrandez");
    CHECK(p[0].role == "chief trade negotiator");
    CHECK(p[0].country == "MEX");
}

TEST_CASE("name, comma, role: the role follows the name") {
    auto p = people("Tomas Keller, Switzerland's economy minister, arrived on Monday.");
    REQUIRE(find(p, "Tomas Keller"));
    CHECK(find(p, "Tomas Keller")->role == "economy minister");
    CHECK(find(p, "Tomas Keller")->country == "CHE");
}

TEST_CASE("an office named later wins over a description named first") {
    auto p = people("Korea's lead negotiator, Park Min-jun, met Greer. Park, who serves as "
                    "trade minister, said the talks went well.");
    REQUIRE(find(p, "Park Min-jun"));
    CHECK(find(p, "Park Min-jun")->role == "trade minister");
    CHECK(find(p, "Park Min-jun")->country == "KOR");
}

TEST_CASE("a surname alone resolves to the full name met elsewhere in the article") {
    std::string text = "Ferrandez spoke first. Mexico's negotiator, Lucia Ferrandez, then left.";
    auto doc = analyse(text, {}, test::our_rules());
    int mentions = 0;
    for (const auto& t : doc.tags)
        if (t.kind == TagKind::person) {
            ++mentions;
            CHECK(doc.people[std::size_t(t.ref)].name == "Lucia Ferrandez");
        }
    CHECK(mentions == 2);
}

TEST_CASE("well-known people come from the gazetteer with their role and country") {
    auto p = people("Bessent said he would travel to Geneva.");
    REQUIRE(p.size() == 1);
    CHECK(p[0].name == "Scott Bessent");
    CHECK(p[0].role == "Treasury Secretary");
    CHECK(p[0].country == "USA");
}

TEST_CASE("capitalised words without a role are not taken for people") {
    auto p = people("General Motors and Liberal Democratic Party lawmakers met in Tokyo.");
    CHECK(p.empty());
}

TEST_CASE("a lower-case word before a capitalised title is not part of the role") {
    auto p = people("given President Donald Trump's reluctance");
    REQUIRE(p.size() == 1);
    CHECK(p[0].role == "President");
}

TEST_CASE("a negotiator added to a user's people file is known without recompiling") {
    test::TempDir user;
    std::filesystem::create_directories(user / "gazetteer");
    test::write_file(user / "gazetteer" / "people.tsv",
                     "# mine\nAmara Okafor\tchief trade negotiator\tNGA\tOkafor\n");
    Rules rules(DataDirs{{PARLEY_DATA_DIR_FOR_TESTS, user.path()}});
    auto p = people("Okafor said Nigeria would respond.", rules);
    REQUIRE(p.size() == 1);
    CHECK(p[0].name == "Amara Okafor");
    CHECK(p[0].role == "chief trade negotiator");
    CHECK(p[0].country == "NGA");
}

TEST_CASE("a chief of something is a role, grown over the words before it") {
    auto p = people("Brazil's economic policy chief Renata Albuquerque said talks would resume. "
                    "Tomas Lindqvist, the presidential budget chief, declined to comment.");
    REQUIRE(find(p, "Renata Albuquerque"));
    CHECK(find(p, "Renata Albuquerque")->role == "economic policy chief");
    CHECK(find(p, "Renata Albuquerque")->country == "BRA");
    REQUIRE(find(p, "Tomas Lindqvist"));
    CHECK(find(p, "Tomas Lindqvist")->role == "presidential budget chief");
}

TEST_CASE("a bare title after \"and\" starts a role of its own") {
    auto p = people("President Ana Ruiz and President Donald Trump met on Monday.");
    REQUIRE(find(p, "Donald Trump"));
    CHECK(find(p, "Donald Trump")->role == "President");
    REQUIRE(find(p, "Ana Ruiz"));
    CHECK(find(p, "Ana Ruiz")->role == "President");
    auto q = people("Business and Trade Secretary Jonathan Reynolds spoke on Monday.");
    REQUIRE(find(q, "Jonathan Reynolds"));
    CHECK(find(q, "Jonathan Reynolds")->role == "Business and Trade Secretary");
}

TEST_CASE("a name may begin with a capitalised function word inside a sentence") {
    auto p = people("Trump spoke by phone with To Lam, the general secretary of Vietnam's "
                    "Communist Party, on Wednesday. The Hague court and The Economist were not "
                    "involved.");
    REQUIRE(find(p, "To Lam"));
    CHECK(find(p, "To Lam")->role == "general secretary");
    CHECK_FALSE(find(p, "Lam"));
    CHECK_FALSE(find(p, "The Hague"));
    CHECK_FALSE(find(p, "The Economist"));
}

TEST_CASE("a vice premier is not taken for China's when the text does not say so") {
    auto p = people("Taiwan is seeking a lower rate. Vice Premier Cheng Li-chiun, who leads the "
                    "talks, led a delegation to Washington last week.");
    REQUIRE(find(p, "Cheng Li-chiun"));
    CHECK(find(p, "Cheng Li-chiun")->country != "CHN");
}

TEST_CASE("an adverb before a comma and a title is no name") {
    auto p = people("Separately, President Donald Trump signed an order on Friday.");
    CHECK_FALSE(find(p, "Separately"));
    REQUIRE(find(p, "Donald Trump"));
    CHECK(find(p, "Donald Trump")->role == "President");
}

TEST_CASE("a title that holds a comma is one role") {
    auto p = people("Economy, Trade and Industry Minister Ryosei Akazawa plans to visit "
                    "Washington.");
    CHECK_FALSE(find(p, "Economy"));
    REQUIRE(find(p, "Ryosei Akazawa"));
    CHECK(find(p, "Ryosei Akazawa")->role == "Economy, Trade and Industry Minister");
    CHECK(find(p, "Ryosei Akazawa")->country == "JPN");
}

TEST_CASE("a province before a title gives the role and its country") {
    auto p = people("British Columbia Premier David Eby said the duties were unjust.");
    REQUIRE(find(p, "David Eby"));
    CHECK(find(p, "David Eby")->role == "British Columbia Premier");
    CHECK(find(p, "David Eby")->country == "CAN");
}

TEST_CASE("a title word before the country prefix stays in the role") {
    auto p = people("Agrawal held a video call with Deputy U.S. Trade Representative Rick "
                    "Switzer last week.");
    REQUIRE(find(p, "Rick Switzer"));
    CHECK(find(p, "Rick Switzer")->role == "Deputy U.S. Trade Representative");
    CHECK(find(p, "Rick Switzer")->country == "USA");
}

TEST_CASE("an office's default country yields when the gazetteer gives that office to another") {
    // "Commerce Secretary" is American by default, but the gazetteer's U.S.
    // Commerce Secretary is Lutnick: a stranger with that title is not American.
    auto p = people("Commerce Secretary Vikram Sethi said on Monday that talks with Washington "
                    "would resume next week.");
    REQUIRE(find(p, "Vikram Sethi"));
    CHECK(find(p, "Vikram Sethi")->role == "Commerce Secretary");
    CHECK(find(p, "Vikram Sethi")->country.empty());
    // An office the gazetteer gives no one keeps its default.
    auto q = people("Deputy Trade Representative Mara Ellison flew to Geneva.");
    REQUIRE(find(q, "Mara Ellison"));
    CHECK(find(q, "Mara Ellison")->country == "USA");
}

TEST_CASE("a country the text gives outranks an office's default country") {
    auto p = people("Mexico's lead negotiator, Ramon Ibarra, arrived on Monday. Ibarra, who "
                    "serves as trade representative, said talks would go on.");
    REQUIRE(find(p, "Ramon Ibarra"));
    CHECK(find(p, "Ramon Ibarra")->role == "trade representative");
    CHECK(find(p, "Ramon Ibarra")->country == "MEX");
}

TEST_CASE("a relative clause saying whose side a person leads gives the country") {
    auto p = people("Vice President Lucas Prado, who leads Brazil's negotiating team, said on "
                    "Friday that talks would continue.");
    REQUIRE(find(p, "Lucas Prado"));
    CHECK(find(p, "Lucas Prado")->role == "Vice President");
    CHECK(find(p, "Lucas Prado")->country == "BRA");
    // It outranks an office's default country.
    auto q = people("Commerce Secretary Vikram Sethi, who heads India's delegation, arrived "
                    "on Monday.");
    REQUIRE(find(q, "Vikram Sethi"));
    CHECK(find(q, "Vikram Sethi")->country == "IND");
}

TEST_CASE("a country or organisation after the role and \"of\" gives the country") {
    auto p = people("Trump spoke by phone with Nguyen Van Minh, the general secretary of "
                    "Vietnam's Communist Party, on Tuesday.");
    REQUIRE(find(p, "Nguyen Van Minh"));
    CHECK(find(p, "Nguyen Van Minh")->role == "general secretary");
    CHECK(find(p, "Nguyen Van Minh")->country == "VNM");
    auto q = people("Anna Lindqvist, the president of the European Commission, met Trump.");
    REQUIRE(find(q, "Anna Lindqvist"));
    CHECK(find(q, "Anna Lindqvist")->country == "EUU");
}

TEST_CASE("a government body before a description gives the country") {
    auto p = people("A White House spokesman, Dale Corbin, said on Friday that the "
                    "administration would not change course.");
    REQUIRE(find(p, "Dale Corbin"));
    CHECK(find(p, "Dale Corbin")->role == "White House spokesman");
    CHECK(find(p, "Dale Corbin")->country == "USA");
}

TEST_CASE("an official whose reported words make a seat of government the subject speaks for it") {
    auto p = people("Trade Minister Lina Ortiz said on Friday that Manila would keep pressing for "
                    "lower rates.");
    REQUIRE(find(p, "Lina Ortiz"));
    CHECK(find(p, "Lina Ortiz")->country == "PHL");
    // After a role in apposition, too.
    auto q = people("Choi Min-ho, the presidential policy chief, told reporters that Seoul had "
                    "rejected the demand.");
    REQUIRE(find(q, "Choi Min-ho"));
    CHECK(find(q, "Choi Min-ho")->country == "KOR");
    // A country's name there is often the other side: no country.
    auto r = people("Trade Minister Lina Ortiz said on Friday that Japan would keep pressing.");
    REQUIRE(find(r, "Lina Ortiz"));
    CHECK(find(r, "Lina Ortiz")->country.empty());
}

TEST_CASE("a side named by its country's adjective and led by a person gives the country") {
    auto p = people("The officials were to meet Thai negotiators headed by Somchai Wongsa, a "
                    "special secretary in the commerce ministry.");
    REQUIRE(find(p, "Somchai Wongsa"));
    CHECK(find(p, "Somchai Wongsa")->country == "THA");
    // Through a title before the name; a title's default country yields to it.
    auto q = people("The Indian team was led by Commerce Secretary Vikram Sethi on Friday.");
    REQUIRE(find(q, "Vikram Sethi"));
    CHECK(find(q, "Vikram Sethi")->country == "IND");
}

TEST_CASE("a body called by the last word of the full name met before gives the country") {
    auto p = people("The European Commission said on Monday it would wait. Commission "
                    "spokeswoman Ilse Baerts said talks would go on.");
    REQUIRE(find(p, "Ilse Baerts"));
    CHECK(find(p, "Ilse Baerts")->country == "EUU");
    // Not before the full name is met.
    auto q = people("Commission spokeswoman Ilse Baerts said talks would go on. The European "
                    "Commission said on Monday it would wait.");
    REQUIRE(find(q, "Ilse Baerts"));
    CHECK(find(q, "Ilse Baerts")->country.empty());
}

TEST_CASE("a place before a role that owns something is no person of that role") {
    auto p = people("The two leaders discussed steel at Chequers, the prime minister's country "
                    "residence, on Thursday.");
    CHECK_FALSE(find(p, "Chequers"));
}

TEST_CASE("someone given no country is of the country the story was filed from") {
    auto p = people("COLOMBO (Lanka Wire) -- The island's negotiators will meet again next week, "
                    "Deputy Finance Minister Anil Perera told reporters on Friday.");
    const auto* perera = find(p, "Anil Perera");
    REQUIRE(perera);
    CHECK(perera->country == "LKA");
    // A country the text gives outranks the dateline.
    p = people("TOKYO (Kyodo) -- U.S. Trade Representative Jamieson Greer spoke on Friday.");
    REQUIRE(find(p, "Jamieson Greer"));
    CHECK(find(p, "Jamieson Greer")->country == "USA");
    // Brussels hosts every member's ministers.
    p = people("BRUSSELS (Reuters) -- Agriculture Minister Annie Dupont spoke on Friday.");
    REQUIRE(find(p, "Annie Dupont"));
    CHECK(find(p, "Annie Dupont")->country.empty());
    // No dateline, no guess.
    p = people("Deputy Finance Minister Anil Perera told reporters on Friday.");
    REQUIRE(find(p, "Anil Perera"));
    CHECK(find(p, "Anil Perera")->country.empty());
}

TEST_CASE("the gazetteer's country for a known person outranks an office's default") {
    auto p = people("Commerce Secretary Rajesh Agrawal told reporters on Friday that a deal was "
                    "close.");
    const auto* agrawal = find(p, "Rajesh Agrawal");
    REQUIRE(agrawal);
    CHECK(agrawal->country == "IND");
    p = people("Commerce Secretary Howard Lutnick told reporters on Friday that a deal was close.");
    REQUIRE(find(p, "Howard Lutnick"));
    CHECK(find(p, "Howard Lutnick")->country == "USA");
}

TEST_CASE("a Tanaiste and a Federal Councillor are offices and a news agency is no person") {
    auto p = people("Tánaiste Simon Harris said on Friday that Ireland expected the ceiling to "
                    "be honoured, and Federal Councillor Guy Parmelin agreed.");
    const auto* harris = find(p, "Simon Harris");
    REQUIRE(harris);
    CHECK(harris->role == "Tánaiste");
    CHECK(harris->country == "IRL");
    const auto* parmelin = find(p, "Guy Parmelin");
    REQUIRE(parmelin);
    CHECK(parmelin->role == "Federal Councillor");
    p = people("A commentary carried by Xinhua said on Friday that the truce would hold, an "
               "official said.");
    CHECK_FALSE(find(p, "Xinhua"));
}

TEST_CASE("a hyphenated given name whose first part is a word stays in the name") {
    auto p = people("Trade Minister Cheong In-kyo met Greer in Paris on Monday.");
    REQUIRE(find(p, "Cheong In-kyo"));
    CHECK(find(p, "Cheong In-kyo")->role == "Trade Minister");
    CHECK_FALSE(find(p, "Cheong"));
}

TEST_CASE("a surname particle added to a user's words file joins a name") {
    const std::string text = "Dutch Trade Minister Anneke ter Horst met Greer in Washington.";
    auto without = people(text);
    CHECK_FALSE(find(without, "Anneke ter Horst"));
    test::TempDir user;
    std::filesystem::create_directories(user / "language");
    test::write_file(user / "language" / "words.tsv", "name_particle\tter\n");
    Rules rules(DataDirs{{PARLEY_DATA_DIR_FOR_TESTS, user.path()}});
    auto with = people(text, rules);
    REQUIRE(find(with, "Anneke ter Horst"));
    CHECK(find(with, "Anneke ter Horst")->country == "NLD");
}
