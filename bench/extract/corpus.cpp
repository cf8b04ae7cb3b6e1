#include "corpus.h"

#include <array>
#include <cstdio>
#include <string_view>

namespace parley::bench {

namespace {

class Random {
public:
    explicit Random(std::uint32_t seed) : state_(seed ? seed : 1) {}
    std::uint32_t next() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 17;
        state_ ^= state_ << 5;
        return state_;
    }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& a) {
        return a[next() % N];
    }
    int between(int lo, int hi) { return lo + int(next() % std::uint32_t(hi - lo + 1)); }

private:
    std::uint32_t state_;
};

struct Side {
    std::string_view name, adjective, city, negotiator, role;
};

constexpr std::array<Side, 9> sides{{
    {"Japan", "Japanese", "TOKYO", "Daichi Morimoto", "economy minister"},
    {"South Korea", "South Korean", "SEOUL", "Park Ji-hoon", "trade minister"},
    {"India", "Indian", "NEW DELHI", "Anil Mehra", "commerce secretary"},
    {"Switzerland", "Swiss", "BERN", "Lena Baumann", "economy minister"},
    {"Canada", "Canadian", "OTTAWA", "Claire Dubois", "trade minister"},
    {"Mexico", "Mexican", "MEXICO CITY", "Rafael Ortega", "economy secretary"},
    {"Britain", "British", "LONDON", "Oliver Hale", "business secretary"},
    {"China", "Chinese", "BEIJING", "Zhao Wenli", "vice commerce minister"},
    {"the European Union", "European", "BRUSSELS", "Pieter Vos", "trade commissioner"},
}};

constexpr std::array<std::string_view, 12> products{
    "steel",  "aluminum", "autos", "auto parts", "semiconductors", "pharmaceuticals",
    "lumber", "copper",   "rice",  "beef",       "soybeans",       "machinery"};
constexpr std::array<std::string_view, 12> months{"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};
constexpr std::array<std::string_view, 5> weekdays{"Monday", "Tuesday", "Wednesday", "Thursday",
                                                   "Friday"};
constexpr std::array<std::string_view, 6> ordinals{"second", "third", "fourth",
                                                   "fifth",  "sixth", "seventh"};
constexpr std::array<std::string_view, 3> levels{"ministerial-level", "working-level",
                                                 "senior-official"};
constexpr std::array<std::string_view, 4> agencies{"Wire", "Kyodo", "Pacific Wire", "AWN"};
constexpr std::array<std::string_view, 6> fillers{
    "Analysts said the outcome of the negotiations remained hard to predict.",
    "Shares of exporters rose in afternoon trading after the remarks.",
    "Business groups have urged both governments to avoid further escalation.",
    "The currency weakened slightly against the dollar on the news.",
    "Officials declined to give details of the proposals under discussion.",
    "Economists expect the measures to weigh on growth in the second half of the year."};

std::string format(const char* fmt, auto... args) {
    char buf[1024];
    std::snprintf(buf, sizeof buf, fmt, args...);
    return buf;
}

std::string s(std::string_view v) {
    return std::string(v);
}

std::string article(Random& r, const Side& side) {
    std::string out;
    out += format("%s (%s) -- ", s(side.city).c_str(), s(r.pick(agencies)).c_str());
    out +=
        format("%s's top negotiator, %s, will visit Washington for a %s round of %s talks on "
               "%s, officials said %s.\n\n",
               s(side.name).c_str(), s(side.negotiator).c_str(), s(r.pick(ordinals)).c_str(),
               s(r.pick(levels)).c_str(), s(r.pick(weekdays)).c_str(), s(r.pick(weekdays)).c_str());
    out += format("%s, who serves as %s, is expected to meet U.S. Trade Representative "
                  "Jamieson Greer and Commerce Secretary Howard Lutnick later this week.\n\n",
                  s(side.negotiator).c_str(), s(side.role).c_str());
    const int rate = 5 * r.between(2, 10);
    const int higher = rate + 5 * r.between(1, 6);
    out += format("The United States imposed %d percent tariffs on %s in %s and raised the rate "
                  "to %d percent on %s %d, citing national security.\n\n",
                  rate, s(r.pick(products)).c_str(), s(r.pick(months)).c_str(), higher,
                  s(r.pick(months)).c_str(), r.between(1, 28));
    out += format("%s\n\n", s(r.pick(fillers)).c_str());
    out += format("The higher duties on %s goods have been paused for %d days until %s %d to "
                  "allow for negotiations, and Washington has warned it could raise them to %d "
                  "percent if no agreement is reached.\n\n",
                  s(side.adjective).c_str(), 30 * r.between(1, 3), s(r.pick(months)).c_str(),
                  r.between(1, 28), higher + 10);
    out += format("Under a framework deal reached on %s %d, %s can ship %d,000 cars a year to "
                  "the U.S. market at a %d percent tariff, a person familiar with the matter "
                  "said.\n\n",
                  s(r.pick(months)).c_str(), r.between(1, 28), s(side.name).c_str(),
                  r.between(20, 150), rate);
    out += format("%s\n\n", s(r.pick(fillers)).c_str());
    out +=
        format("%s officials have rejected Washington's call to open the market for %s, and "
               "the two sides aim to conclude an agreement by the end of %s, ahead of the "
               "July 9 deadline.\n\n",
               s(side.adjective).c_str(), s(r.pick(products)).c_str(), s(r.pick(months)).c_str());
    out += format("Talks held in Geneva last month ended without a deal, and a meeting planned "
                  "for %s was called off, according to people briefed on the matter.\n\n",
                  s(r.pick(weekdays)).c_str());
    out += format("Exports of %s to the United States fell %d percent from a year earlier to "
                  "%d.%d billion dollars in %s, government data showed.\n",
                  s(r.pick(products)).c_str(), r.between(3, 30), r.between(1, 40), r.between(0, 9),
                  s(r.pick(months)).c_str());
    return out;
}

} // namespace

std::vector<CorpusArticle> make_corpus(std::size_t count, std::uint32_t seed) {
    using namespace std::chrono;
    Random r(seed);
    std::vector<CorpusArticle> out;
    out.reserve(count);
    const sys_days start = sys_days{year{2025} / April / 1};
    for (std::size_t i = 0; i < count; ++i) {
        const Side& side = r.pick(sides);
        CorpusArticle a;
        a.text = article(r, side);
        a.offset = minutes{60 * r.between(-5, 9)};
        a.instant = start + days{int(i % 180)} + hours{r.between(0, 23)};
        const auto local = a.instant + a.offset;
        const auto day = floor<days>(local);
        const year_month_day ymd{day};
        const hh_mm_ss hms{local - day};
        const int off = int(a.offset.count());
        a.published =
            format("%04d-%02u-%02uT%02d:%02d:00%c%02d:%02d", int(ymd.year()), unsigned(ymd.month()),
                   unsigned(ymd.day()), int(hms.hours().count()), int(hms.minutes().count()),
                   off < 0 ? '-' : '+', std::abs(off) / 60, std::abs(off) % 60);
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace parley::bench
