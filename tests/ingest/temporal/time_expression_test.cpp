// The temporal engine on wire-style sentences written for these tests.

#include "ingest/temporal/time_expression.h"

#include <catch2/catch.hpp>

using namespace parley;

namespace {

// Tuesday 2025-05-20, 09:00 in Tokyo.
ReferenceTime tokyo_tuesday() {
    return ReferenceTime{date::sys_days{date::year{2025} / 5 / 20} + std::chrono::hours{0},
                         "Asia/Tokyo", std::chrono::minutes{0}};
}

ReferenceTime utc(int y, unsigned m, unsigned d, int hour = 12) {
    return ReferenceTime{date::sys_days{date::year{y} / date::month{m} / date::day{d}} +
                             std::chrono::hours{hour},
                         "", std::chrono::minutes{0}};
}

std::vector<TimeExpression> dates(std::string_view text,
                                  const ReferenceTime& ref = tokyo_tuesday()) {
    return find_time_expressions(text, ref);
}

// The value of the one expression whose text is `text`.
std::string value_of(std::string_view sentence, std::string_view text,
                     const ReferenceTime& ref = tokyo_tuesday()) {
    for (const auto& e : dates(sentence, ref))
        if (e.text == text) return e.value;
    return "<none>";
}

date::sys_days day(int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

} // namespace

TEST_CASE("a Kyodo article stamped 2025-05-19T23:30Z is a Tuesday in Asia/Tokyo") {
    const ReferenceTime ref{date::sys_days{date::year{2025} / 5 / 19} + std::chrono::hours{23} +
                                std::chrono::minutes{30},
                            "Asia/Tokyo", std::chrono::minutes{0}};
    CHECK(value_of("The minister said today that talks would resume.", "today", ref) ==
          "2025-05-20");
    CHECK(value_of("Officials met yesterday.", "yesterday", ref) == "2025-05-19");
    // The same instant read in UTC is still Monday.
    CHECK(value_of("Officials met today.", "today", utc(2025, 5, 19, 23)) == "2025-05-19");
}

TEST_CASE("absolute dates in their usual news forms") {
    const std::string s =
        "The accord will be signed on May 23, 2025, take effect 23 May 2025, be filed as "
        "2025-05-23 and as 5/23. Talks will follow on Friday, May 23 and Aug. 1 and Sept. 4.";
    CHECK(value_of(s, "May 23, 2025") == "2025-05-23");
    CHECK(value_of(s, "23 May 2025") == "2025-05-23");
    CHECK(value_of(s, "2025-05-23") == "2025-05-23");
    CHECK(value_of(s, "5/23") == "2025-05-23");
    CHECK(value_of(s, "Friday, May 23") == "2025-05-23");
    CHECK(value_of(s, "Aug. 1") == "2025-08-01");
    CHECK(value_of(s, "Sept. 4") == "2025-09-04");
}

TEST_CASE("months, years, quarters, halves, seasons and weeks") {
    CHECK(value_of("Exports fell in March 2025.", "March 2025") == "2025-03");
    CHECK(value_of("Growth slowed in the second quarter.", "the second quarter") == "2025-Q2");
    CHECK(value_of("Shipments will rise 4 percent in Q3.", "Q3") == "2025-Q3");
    CHECK(value_of("Shipments rose 4 percent in Q3.", "Q3") == "2024-Q3");
    CHECK(value_of("Output will recover in the first half of the year.",
                   "the first half of the year") == "2025-H1");
    CHECK(value_of("The deal may be signed this summer.", "this summer") == "2025-SU");
    CHECK(value_of("Talks are planned for next week.", "next week") == "2025-W22");
    CHECK(value_of("Ministers met last week.", "last week") == "2025-W20");
    CHECK(value_of("Tariffs were raised in 2018.", "2018") == "2018");
}

TEST_CASE("this season is the one under way, else the one of this year") {
    const auto february = utc(2025, 2, 14);
    CHECK(value_of("India will sign a deal this autumn.", "this autumn", february) == "2025-FA");
    CHECK(value_of("Gas prices rose this winter.", "this winter", february) == "2024-WI");
    CHECK(value_of("Talks will resume this summer.", "this summer", february) == "2025-SU");
    const auto october = utc(2025, 10, 14);
    CHECK(value_of("The pact was signed this spring.", "this spring", october) == "2025-SP");
    CHECK(value_of("Exports slowed this autumn.", "this autumn", october) == "2025-FA");
}

TEST_CASE("parts of months: early is days 1-10, mid 11-20, late 21 to the end") {
    const auto all = dates("Talks are due in early July, mid-June and late February.");
    REQUIRE(all.size() == 3);
    CHECK(all[0].text == "early July");
    CHECK(all[0].value == "2025-07");
    CHECK(all[0].date.mod == "START");
    CHECK(all[0].date.value == "2025-07-01/2025-07-10");
    CHECK(all[1].text == "mid-June");
    CHECK(all[1].date.value == "2025-06-11/2025-06-20");
    CHECK(all[1].date.mod == "MID");
    CHECK(all[2].date.first == day(2026, 2, 21));
    CHECK(all[2].date.last == day(2026, 2, 28));
    CHECK(all[2].date.mod == "END");
}

TEST_CASE("the end of a month, the beginning of next month, the first half of the year") {
    auto e = dates("Tariffs could rise at the end of May.");
    REQUIRE(e.size() == 1);
    CHECK(e[0].text == "the end of May");
    CHECK(e[0].date.value == "2025-05-21/2025-05-31");
    e = dates("A decision is expected at the beginning of next month.");
    REQUIRE(e.size() == 1);
    CHECK(e[0].value == "2025-06");
    CHECK(e[0].date.value == "2025-06-01/2025-06-10");
}

TEST_CASE("weekdays take their direction from the clause") {
    // Past clause: the latest one not after publication, the same day included.
    CHECK(value_of("The ministry said Tuesday it would respond.", "Tuesday") == "2025-05-20");
    CHECK(value_of("Negotiators met on Monday in Geneva.", "Monday") == "2025-05-19");
    CHECK(value_of("Negotiators met on Friday in Geneva.", "Friday") == "2025-05-16");
    // Future clause: the coming one.
    CHECK(value_of("Negotiators will meet on Friday in Geneva.", "Friday") == "2025-05-23");
    CHECK(value_of("The minister is scheduled to fly to Washington on Thursday.", "Thursday") ==
          "2025-05-22");
    // No cue: news reports what happened, so a bare weekday leans past.
    CHECK(value_of("Talks in Geneva on Friday.", "Friday") == "2025-05-16");
    // "since" points back.
    CHECK(value_of("Talks have been held since Monday.", "Monday") == "2025-05-19");
}

TEST_CASE("a headline's date takes no tense from the body below it") {
    // Published Tuesday 2025-05-20 (Tokyo); a headline ends with its line.
    CHECK(value_of("Japan extends truce to Nov. 10\n\nTrump signed an order.", "Nov. 10") ==
          "2025-11-10");
}

TEST_CASE("a verb in -ed after the clause's future verb lends the date no past") {
    // Published Tuesday 2025-05-20 (Tokyo).
    // "mailed" is no verb of the clause: "will lower" is.
    CHECK(value_of("The United States will lower the duty on small parcels mailed from China "
                   "to 54 percent on Wednesday.",
                   "Wednesday") == "2025-05-21");
    // ... unless it is the date's own: "the two governments announced on Friday".
    CHECK(value_of("The United States will cut its tariff under an agreement the two "
                   "governments announced on Friday.",
                   "Friday") == "2025-05-16");
    // "for" whom it was announced: the announcing's month, in a clause of "would".
    CHECK(value_of("Goods would face 35 percent, below the 37 percent he announced for "
                   "Bangladesh in April.",
                   "April") == "2025-04");
}

TEST_CASE("a weekday behind whom or where a telling was made is the telling's day") {
    // Published Tuesday 2025-05-20 (Tokyo): the "would" of what was told
    // does not reach back past its listener or medium to the telling's date.
    CHECK(value_of("Trump told reporters on Tuesday that tariffs would rise.", "Tuesday") ==
          "2025-05-20");
    CHECK(value_of("Akazawa told a news conference on Friday that Japan would not concede.",
                   "Friday") == "2025-05-16");
    CHECK(value_of("Trump told reporters aboard Air Force One on Sunday that he would act.",
                   "Sunday") == "2025-05-18");
    CHECK(value_of("The ministry said in a statement on Monday that it would retaliate.",
                   "Monday") == "2025-05-19");
    CHECK(value_of("Trump wrote on Truth Social on Monday that tariffs would rise.", "Monday") ==
          "2025-05-19");
    CHECK(value_of("Bessent said after talks in Stockholm on Monday that the truce would hold.",
                   "Monday") == "2025-05-19");
    // What was said, not where: the weekday stays with the clause told.
    CHECK(value_of("Officials said the talks on Friday would focus on autos.", "Friday") ==
          "2025-05-23");
    CHECK(value_of("The ministry said the tariffs would rise on Friday.", "Friday") ==
          "2025-05-23");
}

TEST_CASE("a weekday opening the sentence dates the telling that follows its comma") {
    // Published Tuesday 2025-05-20 (Tokyo).
    CHECK(value_of("On Monday, Trump said he would raise tariffs.", "Monday") == "2025-05-19");
    CHECK(value_of("In a post on Truth Social on Friday, Trump said he would act.", "Friday") ==
          "2025-05-16");
    CHECK(value_of("On Friday, Japan's top tariff negotiator Ryosei Akazawa told reporters he "
                   "would visit again.",
                   "Friday") == "2025-05-16");
    // An aside, a clause with no telling, or a telling inside the subject.
    CHECK(value_of("On Friday, officials said, the tariffs will rise.", "Friday") == "2025-05-23");
    CHECK(value_of("On Friday, the tariffs will rise.", "Friday") == "2025-05-23");
    CHECK(value_of("On Friday, the tariffs that officials said would rise will take effect.",
                   "Friday") == "2025-05-23");
    CHECK(value_of("The suspension runs until Friday, the Commission said.", "Friday") ==
          "2025-05-23");
}

TEST_CASE("a weekday in an aside just before a verb of saying is the telling's day") {
    // Published Tuesday 2025-05-20 (Tokyo).
    CHECK(value_of("Beijing, in a ministry statement on Monday, said it would respond.",
                   "Monday") == "2025-05-19");
    CHECK(value_of("Lutnick, speaking to CNBC on Thursday, said the deal would be signed.",
                   "Thursday") == "2025-05-15");
    // An aside with a verb of its own keeps its own tense.
    CHECK(value_of("Trump, who will travel on Friday, said tariffs would rise.", "Friday") ==
          "2025-05-23");
}

TEST_CASE("a participle of saying beside a weekday speaks of the nearest one") {
    CHECK(value_of("Trump, speaking Monday at the White House, said tariffs would rise.",
                   "Monday") == "2025-05-19");
}

TEST_CASE("a word in -ed right after \"that\" and before a weekday is its verb") {
    CHECK(value_of("Talks that ended Monday in Geneva will resume next month.", "Monday") ==
          "2025-05-19");
}

TEST_CASE("vague references to the coming or present time are placed as TimeML's") {
    CHECK(value_of("Talks will resume in coming days.", "coming days") == "FUTURE_REF");
    CHECK(value_of("A deal could come in the coming weeks.", "the coming weeks") == "FUTURE_REF");
    CHECK(value_of("Prices could rise in the near term.", "the near term") == "FUTURE_REF");
    CHECK(value_of("The tariffs are currently suspended.", "currently") == "PRESENT_REF");
}

TEST_CASE("a span after \"for\" and a start after \"from\" are a period and its start") {
    const auto x = dates("The truce was extended for 90 days from Aug. 12.");
    REQUIRE(x.size() == 2);
    CHECK(x[0].text == "90 days");
    CHECK(x[0].value == "P90D");
    CHECK(x[1].text == "Aug. 12");
    // Without "for", the span counts from the day: "90 days from Aug. 12".
    CHECK(value_of("The tariffs take effect 90 days from Aug. 12.", "90 days from Aug. 12") ==
          "2025-11-10");
    CHECK(value_of("China will suspend the tariff for another year.", "another year") == "P1Y");
    CHECK(value_of("The pause was extended for a further 90 days from Tuesday.", "90 days") ==
          "P90D");
}

TEST_CASE("a span after a record's \"in\" runs back, not ahead") {
    CHECK(value_of("Carney and Xi held their first formal meeting in eight years.",
                   "eight years") == "P8Y");
    CHECK(value_of("Exports fell at the steepest pace in five years.", "five years") == "P5Y");
    // With no record before it, "in" counts ahead.
    CHECK(value_of("The tariff will rise in two years.", "two years") == "2027");
}

TEST_CASE("a month without a year follows its clause") {
    // Published in May 2025.
    CHECK(value_of("Washington imposed the levies in July.", "July") == "2024-07");
    CHECK(value_of("Washington will impose the levies in July.", "July") == "2025-07");
    CHECK(value_of("Washington imposed the levies in March.", "March") == "2025-03");
    CHECK(value_of("Washington will impose the levies in March.", "March") == "2026-03");
}

namespace {

// An instant on the wall clock of a fixed UTC offset, as a pubDate gives it.
ReferenceTime at(int y, unsigned m, unsigned d, int hour, int offset_hours) {
    return ReferenceTime{date::sys_days{date::year{y} / date::month{m} / date::day{d}} +
                             std::chrono::hours{hour - offset_hours},
                         "", std::chrono::minutes{60 * offset_hours}};
}

} // namespace

TEST_CASE("a month-day that a measure runs from is this year's, not last year's") {
    const auto june17 = at(2025, 6, 17, 9, 9);
    CHECK(value_of("The tariff cut applies from June 30, the ministry said.", "June 30", june17) ==
          "2025-06-30");
    CHECK(value_of("President Donald Trump has signed an executive order cutting the tariff on "
                   "British cars to 10 percent from June 30.",
                   "June 30", june17) == "2025-06-30");
    CHECK(value_of("Trump said on Friday he was recommending a straight 50 percent tariff on EU "
                   "goods starting June 1.",
                   "June 1", at(2025, 5, 23, 16, -4)) == "2025-06-01");
    CHECK(value_of("The lower rate applied to vehicles entering the country effective Sept. 16, "
                   "officials said.",
                   "Sept. 16", at(2025, 9, 5, 11, 9)) == "2025-09-16");
    // A past clause with a start cue still takes the nearest, whichever side it is.
    CHECK(value_of("The duties took effect from June 1, the ministry said.", "June 1", june17) ==
          "2025-06-01");
}

TEST_CASE("a date heading a timeline item takes the tense of the item after its colon") {
    const auto oct27 = at(2025, 10, 27, 10, 7);
    CHECK(value_of("April 2: Trump announced a 36% tariff on Thai goods.", "April 2", oct27) ==
          "2025-04-02");
    // A relative clause about the item's subject has a tense of its own.
    const auto sept19 = at(2025, 9, 19, 10, -6);
    CHECK(value_of("Late October: A 90-day reprieve that Trump granted Mexico on July 31, holding "
                   "off a rise in tariffs, runs out.",
                   "Late October", sept19) == "2025-10");
}

TEST_CASE("a day still ahead on a past day told is the next one after that day") {
    const auto oct27 = at(2025, 10, 27, 10, 7);
    CHECK(value_of("Trump said on July 7 that the tariffs would take effect on Aug. 1.", "Aug. 1",
                   oct27) == "2025-08-01");
    CHECK(value_of("July 7: Trump said Thai goods would face the rate from Aug. 1.", "Aug. 1",
                   oct27) == "2025-08-01");
    // With no day told, the future clause looks ahead of publication.
    CHECK(value_of("Trump said the tariffs would take effect on Aug. 1.", "Aug. 1", oct27) ==
          "2026-08-01");
    // Told today, the day ahead is ahead of today.
    CHECK(value_of("On Monday, officials said talks would resume in March.", "March", oct27) ==
          "2026-03");
}

TEST_CASE("a future verb reaches its participle through hyphens and rates in the object") {
    const auto fri = at(2025, 9, 5, 16, 8);
    CHECK(value_of("China will impose anti-dumping duties of up to 62.4% on pork imported from the "
                   "European Union from Wednesday, the ministry said on Friday.",
                   "Wednesday", fri) == "2025-09-10");
}

TEST_CASE("a month a round is pencilled in for lies ahead") {
    const auto oct10 = at(2025, 10, 10, 21, 5);
    CHECK(value_of("A 15th round is pencilled in for New Delhi in November.", "November", oct10) ==
          "2025-11");
    CHECK(value_of("A 15th round is pencilled in for New Delhi in March.", "March", oct10) ==
          "2026-03");
}

TEST_CASE("a weekday a past clause bounds is this week's or last, not next week's") {
    const auto fri = at(2025, 10, 10, 21, 5);
    CHECK(value_of("The round, held from Monday to Friday, ended without a deal.", "Monday", fri) ==
          "2025-10-06");
    CHECK(value_of("The duties took effect from Monday, officials said.", "Monday", fri) ==
          "2025-10-06");
    // A future clause still looks ahead.
    CHECK(value_of("The duties will take effect from Monday.", "Monday", fri) == "2025-10-13");
}

TEST_CASE("a day of a year named by its distance from this one is one expression") {
    const auto aug13 = at(2025, 8, 13, 10, -6);
    CHECK(value_of("It had extended the probe by six months, to March 9 next year.",
                   "March 9 next year", aug13) == "2026-03-09");
    CHECK(value_of("The duty took effect on 9 March last year.", "9 March last year", aug13) ==
          "2024-03-09");
}

TEST_CASE("a bare weekend that qualifies talks is read as their attribute") {
    // Tuesday 2025-05-20 in Tokyo: the weekend before is May 17-18.
    const auto e = dates("The deal came after weekend talks in Geneva.");
    REQUIRE(e.size() == 1);
    CHECK(e[0].text == "weekend");
    CHECK(e[0].value == "2025-W20-WE");
    CHECK(e[0].cue == "attributive");
    // Alone, a bare weekend names no time.
    CHECK(dates("Traders had a quiet weekend.").empty());
}

TEST_CASE("a month a proposed measure starts in is the nearest, though the proposal is past") {
    const auto sept11 = at(2025, 9, 11, 10, -6);
    CHECK(value_of("Ottawa has proposed raising its duty on imported steel to 40 percent "
                   "starting in January.",
                   "January", sept11) == "2026-01");
    CHECK(value_of("The board voted to lift the levy beginning in February, a spokesman said.",
                   "February", sept11) == "2026-02");
    // With no start cue, the past clause keeps its past month.
    CHECK(value_of("Ottawa raised its duty on imported steel in January.", "January", sept11) ==
          "2025-01");
}

TEST_CASE("a month-day in a future clause is the next one") {
    const auto june17 = at(2025, 6, 17, 9, 9);
    CHECK(value_of("The two sides will meet again on July 20.", "July 20", june17) == "2025-07-20");
    CHECK(value_of("The two sides will meet again on Jan. 10.", "Jan. 10", june17) == "2026-01-10");
    CHECK(value_of("The levy, which takes effect on Aug. 7, was announced by the White House.",
                   "Aug. 7", june17) == "2025-08-07");
}

TEST_CASE("a month-day in a past clause is the latest one not after publication") {
    const auto june17 = at(2025, 6, 17, 9, 9);
    CHECK(value_of("Negotiators met in Geneva on March 3.", "March 3", june17) == "2025-03-03");
    CHECK(value_of("The levies took effect on Dec. 20, officials said.", "Dec. 20", june17) ==
          "2024-12-20");
    CHECK(value_of("Talks were held on June 17.", "June 17", june17) == "2025-06-17");
}

TEST_CASE("a month-day is never about a year away when a nearer one fits its words") {
    const auto june17 = at(2025, 6, 17, 11, 9);
    // The past tense belongs to "accused", not to the election.
    CHECK(value_of("Opposition lawmakers accused the government of mishandling the talks ahead of "
                   "the upper house election on July 20.",
                   "July 20", june17) == "2025-07-20");
    CHECK(value_of("Talks were held on July 20.", "July 20", june17) == "2025-07-20");
    // Negotiators "had been due to visit" over days that include publication.
    CHECK(value_of("U.S. negotiators who had been due to visit New Delhi from Aug. 25 to 29 "
                   "have postponed the trip, officials said.",
                   "from Aug. 25 to 29", at(2025, 8, 27, 10, 5)) == "2025-08-25/2025-08-29");
    // No tense at all: the nearest.
    CHECK(value_of("Deadline: July 9.", "July 9", june17) == "2025-07-09");
    // A month alone keeps the rule of its clause.
    CHECK(value_of("Washington imposed the levies in July.", "July", june17) == "2024-07");
}

TEST_CASE("weekdays with parts of the day, today, tomorrow, tonight, this morning, the weekend") {
    auto e = dates("The envoy will arrive Wednesday afternoon.");
    REQUIRE(e.size() == 1);
    CHECK(e[0].text == "Wednesday afternoon");
    CHECK(e[0].type == TimexType::time);
    CHECK(e[0].value == "2025-05-21TAF");
    CHECK(value_of("The minister spoke this morning.", "this morning") == "2025-05-20TMO");
    CHECK(value_of("A vote is due tonight.", "tonight") == "2025-05-20TNI");
    CHECK(value_of("A vote is due tomorrow.", "tomorrow") == "2025-05-21");
    CHECK(value_of("Protesters gathered over the weekend.", "the weekend") == "2025-W20-WE");
}

TEST_CASE("times with zones keep their own wall clock and say their offset") {
    auto e = dates("The duties take effect at 12:01 a.m. EDT on Nov. 10.");
    REQUIRE(e.size() == 1);
    CHECK(e[0].text == "12:01 a.m. EDT on Nov. 10");
    CHECK(e[0].type == TimexType::time);
    CHECK(e[0].value == "2025-11-10T00:01");
    REQUIRE(e[0].utc_offset);
    CHECK(e[0].utc_offset->count() == -240);
    CHECK(value_of("Leaders will speak at 8 p.m. on Thursday.", "8 p.m. on Thursday") ==
          "2025-05-22T20:00");
}

TEST_CASE("a place's time is that place's zone on the day told") {
    auto summer = dates("The duties take effect at 12:01 a.m. Washington time on Aug. 7.");
    REQUIRE(summer.size() == 1);
    CHECK(summer[0].text == "12:01 a.m. Washington time on Aug. 7");
    CHECK(summer[0].value == "2025-08-07T00:01");
    REQUIRE(summer[0].utc_offset);
    CHECK(summer[0].utc_offset->count() == -240);
    auto winter = dates("The duties take effect at midnight Washington time on Jan. 9.");
    REQUIRE(winter.size() == 1);
    CHECK(winter[0].text == "midnight Washington time on Jan. 9");
    REQUIRE(winter[0].utc_offset);
    CHECK(winter[0].utc_offset->count() == -300);
    auto local = dates("Trading resumed at noon local time on Thursday.");
    REQUIRE(local.size() == 1);
    CHECK(local[0].text == "noon local time on Thursday");
    CHECK_FALSE(local[0].utc_offset);
    // A place's name alone says no clock.
    CHECK(dates("Washington time is running short, he said.").empty());
}

TEST_CASE("relative dates count from publication, or from the date the text last gave") {
    CHECK(value_of("The talks collapsed two weeks ago.", "two weeks ago") == "2025-W19");
    CHECK(value_of("A ruling is due in three days.", "three days") == "2025-05-23");
    CHECK(value_of("Prices rose last month.", "last month") == "2025-04");
    CHECK(value_of("Prices will be reviewed next month.", "next month") == "2025-06");
    const auto e = dates("The envoys met on March 3, 2025. The following day they signed.");
    REQUIRE(e.size() == 2);
    CHECK(e[1].text == "The following day");
    CHECK(e[1].value == "2025-03-04");
    CHECK(value_of("Talks began on April 2, 2025. A week later they stalled.", "A week later") ==
          "2025-04-09");
}

TEST_CASE("durations, and a 90-day pause from 2025-04-09 expires on 2025-07-08") {
    auto e = dates("The levies were suspended for 90 days.");
    REQUIRE(e.size() == 1);
    CHECK(e[0].type == TimexType::duration);
    CHECK(e[0].value == "P90D");
    CHECK(e[0].duration_days == 90);
    CHECK(value_of("a three-month truce", "three-month") == "P3M");
    CHECK(value_of("within 90 days", "90 days") == "P90D");
    e = dates("The White House announced a 90-day pause from April 9, 2025.");
    REQUIRE(e.size() == 2);
    CHECK(e[0].text == "90-day");
    CHECK(e[0].date.first == day(2025, 4, 9));
    CHECK(e[0].date.last == day(2025, 7, 7));
    REQUIRE(e[0].expires);
    CHECK(*e[0].expires == day(2025, 7, 8));
    CHECK(e[1].cue == "from");
}

TEST_CASE("bounds and deadlines carry their cue") {
    auto e = dates("Tokyo must reply no later than July 9 and duties apply on or after 12:01 a.m. "
                   "on August 7, starting August 1 until early July.");
    REQUIRE(e.size() == 4);
    CHECK(e[0].cue == "no_later_than");
    CHECK(e[0].value == "2025-07-09");
    CHECK(e[1].cue == "on_or_after");
    CHECK(e[1].value == "2025-08-07T00:01");
    CHECK(e[2].cue == "starting");
    CHECK(e[2].value == "2025-08-01");
    CHECK(e[3].cue == "until");
}

TEST_CASE("a cut backdated to a day starts on that day, as a retroactive one does") {
    for (std::string text : {"Washington cut the tariff to 15%, backdated to Aug. 1.",
                             "Washington cut the tariff to 15%, retroactive to Aug. 1."}) {
        auto e = dates(text);
        REQUIRE(e.size() == 1);
        CHECK(e[0].cue == "starting");
        CHECK(e[0].value == "2025-08-01");
    }
}

TEST_CASE("a start just after midnight starts on that day") {
    auto e = dates("The levy applies to both metals starting just after midnight on Wednesday.");
    REQUIRE(e.size() == 1);
    CHECK(e[0].cue == "starting");
    CHECK(e[0].value == "2025-05-21T00:00");
    e = dates("The levy applies from shortly after midnight on Wednesday.");
    REQUIRE(e.size() == 1);
    CHECK(e[0].cue == "from");
    // Just after a time is that time's day, not a bound after it.
    e = dates("Canada began charging the tariff just after midnight on Wednesday.");
    REQUIRE(e.size() == 1);
    CHECK(e[0].cue == "on_or_after");
    CHECK(e[0].value == "2025-05-14T00:00");
}

TEST_CASE("a reference parley cannot place keeps its text and has no value") {
    const auto e = dates("The two sides hope to settle before the G7 summit.");
    REQUIRE(e.size() == 1);
    CHECK(e[0].cue == "before");
    CHECK(e[0].text == "the G7 summit");
    CHECK(e[0].value.empty());
    CHECK_FALSE(e[0].date.known());
}

TEST_CASE("unknown dates stay unknown, never today's date") {
    CHECK(dates("The minister may visit Washington to press the case.").empty());
    CHECK(dates("Theresa May met the delegation.").empty());
    CHECK(dates("Exports of 2,000 cars and 1500 trucks rose 12 percent.").empty());
}

TEST_CASE("a phrase on its own leans to the future, as Duckling does") {
    const auto ref = tokyo_tuesday();
    auto e = parse_time_phrase("friday", ref);
    REQUIRE(e);
    CHECK(e->value == "2025-05-23");
    e = parse_time_phrase("tuesday", ref);
    REQUIRE(e);
    CHECK(e->value == "2025-05-27");
    e = parse_time_phrase("last friday", ref);
    REQUIRE(e);
    CHECK(e->value == "2025-05-16");
    CHECK_FALSE(parse_time_phrase("the talks", ref));
    CHECK_FALSE(parse_time_phrase("friday talks", ref));
}

TEST_CASE("the same date is the day last named, as the same day is") {
    std::string text = "Japan will be charged 25 percent from Aug. 1. South Korea will be charged "
                       "25 percent from the same date.";
    CHECK(value_of(text, "the same date") == "2025-08-01");
}

TEST_CASE("from the same date is the day last said to run from, past other days named since") {
    std::string text = "Trump announced a tariff on drugs from Oct. 1. He wrote on Thursday that "
                       "it would spare some firms. He also announced, from the same date, a tariff "
                       "on trucks.";
    CHECK(value_of(text, "Oct. 1") == "2025-10-01");
    CHECK(value_of(text, "the same date") == "2025-10-01");
}

TEST_CASE("from the same day is the day last told as a start, whichever word told it") {
    std::string text = "Trump announced a tariff on drugs starting Oct. 1. He wrote late on "
                       "Thursday that it would spare some firms, and that trucks would face a "
                       "tariff from the same day.";
    CHECK(value_of(text, "the same day") == "2025-10-01");
}

TEST_CASE(
    "a day told of an announcement stays past though the saying after its comma looks ahead") {
    // Tuesday 2025-05-20: the Wednesday of the announcement is the one before.
    CHECK(value_of("Trump announced the agreement late on Wednesday, saying that Washington "
                   "would work with Islamabad.",
                   "Wednesday") == "2025-05-14");
    // With no telling before the date, the clause after it still gives the tense.
    CHECK(value_of("The group might come as soon as Wednesday, according to reports.",
                   "Wednesday") == "2025-05-21");
}

TEST_CASE("a quarter of next year is one expression as a half of next year is") {
    // Tuesday 2025-05-20.
    CHECK(value_of("The pact takes effect in the first quarter of next year.",
                   "the first quarter of next year") == "2026-Q1");
    CHECK(value_of("The pact takes effect in the first half of next year.",
                   "the first half of next year") == "2026-H1");
    CHECK(value_of("Sales rose in the third quarter of the year.",
                   "the third quarter of the year") == "2025-Q3");
}

TEST_CASE("the same day after a month named in its sentence is a day of that month") {
    std::string text = "Washington doubled the tariffs on May 4. When it imposed them in March, "
                       "Ottawa answered the same day.";
    CHECK(value_of(text, "the same day") == "2025-03");
    // A month told in another sentence leaves the day last named.
    std::string apart = "Washington doubled the tariffs on May 4. It had imposed them in March. "
                        "Ottawa answered the same day.";
    CHECK(value_of(apart, "the same day") == "2025-05-04");
}

TEST_CASE("a weekday when leaders meet is still to come, though the sentence tells the past") {
    std::string text = "Negotiators said they had agreed on a deal for the two leaders to approve "
                       "when they meet in Gyeongju on Monday.";
    CHECK(value_of(text, "Monday") == "2025-05-26");
    std::string leaves = "Trump leaves Riyadh on Monday for Doha.";
    CHECK(value_of(leaves, "Monday") == "2025-05-26");
}

TEST_CASE("later in the day is the day last named, past a month named since") {
    std::string text = "Trump met the minister on Friday. The minister has led the talks since "
                       "April. Later in the day, Trump met the ambassador.";
    CHECK(value_of(text, "Friday") == "2025-05-16");
    CHECK(value_of(text, "Later in the day") == "2025-05-16");
}

TEST_CASE("until late October keeps its last eleven days, by the end of October is the last") {
    auto date_of = [](std::string_view sentence, std::string_view text) {
        for (const auto& e : dates(sentence))
            if (e.text == text) return e.date.value;
        return std::string("<none>");
    };
    CHECK(date_of("The current rate will stay in place until late October.", "late October") ==
          "2025-10-21/2025-10-31");
    CHECK(date_of("The two sides aim to sign an agreement by the end of October.",
                  "the end of October") == "2025-10-31");
}

TEST_CASE("a state that runs until a month ends in the coming one, unless told in the past") {
    // Brussels, Tuesday 2025-08-05: February is six months either way.
    const ReferenceTime brussels{day(2025, 8, 5) + std::chrono::hours{14}, "Europe/Brussels",
                                 std::chrono::minutes{120}};
    CHECK(value_of("The suspension runs until early February.", "early February", brussels) ==
          "2026-02");
    CHECK(value_of("The pause lasts until February.", "February", brussels) == "2026-02");
    CHECK(value_of("The tariffs were suspended until early February.", "early February",
                   brussels) == "2025-02");
}

TEST_CASE("a plan told as superseded takes the nearest day, a plan still standing the coming one") {
    // New Delhi, Tuesday 2025-09-16.
    const ReferenceTime delhi{day(2025, 9, 16) + std::chrono::hours{14}, "Asia/Kolkata",
                              std::chrono::minutes{330}};
    CHECK(value_of("The sixth round, originally planned for late August, was called off.",
                   "late August", delhi) == "2025-08");
    CHECK(value_of("The sixth round is planned for late August.", "late August", delhi) ==
          "2026-08");
}

TEST_CASE("late on a weekday night is the night of that day, told whole") {
    const auto all = dates("Negotiators worked until late Thursday night on the text.");
    REQUIRE(all.size() == 1);
    CHECK(all[0].text == "late Thursday night");
    CHECK(all[0].date.first == day(2025, 5, 22));
}

TEST_CASE("a weekday in a plan told in the past is the coming one") {
    // Tuesday 2025-05-20: the Friday of the plan is 2025-05-23, not 2025-05-16.
    CHECK(value_of("The deal averted a levy that Washington had planned to impose on Friday.",
                   "Friday") == "2025-05-23");
    CHECK(value_of("Ottawa said it intended to retaliate on Friday.", "Friday") == "2025-05-23");
    CHECK(value_of("Ottawa retaliated on Friday.", "Friday") == "2025-05-16");
}

TEST_CASE("\"by 1 a.m.\" said in the hour New York falls back ends at the second 1 a.m.") {
    // 05:30Z on 2025-11-02 is 01:30 EDT; at 06:00Z the clocks go back to
    // 01:00 EST. The deadline is half an hour away, earlier on the wall
    // clock: the window cannot start after it ends.
    const ReferenceTime ref{date::sys_days{date::year{2025} / 11 / 2} + std::chrono::minutes{330},
                            "America/New_York", std::chrono::minutes{-240}};
    for (const auto& e : find_time_expressions("Officials must reply by 01h.", ref)) {
        INFO(e.text << " " << e.value);
        if (e.start && e.stop) CHECK(*e.start <= *e.stop);
    }
    const auto phrase = parse_time_phrase("by 01h", ref);
    REQUIRE(phrase);
    REQUIRE(phrase->stop);
    CHECK(date::format("%F %R", *phrase->stop) == "2025-11-02 01:00");
    REQUIRE(phrase->start);
    CHECK(*phrase->start <= *phrase->stop);
}

TEST_CASE("a range from a clock time back to its own hour is no range") {
    const ReferenceTime ref{date::sys_days{date::year{2025} / 12 / 31} +
                                std::chrono::seconds{86399},
                            "Europe/London", std::chrono::minutes{0}};
    for (const auto& e : find_time_expressions("Filed at 12:01:01-12 local time.", ref))
        if (e.start && e.stop) CHECK(*e.start <= *e.stop);
    if (const auto phrase = parse_time_phrase("12:01:01-12", ref))
        if (phrase->start && phrase->stop) CHECK(*phrase->start <= *phrase->stop);
}

TEST_CASE("a side that proposed on a weekday did so in the past; proposed talks lie ahead") {
    // Tuesday 2025-05-20.
    CHECK(value_of("The Commission proposed on Friday to cut the quotas.", "Friday") ==
          "2025-05-16");
    CHECK(value_of("The proposed talks on Friday were welcomed.", "Friday") == "2025-05-23");
}

TEST_CASE("a count of days in a sentence told of a past day counts from that day") {
    // Tuesday 2025-05-20 in Tokyo: Friday was 2025-05-16.
    std::string text = "The president on Friday ordered a 20 percent duty on steel, to take effect "
                       "in 21 days.";
    CHECK(value_of(text, "Friday") == "2025-05-16");
    CHECK(value_of(text, "21 days") == "2025-06-06");
    std::string weeks = "The minister said on Friday that talks would resume in two weeks.";
    CHECK(value_of(weeks, "two weeks") == "2025-05-30");
}

TEST_CASE("a count of days in a sentence of its own counts from publication") {
    std::string text = "The president ordered the duty on Friday. It will take effect in 21 days.";
    CHECK(value_of(text, "21 days") == "2025-06-10");
    std::string ahead = "Talks are set for Friday, and a decision is due in 21 days.";
    CHECK(value_of(ahead, "21 days") == "2025-06-10");
}

TEST_CASE("a month a plan was told for, right after its noun, is the nearest one") {
    // Tuesday 2025-05-20: the March before is nearer than the next one.
    std::string called_off = "A third round planned for March was called off.";
    CHECK(value_of(called_off, "March") == "2025-03");
    std::string ahead = "A third round planned for July will go ahead.";
    CHECK(value_of(ahead, "July") == "2025-07");
    // With a verb of its own the plan keeps its tense.
    CHECK(value_of("Talks are planned for March.", "March") == "2026-03");
}

TEST_CASE("the same evening and that morning are a part of the day last named") {
    std::string text = "The two leaders spoke on Friday. Ottawa shelved, the same evening, its "
                       "counter-tariffs, and that morning Mexico had agreed to act.";
    CHECK(value_of(text, "Friday") == "2025-05-16");
    CHECK(value_of(text, "the same evening") == "2025-05-16TEV");
    CHECK(value_of(text, "that morning") == "2025-05-16TMO");
}

TEST_CASE("a day told right after the object of a telling, before a clause on that object, is "
          "the telling's") {
    // Tuesday 2025-05-20: March 2 is the one before, though the clause on the
    // deal looks ahead.
    CHECK(value_of("Trump first announced the deal on March 2, under which goods would pay 20%.",
                   "March 2") == "2025-03-02");
    CHECK(value_of("Trump first announced the deal on March 2, which would cut tariffs.",
                   "March 2") == "2025-03-02");
    // What is said is no object: the day is the tariff's.
    CHECK(value_of("Trump said the tariff on July 2 would double.", "July 2") == "2025-07-02");
}

TEST_CASE("a day in a relative clause on a noun takes the clause's own tense, not the verb's "
          "before the noun") {
    // Tuesday 2025-05-20: Nov. 10 is the one ahead, though the order was signed.
    const std::string text =
        "Trump signed an executive order on Monday that pushes back to Nov. 10 the return of "
        "the tariff, which had been set to take effect again on Tuesday.";
    CHECK(value_of(text, "Nov. 10") == "2025-11-10");
    // What "that" opens after a verb of saying is what was said, in its tense.
    CHECK(value_of("Officials said that the talks ended on Friday.", "Friday") == "2025-05-16");
}

TEST_CASE("a plan told in the past perfect takes the nearest of its weekdays") {
    // Tuesday 2025-05-20: the Monday just gone, not the one ahead.
    CHECK(value_of("A U.S. team had been due in New Delhi on Monday for talks.", "Monday") ==
          "2025-05-19");
    // The Friday ahead, three days off, is nearer than the one gone.
    CHECK(value_of("Talks that had been scheduled for Friday were called off.", "Friday") ==
          "2025-05-23");
}

TEST_CASE("a measure that lapses in a month lapses in the coming one") {
    // Tuesday 2025-05-20: February is nearer behind, but a lapse is still to come.
    CHECK(value_of("The suspension lapses in early February unless it is renewed.",
                   "early February") == "2026-02");
}

TEST_CASE("a day after a saying told after its words is the saying's, past a future before it") {
    // Tuesday 2025-05-20: the saying was after last Thursday's talks, whatever
    // the words it tells say of July.
    CHECK(value_of("Seoul will try to reach a package before the suspension expires on July 8, "
                   "Finance Minister Choi Sang-mok said after the two countries' first "
                   "high-level trade talks in Washington on Thursday.",
                   "Thursday") == "2025-05-15");
}
