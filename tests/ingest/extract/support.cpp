#include "support.h"

#include "ingest/data_dir.h"

#include <stdexcept>

namespace parley::test {

const extract::Rules& our_rules() {
    static const extract::Rules rules(DataDirs{{PARLEY_DATA_DIR_FOR_TESTS}});
    return rules;
}

TimeExpression when(std::string_view text, std::string_view words, std::string_view value,
                    std::string cue) {
    auto at = text.find(words);
    if (at == std::string_view::npos)
        throw std::invalid_argument("'" + std::string(words) + "' is not in the text");
    TimeExpression x;
    x.begin = at;
    x.end = at + words.size();
    x.text = std::string(words);
    x.value = std::string(value);
    x.cue = std::move(cue);
    if (value.size() > 1 && value[0] == 'P' && value[1] >= '0' && value[1] <= '9') {
        x.type = TimexType::duration;
        if (value.back() == 'D')
            x.duration_days = std::stoi(std::string(value.substr(1, value.size() - 2)));
        x.date.granularity = Granularity::duration;
        x.date.value = std::string(value);
    } else {
        auto d = parse_date_value(value);
        if (!d) throw std::invalid_argument("bad value " + std::string(value));
        x.date = *d;
    }
    x.date.text = x.text;
    return x;
}

ReferenceTime tokyo_2025_05_20() {
    using namespace std::chrono;
    ReferenceTime ref;
    ref.instant = date::sys_days{date::year{2025} / 5 / 19} + hours{15};
    ref.zone = "Asia/Tokyo";
    ref.offset = minutes{9 * 60};
    return ref;
}

std::vector<Event> events(std::string_view text, std::vector<TimeExpression> dates,
                          const ReferenceTime& ref) {
    auto doc = extract::analyse(text, std::move(dates), our_rules());
    return extract::events_of(doc, our_rules(), ref);
}

} // namespace parley::test
