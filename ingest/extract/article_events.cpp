// The article-wide steps after each sentence has given its events.

#include "ingest/extract/events.h"

#include <algorithm>
#include <map>

namespace parley::extract {

namespace {

bool is_code(const std::string& a) {
    if (a.size() != 3) return false;
    for (char c : a)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

// Country codes first, in order, then people as they came. Mostly they already
// are: a stable sort would still take a buffer from the heap to find that out.
void order_actors(std::vector<std::string>& actors) {
    const auto before = [](const std::string& a, const std::string& b) {
        bool ca = is_code(a), cb = is_code(b);
        if (ca != cb) return ca;
        return ca && a < b;
    };
    if (!std::is_sorted(actors.begin(), actors.end(), before))
        std::stable_sort(actors.begin(), actors.end(), before);
}

// "Aircraft and aircraft parts will be exempt on both sides": one tariff
// measure of each of the two sides the article is about, on the other.
void split_both_sides(std::vector<Draft>& drafts, const std::map<std::string, int>& mentions) {
    if (std::none_of(drafts.begin(), drafts.end(), [](const Draft& d) { return d.both_sides; }))
        return;
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& [code, n] : mentions)
        ranked.emplace_back(-n, code);
    std::sort(ranked.begin(), ranked.end());
    if (ranked.size() < 2) return;
    const std::string& a = ranked[0].second;
    const std::string& b = ranked[1].second;
    std::vector<Draft> out;
    out.reserve(drafts.size());
    for (auto& d : drafts) {
        if (!d.both_sides || !is_tariff(d.event.kind)) {
            out.push_back(std::move(d));
            continue;
        }
        for (const auto& [imposer, target] : {std::pair{a, b}, std::pair{b, a}}) {
            Draft one = d;
            auto& actors = one.event.actors;
            actors.erase(std::remove_if(actors.begin(), actors.end(), is_code), actors.end());
            actors.insert(actors.begin(), {imposer, target});
            one.event.details.target = target;
            one.imposer_known = true;
            one.both_sides = false;
            out.push_back(std::move(one));
        }
    }
    drafts = std::move(out);
}

// "Vietnamese goods would pay 20% and goods shipped through Vietnam 40%. Both
// rates took effect on Aug. 7.": a tariff of each of the two rates the
// sentence before told.
void split_both_rates(std::vector<Draft>& drafts) {
    if (std::none_of(drafts.begin(), drafts.end(),
                     [](const Draft& d) { return d.both_rates.size() == 2; }))
        return;
    std::vector<Draft> out;
    out.reserve(drafts.size() + 2);
    for (auto& d : drafts) {
        if (d.both_rates.size() != 2 || !is_tariff(d.event.kind) || d.event.details.rate_pct) {
            out.push_back(std::move(d));
            continue;
        }
        for (double rate : d.both_rates) {
            Draft one = d;
            one.both_rates.clear();
            one.event.details.rate_pct = rate;
            out.push_back(std::move(one));
        }
    }
    drafts = std::move(out);
}

// "signed trade agreements with Malaysia and Cambodia": one deal with each
// partner, between it and the side the others share.
void split_partners(std::vector<Draft>& drafts) {
    if (std::none_of(drafts.begin(), drafts.end(),
                     [](const Draft& d) { return d.partners.size() >= 2; }))
        return;
    std::vector<Draft> out;
    out.reserve(drafts.size());
    for (auto& d : drafts) {
        if (d.partners.size() < 2) {
            out.push_back(std::move(d));
            continue;
        }
        for (const auto& partner : d.partners) {
            Draft one = d;
            auto& actors = one.event.actors;
            actors.erase(std::remove_if(actors.begin(), actors.end(),
                                        [&](const std::string& a) {
                                            return a != partner &&
                                                   std::find(d.partners.begin(), d.partners.end(),
                                                             a) != d.partners.end();
                                        }),
                         actors.end());
            one.partners.clear();
            out.push_back(std::move(one));
        }
    }
    drafts = std::move(out);
}

// "Trump ... signed trade agreements with Malaysia and Cambodia on Sunday. He
// also signed frameworks with Thailand and Vietnam.": an undated event told
// with "also" right after one of its kind took place the same day.
void date_also(std::vector<Draft>& drafts) {
    for (std::size_t i = 1; i < drafts.size(); ++i) {
        Draft& d = drafts[i];
        if (!d.also || d.event.date.known()) continue;
        for (std::size_t j = i; j-- > 0;) {
            const Draft& before = drafts[j];
            if (before.sentence + 1 < d.sentence) break;
            if (before.event.kind == d.event.kind && before.event.date.known() &&
                before.sentence < d.sentence) {
                d.event.date = before.event.date;
                break;
            }
        }
    }
}

// A tariff whose sentence does not say who imposes it ("the 14 percent
// imposed on Japan") is imposed by the side the article's other tariffs
// come from.
// The side the article's tariffs come from, or empty: countermeasures that
// answer them count only when nothing else names who imposes; with no tariff
// that names who imposes it, the country the article names most, other than
// the targets.
std::string tariff_side(const std::vector<Draft>& drafts,
                        const std::map<std::string, int>& mentions) {
    // The most counted, the first in code order of those counted as often.
    // A list, not a map: an article names a few countries.
    std::vector<std::pair<std::string_view, int>> count;
    // Duties taken off ("agreed to remove its tariffs on American cars") say
    // who gives way, not whose rates the deals are about: they count only
    // when nothing else does.
    for (const auto& [answering, removals] :
         {std::pair{false, false}, std::pair{false, true}, std::pair{true, true}}) {
        for (const auto& d : drafts) {
            if (!is_tariff(d.event.kind) || !d.imposer_known || d.answers != answering) continue;
            if (!removals && d.event.details.rate_pct && *d.event.details.rate_pct == 0) continue;
            for (const auto& a : d.event.actors) {
                if (!is_code(a) || a == d.event.details.target) continue;
                auto it = std::find_if(count.begin(), count.end(),
                                       [&](const auto& c) { return c.first == a; });
                if (it == count.end())
                    count.emplace_back(a, 1);
                else
                    ++it->second;
            }
        }
        if (!count.empty()) break;
    }
    if (!count.empty()) {
        const auto* best = &count.front();
        for (const auto& c : count)
            if (c.second > best->second || (c.second == best->second && c.first < best->first))
                best = &c;
        return std::string(best->first);
    }
    const std::string* best = nullptr;
    int best_n = 0;
    for (const auto& mention : mentions) {
        const std::string& code = mention.first;
        if (best && mention.second <= best_n) continue;
        const bool target = std::any_of(drafts.begin(), drafts.end(), [&](const Draft& d) {
            return is_tariff(d.event.kind) && d.event.details.target == code;
        });
        if (target) continue;
        best = &code;
        best_n = mention.second;
    }
    return best ? *best : std::string();
}

void fill_imposers(std::vector<Draft>& drafts, const std::map<std::string, int>& mentions) {
    const std::string best = tariff_side(drafts, mentions);
    if (best.empty()) return;
    // "The EU has suspended a first package of countermeasures": measures
    // that answer the article's tariffs fall on the side that imposes those,
    // and, when the sentence does not say, come from the other side.
    std::string other;
    int other_n = 0;
    for (const auto& [code, n] : mentions)
        if (code != best && n > other_n) {
            other = code;
            other_n = n;
        }
    for (auto& d : drafts) {
        if (!is_tariff(d.event.kind) || !d.answers || !d.event.details.target.empty()) continue;
        auto& actors = d.event.actors;
        if (!d.imposer_known && !other.empty()) {
            actors.erase(std::remove_if(actors.begin(), actors.end(), is_code), actors.end());
            actors.insert(actors.begin(), other);
            d.imposer_known = true;
        }
        if (std::find(actors.begin(), actors.end(), best) == actors.end())
            d.event.details.target = best;
    }
    for (auto& d : drafts) {
        if (!is_tariff(d.event.kind) || d.imposer_known) continue;
        // No country taxes its own goods: "leaving Chinese goods subject to
        // a 10 percent tariff" is the other side's tariff when the article's
        // tariffs are China's.
        const std::string& imposer = d.event.details.target == best ? other : best;
        if (imposer.empty()) continue;
        d.event.actors.insert(d.event.actors.begin(), imposer);
        order_actors(d.event.actors);
        d.imposer_known = true;
    }
}

// A pause "until X" falls due on X; one from a start for N days on the day
// after its last. A start told only by its month ("extended last month by 90
// days") gives no day to count from.
std::vector<Draft> derive_deadlines(const std::vector<Draft>& drafts, date::sys_days pub) {
    // "suspended on April 9 for 90 days ... That suspension is due to end on
    // July 9": when the article states the end, the stated day is the
    // deadline, even a day off the count (officials and arithmetic differ on
    // whether the 90th day is the last).
    // A stated end that spans days ("runs until early February") holds the
    // counted one when the count falls inside it.
    const auto stated_near = [&](date::sys_days due) {
        return std::any_of(drafts.begin(), drafts.end(), [&](const Draft& d) {
            if (d.event.kind != EventKind::deadline || !d.event.date.known()) return false;
            const auto first = *d.event.date.first, last = *d.event.date.last;
            if (first == last) return date::abs(first - due) <= date::days{1};
            return first <= due && due <= last;
        });
    };
    std::vector<Draft> derived;
    for (const auto& d : drafts) {
        if (d.event.kind != EventKind::tariff_paused) continue;
        if (d.event.status == EventStatus::cancelled || d.event.status == EventStatus::rejected)
            continue;
        DateValue due;
        if (d.end && d.end->known()) {
            due = *d.end;
        } else if (d.start && d.start->known() && d.start->first == d.start->last &&
                   d.event.details.duration_days && *d.event.details.duration_days > 0) {
            due = day_value(*d.start->first + date::days{*d.event.details.duration_days},
                            d.duration_text);
            if (stated_near(*due.first)) continue;
        } else if (d.start && d.start->known() && d.start->first == d.start->last &&
                   d.duration_months > 0) {
            // "suspended on Aug. 7 for six months": the same day six months on,
            // or the month's last day when it has no such day.
            const date::year_month_day from{*d.start->first};
            date::year_month_day to = from + date::months{d.duration_months};
            if (!to.ok()) to = to.year() / to.month() / date::last;
            due = day_value(date::sys_days{to}, d.duration_text);
            if (stated_near(*due.first)) continue;
        } else {
            continue;
        }
        Draft x = d;
        x.event.kind = EventKind::deadline;
        x.event.date = due;
        x.event.details = EventDetails{};
        x.event.status = *due.last >= pub ? EventStatus::planned : EventStatus::reported;
        derived.push_back(std::move(x));
    }
    return derived;
}

// The drafts, then those derived, in text order. A Draft is large: its
// place is sorted, not the draft.
std::vector<Draft*> in_text_order(std::vector<Draft>& drafts, std::vector<Draft>& derived) {
    std::vector<Draft*> out;
    out.reserve(drafts.size() + derived.size());
    for (auto& d : drafts)
        out.push_back(&d);
    for (auto& d : derived)
        out.push_back(&d);
    const auto before = [](const Draft* a, const Draft* b) {
        return a->sentence != b->sentence ? a->sentence < b->sentence : a->token < b->token;
    };
    if (!std::is_sorted(out.begin(), out.end(), before))
        std::stable_sort(out.begin(), out.end(), before);
    return out;
}

template <typename T> bool compatible(const std::optional<T>& a, const std::optional<T>& b) {
    return !a || !b || *a == *b;
}

bool compatible(const std::string& a, const std::string& b) {
    return a.empty() || b.empty() || a == b;
}

bool overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return true;
    for (const auto& x : a)
        if (is_code(x) && std::find(b.begin(), b.end(), x) != b.end()) return true;
    return false;
}

std::vector<std::string> countries_of(const std::vector<std::string>& actors) {
    std::vector<std::string> out;
    for (const auto& a : actors)
        if (is_code(a)) out.push_back(a);
    std::sort(out.begin(), out.end());
    return out;
}

// Whether the people of one event are all among the other's (or either names none).
bool same_people(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    auto people_of = [](const std::vector<std::string>& v) {
        std::vector<std::string> out;
        for (const auto& x : v)
            if (!is_code(x)) out.push_back(x);
        std::sort(out.begin(), out.end());
        return out;
    };
    const auto x = people_of(a), y = people_of(b);
    if (x.empty() || y.empty()) return true;
    return std::includes(x.begin(), x.end(), y.begin(), y.end()) ||
           std::includes(y.begin(), y.end(), x.begin(), x.end());
}

// Whether date `outer` is a longer stretch that holds `inner` ("2025-07"
// and "2025-W31" hold "2025-07-30").
bool holds(const DateValue& outer, const DateValue& inner) {
    return outer.known() && inner.known() && *outer.first <= *inner.first &&
           *inner.last <= *outer.last && *outer.last - *outer.first > *inner.last - *inner.first;
}

// Two mentions of one event in one article: same kind and status, no
// detail that disagrees, dates equal or one undated.
bool same_event(const Event& a, const Event& b) {
    if (a.kind != b.kind || a.status != b.status) return false;
    // Each statement is its own: two positions stated the same day are two.
    if (a.kind == EventKind::statement) return a.evidence == b.evidence && a.actors == b.actors;
    // "the July trade deal" and "the deal announced on July 30": the sides
    // strike one deal in a month, which one mention dates by its day.
    const bool same_deal_month =
        a.kind == EventKind::deal && (holds(a.date, b.date) || holds(b.date, a.date));
    if (a.date.known() && b.date.known() && a.date.value != b.date.value && !same_deal_month)
        return false;
    const auto &x = a.details, &y = b.details;
    if (!compatible(x.rate_pct, y.rate_pct) || !compatible(x.round, y.round) ||
        !compatible(x.quota, y.quota) || !compatible(x.duration_days, y.duration_days) ||
        !compatible(x.target, y.target) || !compatible(x.level, y.level) ||
        !compatible(x.location, y.location))
        return false;
    if (!x.products.empty() && !y.products.empty() && x.products != y.products) return false;
    // "will scrap its remaining tariffs on U.S. industrial goods" and "will
    // also open a tariff-free quota for 500 tonnes of American beef": a quota
    // opened is not the removal another sentence tells.
    if (is_tariff(a.kind) && x.quota.has_value() != y.quota.has_value() &&
        a.evidence.begin != b.evidence.begin)
        return false;
    // "struck back on March 4 with 25 percent duties on C$30 billion of U.S.
    // products" and "Canada's 25 percent counter-tariffs on U.S. steel and
    // autos": a dated tariff on no goods named and an undated one on named
    // goods, told apart, are two measures.
    if (is_tariff(a.kind) && x.products.empty() != y.products.empty() &&
        a.date.known() != b.date.known() && a.evidence.begin != b.evidence.begin)
        return false;
    if (!overlap(a.actors, b.actors)) return false;
    // "Akazawa held a fourth round with Lutnick ... Akazawa also met Bessent
    // later in the day": talks whose people each name someone the other lacks
    // are two meetings.
    if (a.kind == EventKind::talks && !same_people(a.actors, b.actors)) return false;
    // "Haddad said he expected to meet Bessent in the coming weeks" beside
    // "the two would talk again next week": talks one sentence leaves undated
    // are not the talks another dates.
    if (a.kind == EventKind::talks && a.date.known() != b.date.known() &&
        a.evidence.begin != b.evidence.begin)
        return false;
    // "agreements with China and Britain" is not Britain's deal alone.
    if (a.kind == EventKind::deal && countries_of(a.actors) != countries_of(b.actors)) return false;
    // Two bare mentions with nothing in common but the kind stay apart.
    return true;
}

template <typename T> void fill(std::optional<T>& a, const std::optional<T>& b) {
    if (!a) a = b;
}

void fill(std::string& a, const std::string& b) {
    if (a.empty()) a = b;
}

void absorb(Event& into, const Event& other) {
    if (!into.date.known() && other.date.known()) into.date = other.date;
    if (holds(into.date, other.date)) into.date = other.date;
    auto& x = into.details;
    const auto& y = other.details;
    fill(x.rate_pct, y.rate_pct);
    fill(x.round, y.round);
    fill(x.quota, y.quota);
    fill(x.duration_days, y.duration_days);
    fill(x.target, y.target);
    fill(x.level, y.level);
    fill(x.location, y.location);
    if (x.products.empty()) x.products = y.products;
    for (const auto& a : other.actors)
        if (std::find(into.actors.begin(), into.actors.end(), a) == into.actors.end())
            into.actors.push_back(a);
    order_actors(into.actors);
}

std::size_t detail_count(const Event& e) {
    const auto& d = e.details;
    return std::size_t(d.rate_pct.has_value()) + d.products.size() + !d.target.empty() +
           d.round.has_value() + d.quota.has_value() + d.duration_days.has_value() +
           !d.level.empty() + !d.location.empty() + e.date.known();
}

} // namespace

// Talks, deals and statements are between the sides the article is about:
// "The two sides agreed to meet again" names neither.
void fill_parties(std::vector<Draft>& drafts, const std::map<std::string, int>& mentions,
                  const std::unordered_map<std::string, std::string>& union_of) {
    // Most mentioned first, then by code; the map's keys stay where they are,
    // so the ranking points to them.
    std::vector<std::pair<int, const std::string*>> ranked;
    ranked.reserve(mentions.size());
    for (const auto& [code, n] : mentions)
        ranked.emplace_back(-n, &code);
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : *a.second < *b.second;
    });
    // A statement is a negotiating side's position: one that names a country
    // other than the two the article is about comes from an onlooker
    // ("Japanese officials said" of U.S.-China talks), or from the country
    // that hosts the talks ("Swedish officials said"); one from a member of
    // a union that is a side is that side's.
    // A list: an article names a host or two.
    std::vector<std::string> hosts;
    for (const auto& d : drafts)
        if (d.event.kind == EventKind::talks && !d.host.empty() &&
            std::find(hosts.begin(), hosts.end(), d.host) == hosts.end())
            hosts.push_back(d.host);
    auto onlooker = [&](const std::string& a) {
        const auto m = mentions.find(a);
        return m == mentions.end() || 2 * m->second <= -ranked[1].first ||
               std::find(hosts.begin(), hosts.end(), a) != hosts.end();
    };
    // A member of a union that is one of the article's sides speaks within
    // that side: "Italian Prime Minister Giorgia Meloni told parliament that
    // signing in the coming days would be premature".
    auto member_of_side = [&](const std::string& a) -> const std::string* {
        if (ranked.size() < 2) return nullptr;
        const auto u = union_of.find(a);
        if (u == union_of.end()) return nullptr;
        for (std::size_t k = 0; k < 2; ++k)
            if (*ranked[k].second == u->second) return ranked[k].second;
        return nullptr;
    };
    // A country other than the article's two sides that it names little or
    // that hosts its talks. Asked only when two sides are ranked.
    auto third = [&](const std::string& a) {
        return is_code(a) && a != *ranked[0].second && a != *ranked[1].second && onlooker(a) &&
               !member_of_side(a);
    };
    auto between_sides = [&](const Draft& d) {
        const auto& actors = d.event.actors;
        return std::find(actors.begin(), actors.end(), *ranked[0].second) != actors.end() &&
               std::find(actors.begin(), actors.end(), *ranked[1].second) != actors.end();
    };
    if (ranked.size() >= 2) {
        // "The Chinese side said": the countries a pointing-back phrase
        // borrowed from the sentence before are not the speaker's; third
        // countries among them go. "Washington has pressed New Delhi to ...
        // stop buying Russian oil": a statement between the two sides names
        // a third country as what it is about, and keeps its sides alone.
        for (auto& d : drafts) {
            if (d.event.kind != EventKind::statement) continue;
            const bool both = between_sides(d);
            auto& actors = d.event.actors;
            actors.erase(std::remove_if(actors.begin(), actors.end(),
                                        [&](const std::string& a) {
                                            return third(a) &&
                                                   (both ||
                                                    std::find(d.borrowed.begin(), d.borrowed.end(),
                                                              a) != d.borrowed.end());
                                        }),
                         actors.end());
        }
        drafts.erase(std::remove_if(drafts.begin(), drafts.end(),
                                    [&](const Draft& d) {
                                        return d.event.kind == EventKind::statement &&
                                               std::any_of(d.event.actors.begin(),
                                                           d.event.actors.end(), third);
                                    }),
                     drafts.end());
    }
    // "Indonesia secured the same 19 percent rate": a deal one country strikes
    // alone is with the side the article's tariffs come from.
    const std::string side = tariff_side(drafts, mentions);
    for (auto& d : drafts) {
        auto k = d.event.kind;
        auto& actors = d.event.actors;
        auto countries = std::count_if(actors.begin(), actors.end(), is_code);
        // "Both suspensions run until Nov. 10, 2026": a deadline whose sentence
        // names no side is the article's sides'.
        const bool sideless_deadline = k == EventKind::deadline && countries == 0;
        if (k != EventKind::talks && k != EventKind::deal && k != EventKind::statement &&
            !sideless_deadline)
            continue;
        // A member state's position is one of its union's side, told to the
        // other side: the union joins it, and the other side still follows.
        if (k == EventKind::statement)
            for (const auto& a : std::vector<std::string>(actors))
                if (const std::string* side = member_of_side(a);
                    side && std::find(actors.begin(), actors.end(), *side) == actors.end())
                    actors.push_back(*side);
        // "The agreement with Switzerland, Norway, Iceland and Liechtenstein
        // was signed": a deal whose countries are all named after "with" is
        // with the article's first side that is none of them.
        if (k == EventKind::deal && d.one_side)
            for (const auto& [n, code] : ranked)
                if (std::find(actors.begin(), actors.end(), *code) == actors.end()) {
                    actors.insert(actors.begin(), *code);
                    ++countries;
                    break;
                }
        if (k == EventKind::deal && countries == 1 && !side.empty() &&
            std::find(actors.begin(), actors.end(), side) == actors.end()) {
            actors.insert(actors.begin(), side);
            ++countries;
        }
        for (const auto& [n, code] : ranked) {
            if (countries >= 2) break;
            if (std::find(actors.begin(), actors.end(), *code) != actors.end()) continue;
            actors.insert(actors.begin(), *code);
            ++countries;
        }
        order_actors(actors);
    }
}

// "In the previous two rounds, held in April and May" before a third: the
// rounds before the highest one the article numbers, in date order.
void number_earlier_rounds(std::vector<Draft>& drafts) {
    int highest = 0;
    for (const auto& d : drafts)
        if (d.event.kind == EventKind::talks && d.event.details.round)
            highest = std::max(highest, *d.event.details.round);
    if (highest <= 1) return;
    std::map<std::size_t, std::vector<Draft*>> by_sentence;
    for (auto& d : drafts)
        if (d.event.kind == EventKind::talks && d.earlier_rounds && !d.event.details.round &&
            d.event.date.known())
            by_sentence[d.sentence].push_back(&d);
    for (auto& [sentence, group] : by_sentence) {
        if (group.size() >= std::size_t(highest)) continue;
        std::stable_sort(group.begin(), group.end(), [](const Draft* a, const Draft* b) {
            return *a->event.date.first < *b->event.date.first;
        });
        int round = highest - int(group.size());
        for (auto* d : group)
            d->event.details.round = round++;
    }
}

std::vector<Event> article_events(std::vector<Draft> drafts, const ReferenceTime& ref,
                                  const std::map<std::string, int>& mentions,
                                  const std::unordered_map<std::string, std::string>& union_of) {
    number_earlier_rounds(drafts);
    split_both_sides(drafts, mentions);
    split_both_rates(drafts);
    split_partners(drafts);
    date_also(drafts);
    fill_imposers(drafts, mentions);
    fill_parties(drafts, mentions, union_of);
    std::vector<Draft> derived = derive_deadlines(drafts, publication_day(ref));
    const std::vector<Draft*> ordered = in_text_order(drafts, derived);
    // A pause's own end ("paused for 90 days until early July") travels with
    // it, so the timeline reads the date as the expiry and not as a start.
    for (Draft* d : ordered)
        if (d->event.kind == EventKind::tariff_paused && d->end && d->end->known())
            d->event.expires = *d->end;
    std::vector<Event> out;
    out.reserve(ordered.size());
    for (Draft* p : ordered) {
        Draft& d = *p;
        bool merged = false;
        for (auto& e : out) {
            if (!same_event(e, d.event)) continue;
            // Keep the evidence of the richer mention.
            if (detail_count(d.event) > detail_count(e)) {
                Event richer = d.event;
                absorb(richer, e);
                e = std::move(richer);
            } else {
                absorb(e, d.event);
            }
            merged = true;
            break;
        }
        if (!merged) out.push_back(std::move(d.event));
    }
    return out;
}

} // namespace parley::extract
