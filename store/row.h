#pragma once
// Conversions between SQLite columns and domain values, shared by store/'s files.

#include <date/date.h>
#include <optional>
#include <SQLiteCpp/SQLiteCpp.h>
#include <string>

namespace parley::row {

inline std::optional<date::sys_seconds> instant(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return date::sys_seconds{std::chrono::seconds{c.getInt64()}};
}

inline void bind_instant(SQLite::Statement& st, int index,
                         const std::optional<date::sys_seconds>& t) {
    if (t)
        st.bind(index, static_cast<std::int64_t>(t->time_since_epoch().count()));
    else
        st.bind(index);
}

inline void bind_text_or_null(SQLite::Statement& st, int index, const std::string& s) {
    if (s.empty())
        st.bind(index);
    else
        st.bind(index, s);
}

inline std::string text(const SQLite::Column& c) {
    return c.isNull() ? std::string{} : c.getString();
}

// Calendar days are stored as days since 1970-01-01, to compare and index cheaply.
inline std::int64_t day_number(date::sys_days d) {
    return d.time_since_epoch().count();
}

inline std::optional<date::sys_days> day(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return date::sys_days{date::days{c.getInt64()}};
}

inline void bind_day(SQLite::Statement& st, int index, const std::optional<date::sys_days>& d) {
    if (d)
        st.bind(index, day_number(*d));
    else
        st.bind(index);
}

} // namespace parley::row
