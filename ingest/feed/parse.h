#pragma once
// Feed documents (RSS 0.9x/2.0, RSS 1.0/RDF, Atom 0.3/1.0, JSON Feed 1.1) into
// articles.

#include "timeline/article.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

// Nothing recoverable: the document is not a feed parley can read.
class FeedParseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Where the bytes came from, as far as it bears on reading them.
struct FeedSource {
    std::string url;           // the feed's URL, for resolving relative links
    std::string content_type;  // the HTTP Content-Type header, with its charset, if any
};

struct FeedDocument {
    std::string title;  // the feed's own title and link
    std::string link;
    std::vector<Article> articles;  // feed_id left 0
    // Why the document was ill-formed or only partly read; non-empty means the
    // feed's status is `warning`.
    std::vector<std::string> warnings;
};

// Throws FeedParseError when nothing can be recovered.
FeedDocument parse_feed(std::string_view bytes, const FeedSource& source);

}  // namespace parley
