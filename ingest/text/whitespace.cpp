#include "ingest/text/whitespace.h"

#include "ingest/text/plain_text_writer.h"

namespace parley {

std::string collapse_whitespace(std::string_view text) {
    PlainTextWriter w(false, text.size());
    w.append(text);
    return w.take();
}

std::string normalise_paragraphs(std::string_view text) {
    PlainTextWriter w(true, text.size());
    w.append(text);
    return w.take();
}

} // namespace parley
