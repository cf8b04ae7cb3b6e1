#pragma once
// Marks that close a clause or a scope of the words around them.
#include <string_view>

namespace parley::extract {

// ";", ":", a dash ("--", "---", an en or em dash) or a parenthesis: the
// marks that part clauses more strongly than a comma.
inline bool strong_break(std::string_view t) {
    // Most punctuation is a comma or a full stop: its first byte rules it out.
    if (t.empty()) return false;
    switch (t[0]) {
    case ';':
    case ':':
    case '-':
    case '(':
    case ')':
    case '\xE2': // the first byte of an en or em dash
        break;
    default:
        return false;
    }
    return t == ";" || t == ":" || t == "--" || t == "---" || t == "\u2014" || t == "\u2013" ||
           t == "(" || t == ")";
}

// A comma or a strong break: where the words a cue or a clause reaches end.
inline bool bounds_scope(std::string_view t) {
    return t == "," || strong_break(t);
}

} // namespace parley::extract
