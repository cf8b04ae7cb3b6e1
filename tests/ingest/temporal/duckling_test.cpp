// Duckling's English time corpus, read from the peers' folder at test time.
//
// How a case is compared: the phrase goes to parse_time_phrase() with
// Duckling's reference (Tuesday 2013-02-12 04:30 at UTC-2), and must come
// back as one expression covering the whole phrase (a leading "on", "at",
// "in", "for", "during", "around", "about", "approximately" aside).
//  - A value case passes when the expression's start, on the reference's
//    wall clock, is Duckling's value and its grain is Duckling's grain.
//  - An interval case passes when start and end (exclusive, as Duckling's)
//    are Duckling's; an open interval has only the side Duckling gives.
// parley's own conventions are kept where they differ (meteorological
// seasons, TimeML weekends), and those cases count as failures here.

#include "ingest/temporal/time_expression.h"
#include "support/shared.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

using namespace parley;

namespace {

// "2013-02-12T04:30:00.000-02:00": the wall clock and the offset.
struct Stamp {
    date::local_seconds local;
    std::chrono::minutes offset{0};
};

Stamp parse_stamp(const std::string& s) {
    auto num = [&](std::size_t at, std::size_t n) { return std::stoi(s.substr(at, n)); };
    std::size_t shift = s[0] == '-' ? 1 : 0;
    const int y = num(shift, 4) * (shift ? -1 : 1);
    const date::year_month_day ymd{date::year{y},
                                   date::month{static_cast<unsigned>(num(shift + 5, 2))},
                                   date::day{static_cast<unsigned>(num(shift + 8, 2))}};
    Stamp out;
    out.local = date::local_seconds{date::local_days{ymd}} +
                std::chrono::hours{num(shift + 11, 2)} + std::chrono::minutes{num(shift + 14, 2)} +
                std::chrono::seconds{num(shift + 17, 2)};
    const auto z = s.size() - 6;
    const int sign = s[z] == '-' ? -1 : 1;
    out.offset = std::chrono::minutes{sign * (num(z + 1, 2) * 60 + num(z + 4, 2))};
    return out;
}

ReferenceTime reference_of(const std::string& s) {
    const Stamp st = parse_stamp(s);
    return ReferenceTime{date::sys_seconds{st.local.time_since_epoch() - st.offset}, "", st.offset};
}

// The expression's instant on the reference's wall clock.
date::local_seconds on_reference_clock(date::local_seconds t, const TimeExpression& e,
                                       std::chrono::minutes ref_offset) {
    if (!e.utc_offset) return t;
    return t - *e.utc_offset + ref_offset;
}

bool grain_matches(TimeGrain g, const std::string& duckling) {
    return to_string(g) == duckling;
}

bool passes(const nlohmann::json& c, std::string* got) {
    const ReferenceTime ref = reference_of(c["reference"]);
    const auto e = parse_time_phrase(c["text"].get<std::string>(), ref);
    if (!e) {
        *got = "nothing";
        return false;
    }
    auto show = [&](const std::optional<date::local_seconds>& t) {
        return t ? date::format("%FT%T", on_reference_clock(*t, *e, ref.offset)) : std::string("-");
    };
    *got = e->value + " [" + show(e->start) + ", " + show(e->stop) + ") " +
           std::string(to_string(e->grain));
    const auto& x = c["expect"];
    if (x["type"] == "value") {
        const Stamp want = parse_stamp(x["value"]);
        return e->start && on_reference_clock(*e->start, *e, ref.offset) == want.local &&
               grain_matches(e->grain, x["grain"]);
    }
    bool ok = true;
    if (x.contains("from"))
        ok = ok && e->start &&
             on_reference_clock(*e->start, *e, ref.offset) == parse_stamp(x["from"]["value"]).local;
    else
        ok = ok && !e->start;
    if (x.contains("to"))
        ok = ok && e->stop &&
             on_reference_clock(*e->stop, *e, ref.offset) == parse_stamp(x["to"]["value"]).local;
    else
        ok = ok && !e->stop;
    return ok;
}

nlohmann::json load(const std::string& relative) {
    std::ifstream in(parley::test::shared_dir() / relative);
    return nlohmann::json::parse(in);
}

// The floors this suite holds parley to; raise them as parley improves.
constexpr double floor_non_holiday = 0.80;
constexpr double floor_all = 0.62;

} // namespace

TEST_CASE("parley reads at least 80 percent of Duckling's non-holiday English time phrases as "
          "Duckling does") {
    PARLEY_SKIP_WITHOUT_SHARED("peers/duckling/time_en.json");
    const auto cases = load("peers/duckling/time_en.json");
    int all = 0, all_pass = 0, plain = 0, plain_pass = 0;
    std::ostringstream failures;
    for (const auto& c : cases) {
        const bool holiday = c["expect"].contains("holiday");
        std::string got;
        const bool ok = passes(c, &got);
        ++all;
        all_pass += ok;
        if (!holiday) {
            ++plain;
            plain_pass += ok;
            if (!ok)
                failures << "  " << c["text"].dump() << "  want " << c["expect"].dump() << "  got "
                         << got << "\n";
        }
    }
    const double rate_all = static_cast<double>(all_pass) / all;
    const double rate_plain = static_cast<double>(plain_pass) / plain;
    std::cout << "Duckling time_en: " << all_pass << "/" << all << " = " << 100 * rate_all
              << "% of all cases; " << plain_pass << "/" << plain << " = " << 100 * rate_plain
              << "% of the non-holiday cases (floors " << 100 * floor_all << "% and "
              << 100 * floor_non_holiday << "%)\n";
    std::cout << "non-holiday cases read differently:\n" << failures.str();
    CHECK(rate_plain >= floor_non_holiday);
    CHECK(rate_all >= floor_all);
}

TEST_CASE("none of Duckling's negative phrases reads as a time") {
    PARLEY_SKIP_WITHOUT_SHARED("peers/duckling/time_en_negative.json");
    const auto cases = load("peers/duckling/time_en_negative.json");
    int found = 0;
    for (const auto& c : cases) {
        const auto text = c["text"].get<std::string>();
        const auto e = parse_time_phrase(text, reference_of(c["reference"]));
        const auto in_text = find_time_expressions(text, reference_of(c["reference"]));
        INFO(text);
        CHECK_FALSE(e);
        CHECK(in_text.empty());
        found += e || !in_text.empty();
    }
    std::cout << "Duckling negatives: " << cases.size() - static_cast<std::size_t>(found) << "/"
              << cases.size() << " yield no time\n";
}
