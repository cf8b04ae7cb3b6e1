#pragma once
// Hand-built mentions for the timeline's tests: one article, one event each.

#include "timeline/mention.h"

#include <date/date.h>
#include <string>
#include <vector>

namespace parley::test {

inline date::sys_days day(int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

inline DateValue on(const std::string& value, const std::string& text = "given") {
    DateValue d = *parse_date_value(value);
    d.text = text;
    return d;
}

// A mention from article `guid` of outlet `outlet`, published at noon UTC on `published`.
struct MentionBuilder {
    Mention m;

    MentionBuilder(EventKind kind, const std::string& guid, const std::string& published) {
        m.event.kind = kind;
        m.article_key = "https://wire.example/feed\x1f" + guid;
        m.source.url = "https://wire.example/" + guid;
        m.source.title = "Story " + guid;
        m.source.outlet = "Wire";
        m.source.published =
            date::sys_seconds{*parse_date_value(published)->first} + std::chrono::hours{12};
        m.event.evidence = {"Sentence of " + guid + ".", 0, 10};
    }
    MentionBuilder& status(EventStatus s) {
        m.event.status = s;
        return *this;
    }
    MentionBuilder& date(const std::string& value, const std::string& text = "given") {
        m.event.date = on(value, text);
        return *this;
    }
    MentionBuilder& undated() {
        m.event.date = DateValue{};
        return *this;
    }
    // Dated only by its publication, as the extractor writes it.
    MentionBuilder& publication_dated() {
        m.event.date = day_value(date::floor<date::days>(*m.source.published));
        return *this;
    }
    MentionBuilder& actors(std::vector<std::string> a) {
        m.event.actors = std::move(a);
        return *this;
    }
    MentionBuilder& rate(double r) {
        m.event.details.rate_pct = r;
        return *this;
    }
    MentionBuilder& products(std::vector<std::string> p) {
        m.event.details.products = std::move(p);
        return *this;
    }
    MentionBuilder& target(const std::string& t) {
        m.event.details.target = t;
        return *this;
    }
    MentionBuilder& round(int r) {
        m.event.details.round = r;
        return *this;
    }
    MentionBuilder& level(const std::string& l) {
        m.event.details.level = l;
        return *this;
    }
    MentionBuilder& duration(int d) {
        m.event.details.duration_days = d;
        return *this;
    }
    MentionBuilder& quota(std::int64_t q) {
        m.event.details.quota = q;
        return *this;
    }
    MentionBuilder& evidence(const std::string& sentence, std::size_t begin = 0) {
        m.event.evidence = {sentence, begin, begin + sentence.size()};
        return *this;
    }
    MentionBuilder& outlet(const std::string& name) {
        m.source.outlet = name;
        return *this;
    }
    operator Mention() const { return m; }
};

inline MentionBuilder mention(EventKind kind, const std::string& guid,
                              const std::string& published) {
    return MentionBuilder(kind, guid, published);
}

} // namespace parley::test
