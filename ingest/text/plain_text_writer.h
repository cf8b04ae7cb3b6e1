#pragma once
// Builds plain text piece by piece with whitespace normalised as it goes:
// the one pass behind collapse_whitespace, normalise_paragraphs and
// html_to_text.

#include <string>
#include <string_view>

namespace parley {

class PlainTextWriter {
public:
    // `keep_lines`: line breaks survive (at most one blank line in a row);
    // otherwise every break becomes a space.
    PlainTextWriter(bool keep_lines, std::size_t size_hint);

    // Arbitrary bytes: runs of whitespace become one space (or the breaks
    // they hold), control characters are dropped, C1 controls read as the
    // windows-1252 characters they were, ill-formed UTF-8 becomes U+FFFD.
    // `line_ends_are_spaces`: a line end in the text is only whitespace (as
    // in HTML source outside <pre>).
    void append(std::string_view text, bool line_ends_are_spaces = false);

    void line_break() { ++pending_breaks_; } // one more, as <br>
    void block_break(int n) {                // at least n, as <p>
        if (pending_breaks_ < n) pending_breaks_ = n;
    }
    void space() { pending_space_ = true; }

    std::string take() { return std::move(out_); }

private:
    void visible(std::string_view utf8);

    std::string out_;
    bool keep_lines_;
    bool pending_space_ = false;
    int pending_breaks_ = 0;
};

} // namespace parley
