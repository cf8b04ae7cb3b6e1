#pragma once
// Colour for text output: ANSI sequences when on, nothing when off (not a
// terminal, or NO_COLOR set). Applied only around text already made
// terminal-safe.

#include <string>
#include <string_view>

namespace parley {

class Colour {
public:
    explicit Colour(bool on) : on_(on) {}

    std::string bold(std::string_view s) const { return wrap("1", s); }
    std::string dim(std::string_view s) const { return wrap("2", s); }
    std::string red(std::string_view s) const { return wrap("31", s); }
    std::string green(std::string_view s) const { return wrap("32", s); }
    std::string yellow(std::string_view s) const { return wrap("33", s); }
    std::string cyan(std::string_view s) const { return wrap("36", s); }

private:
    std::string wrap(const char* code, std::string_view s) const {
        if (!on_) return std::string(s);
        return "\x1b[" + std::string(code) + "m" + std::string(s) + "\x1b[0m";
    }
    bool on_;
};

} // namespace parley
