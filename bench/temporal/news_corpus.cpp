#include "news_corpus.h"

#include <array>
#include <random>
#include <string_view>

namespace parley::bench {

namespace {

constexpr std::array<std::string_view, 12> months = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> weekdays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                      "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 8> officials = {
    "the trade minister",   "the commerce secretary", "negotiators", "a government spokesman",
    "the finance ministry", "senior officials",       "the envoy",   "the prime minister"};
constexpr std::array<std::string_view, 8> countries = {"Japan",  "the United States",  "Canada",
                                                       "Mexico", "the European Union", "Britain",
                                                       "India",  "South Korea"};
constexpr std::array<std::string_view, 6> goods = {"steel",          "aluminum", "automobiles",
                                                   "semiconductors", "soybeans", "auto parts"};

// Each template's {M} is a month, {D} a day, {W} a weekday, {N} a number,
// {O} an official, {C} and {K} countries, {G} goods.
constexpr std::array<std::string_view, 20> plain_templates = {
    "Analysts said the outcome would depend on whether both sides could agree on rules of "
    "origin for {G}.",
    "{C} has long argued that the duties hurt its manufacturers and raised prices for "
    "consumers.",
    "Industry groups representing carmakers, steelmakers and farmers have lobbied hard for an "
    "exemption.",
    "The dispute has rattled supply chains across Asia, where many companies assemble parts "
    "sourced from several countries.",
    "{O} said the government would consider all options, including a complaint to the World "
    "Trade Organization.",
    "Economists warned that a prolonged standoff could weigh on growth and push up inflation.",
    "The proposal would cap the volume of {G} that {C} can export without paying the higher "
    "rate.",
    "Opposition lawmakers criticized the government for making concessions without securing "
    "anything in return.",
    "Retailers have begun passing on higher costs to shoppers, according to an industry survey.",
    "The central bank left interest rates unchanged, citing uncertainty over trade policy.",
    "Farm groups in {K} said retaliatory duties had cut their sales of {G} sharply.",
    "{O} described the talks as frank and constructive but declined to give details.",
    "Under the framework, both countries would set up a joint committee to monitor compliance.",
    "Shares of exporters fell in early trading before recovering most of their losses.",
    "The ministry estimated that the measures would affect goods worth about ${N} billion a "
    "year.",
    "Critics say the tariffs amount to a tax on domestic manufacturers that rely on imported "
    "inputs.",
    "Diplomats said a broader agreement covering services and digital trade remained out of "
    "reach.",
    "The two governments issued a joint statement pledging to keep markets open.",
    "{C} imports most of its {G} from a handful of suppliers, leaving it exposed to price "
    "swings.",
    "Negotiators worked late into the night to narrow differences over quotas and safeguards.",
};

constexpr std::array<std::string_view, 24> templates = {
    "{O} said {W} that talks with {K} would resume on {M} {D}.",
    "{C} imposed {N} percent tariffs on imported {G} in {M}, and the duties took effect at 12:01 "
    "a.m. EDT on {M} {D}.",
    "The extra levies have been paused for {N} days until early {M} to allow for negotiations.",
    "{O} is arranging to visit {K} on {W} for the next round of ministerial-level talks.",
    "Exports of {G} to {K} fell {N} percent in the second quarter from a year earlier, data "
    "showed on {W}.",
    "{C} and {K} agreed to cut duties on {G}, a deal {O} described as a first step.",
    "The agreement, reached after months of talks, allows {C} to ship {N},000 vehicles a year.",
    "Officials hope to conclude the negotiations by the end of {M}, ahead of a summit this "
    "summer.",
    "Markets rallied on the news, with shares of carmakers and chipmakers leading the gains.",
    "{O} told reporters in the capital that the two sides remained far apart on {G}.",
    "A {N}-day pause from {M} {D} gives both sides room to negotiate, analysts said.",
    "The talks, which began in {M}, are expected to continue later this week.",
    "{C} will raise duties on {G} to {N} percent starting {M} 1 unless a deal is reached.",
    "Trade between the two economies totaled about ${N} billion last year.",
    "Since {W}, working-level officials have met daily in {K}.",
    "The ruling party suffered losses in the election, complicating the government's agenda.",
    "{O} declined to comment on whether a deal could be signed before the G7 summit.",
    "Two weeks ago, {C} threatened retaliatory measures against {K}.",
    "Business groups urged both governments to settle the dispute quickly.",
    "Shipments of {G} rose in the first half of the year, customs data released on {M} {D}, "
    "2025, showed.",
    "The committee will meet again in mid-{M} to review the tariff schedule.",
    "{O} spoke at 8 p.m. on {W}, hours after the announcement.",
    "The currency weakened against the dollar, and bond yields edged higher in thin trading.",
    "Negotiations are set to resume next month, {O} said in a statement on {W} evening.",
};

} // namespace

std::string news_corpus(std::size_t bytes, unsigned seed) {
    std::mt19937 rng(seed);
    auto pick = [&](const auto& list) { return list[rng() % list.size()]; };
    std::string out;
    out.reserve(bytes + 512);
    int in_paragraph = 0;
    while (out.size() < bytes) {
        // Wire copy carries three or four dates per thousand bytes (TempEval-3's
        // news articles do): three sentences in four have none.
        const std::string_view t = rng() % 4 ? pick(plain_templates) : pick(templates);
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t[i] == '{' && i + 2 < t.size() && t[i + 2] == '}') {
                switch (t[i + 1]) {
                case 'M':
                    out += pick(months);
                    break;
                case 'D':
                    out += std::to_string(1 + rng() % 28);
                    break;
                case 'W':
                    out += pick(weekdays);
                    break;
                case 'N':
                    out += std::to_string(2 + rng() % 97);
                    break;
                case 'O':
                    out += pick(officials);
                    break;
                case 'C':
                    out += pick(countries);
                    break;
                case 'K':
                    out += pick(countries);
                    break;
                case 'G':
                    out += pick(goods);
                    break;
                default:
                    break;
                }
                i += 2;
            } else {
                out += t[i];
            }
        }
        // Sentences start with a capital.
        if (++in_paragraph == 4) {
            out += "\n\n";
            in_paragraph = 0;
        } else {
            out += ' ';
        }
    }
    // Capitalise sentence starts written in lower case by the templates.
    for (std::size_t i = 0; i < out.size(); ++i)
        if ((i == 0 || (i >= 2 && (out[i - 2] == '.' || out[i - 2] == '\n') && out[i - 1] == ' ') ||
             (i >= 2 && out[i - 1] == '\n' && out[i - 2] == '\n')) &&
            out[i] >= 'a' && out[i] <= 'z')
            out[i] = static_cast<char>(out[i] - 32);
    return out;
}

} // namespace parley::bench
