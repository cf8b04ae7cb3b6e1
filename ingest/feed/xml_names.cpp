#include "ingest/feed/xml_names.h"

#include "ingest/feed/uri.h"

#include <array>
#include <unordered_map>
#include <utility>

namespace parley {

namespace {

struct KnownNamespace {
    std::string_view uri; // lowercased
    std::string_view canonical;
};

// Lowercased; a URI that starts with one of these belongs to it when the
// entry ends in '#' (Atom 0.3 drafts append their draft name).
constexpr std::array<KnownNamespace, 27> known_namespaces{{
    {"http://www.w3.org/2005/atom", "atom"},
    {"http://purl.org/atom/ns#", "atom"},
    {"http://purl.org/rss/1.0/", ""},
    {"http://purl.org/rss/1.0", ""},
    {"http://my.netscape.com/rdf/simple/0.9/", ""},
    {"http://backend.userland.com/rss", ""},
    {"http://backend.userland.com/rss2", ""},
    {"http://blogs.law.harvard.edu/tech/rss", ""},
    {"http://purl.org/net/rss1.1#", ""},
    {"http://purl.org/dc/elements/1.1/", "dc"},
    {"http://purl.org/dc/elements/1.0/", "dc"},
    {"http://purl.org/dc/terms/", "dcterms"},
    {"http://purl.org/rss/1.0/modules/content/", "content"},
    {"http://search.yahoo.com/mrss/", "media"},
    {"http://search.yahoo.com/mrss", "media"},
    {"http://video.search.yahoo.com/mrss", "media"},
    {"http://video.search.yahoo.com/mrss/", "media"},
    {"http://www.w3.org/1999/xhtml", "xhtml"},
    {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"},
    {"http://www.itunes.com/dtds/podcast-1.0.dtd", "itunes"},
    {"https://www.itunes.com/dtds/podcast-1.0.dtd", "itunes"},
    {"http://example.com/dtds/podcast-1.0.dtd", "itunes"},
    {"http://www.itunes.com/dtds/podcast-1.0.dtd/", "itunes"},
    {"http://rssnamespace.org/feedburner/ext/1.0", "feedburner"},
    {"http://www.w3.org/xml/1998/namespace", "xml"},
    {"http://purl.org/rss/1.0/modules/slash/", "slash"},
    {"http://wellformedweb.org/commentapi/", "wfw"},
}};

// Prefixes so conventional that a document using one without declaring it
// surely means the usual namespace.
constexpr std::array<std::string_view, 11> conventional_prefixes{
    "atom", "dc",     "dcterms",    "content", "media", "xhtml",
    "rdf",  "itunes", "feedburner", "slash",   "wfw"};

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = lower(c);
    return out;
}

std::string_view local_part(std::string_view name) {
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is_known(std::string_view uri) {
    const std::string key = lowered(uri);
    for (const auto& k : known_namespaces)
        if (k.uri == key || (k.uri.back() == '#' && key.rfind(k.uri, 0) == 0)) return true;
    return false;
}

class Canonicaliser {
public:
    Canonicaliser(std::string_view document_url, std::vector<std::string>& warnings)
        : document_url_(document_url), warnings_(warnings) {
        scopes_["xml"].push_back("xml");
    }

    void run(pugi::xml_document& doc) {
        // A root <feed> in no namespace is Atom all the same (early Atom 0.3).
        pugi::xml_node root = doc.document_element();
        const std::string root_local = lowered(local_part(root.name()));
        const std::string_view format = root_local == "feed" ? "atom" : "";
        scopes_[""].push_back(std::string(format));
        // A feed root in a namespace parley does not know (a draft's, a
        // vendor's) still says which format it is: its default namespace is
        // taken to be that format's.
        const std::string_view root_ns = root.attribute("xmlns").value();
        if (!root_ns.empty() && local_part(root.name()) == root.name() &&
            (root_local == "feed" || root_local == "rss" || root_local == "channel") &&
            !is_known(root_ns))
            others_.emplace(lowered(root_ns), std::string(format));
        bases_.emplace_back(document_url_);

        pugi::xml_node node = doc.first_child();
        while (node) {
            if (node.type() == pugi::node_element) {
                enter(node);
                if (node.first_child()) {
                    node = node.first_child();
                    continue;
                }
                leave();
            }
            while (node && !node.next_sibling()) {
                node = node.parent();
                if (!node || node.type() == pugi::node_document) {
                    node = pugi::xml_node();
                    break;
                }
                leave();
            }
            if (node) node = node.next_sibling();
        }
    }

private:
    struct Frame {
        std::size_t undo_mark;
        std::size_t base_mark;
    };

    std::string canonical_for(std::string_view uri) {
        std::string key = lowered(uri);
        for (const auto& k : known_namespaces)
            if (k.uri == key || (k.uri.back() == '#' && key.rfind(k.uri, 0) == 0))
                return std::string(k.canonical);
        auto [it, added] = others_.try_emplace(std::move(key), "");
        if (added) it->second = "ns" + std::to_string(others_.size());
        return it->second;
    }

    std::string resolve_prefix(std::string_view prefix) {
        const auto it = scopes_.find(std::string(prefix));
        if (it != scopes_.end() && !it->second.empty()) return it->second.back();
        std::string p(prefix);
        if (reported_.emplace(p, true).second)
            warnings_.push_back("undeclared namespace prefix '" + p + "'");
        const std::string low = lowered(prefix);
        for (auto c : conventional_prefixes)
            if (c == low) return std::string(c);
        return low;
    }

    // "prefix:Local" → "canonical:local"; `is_attribute`: no default namespace.
    std::string canonical_name(std::string_view name, bool is_attribute) {
        const std::size_t colon = name.find(':');
        std::string canonical;
        std::string_view local = name;
        if (colon != std::string_view::npos && colon > 0 && colon + 1 < name.size()) {
            canonical = resolve_prefix(name.substr(0, colon));
            local = name.substr(colon + 1);
        } else if (!is_attribute) {
            canonical = scopes_[""].back();
        }
        std::string out;
        out.reserve(canonical.size() + 1 + local.size());
        if (!canonical.empty()) out.append(canonical).append(":");
        for (char c : local)
            out += lower(c);
        return out;
    }

    void enter(pugi::xml_node el) {
        frames_.push_back({undo_.size(), bases_.size()});
        for (pugi::xml_attribute a = el.first_attribute(); a; a = a.next_attribute()) {
            const std::string_view n = a.name();
            if (n == "xmlns") {
                declare("", a.value());
            } else if (n.rfind("xmlns:", 0) == 0 && n.size() > 6) {
                declare(n.substr(6), a.value());
            }
        }
        rename(el, false);
        for (pugi::xml_attribute a = el.first_attribute(); a; a = a.next_attribute()) {
            const std::string_view n = a.name();
            if (n == "xmlns" || n.rfind("xmlns:", 0) == 0) continue;
            const std::string c = canonical_name(n, true);
            if (c != n) a.set_name(c.c_str());
            if (c == "xml:base") {
                std::string absolute = resolve_uri(bases_.back(), trimmed(a.value()));
                a.set_value(absolute.c_str());
                bases_.push_back(std::move(absolute));
            }
        }
    }

    static std::string_view trimmed(std::string_view s) {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t'))
            s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t'))
            s.remove_suffix(1);
        return s;
    }

    void rename(pugi::xml_node el, bool is_attribute) {
        const std::string_view n = el.name();
        const std::string c = canonical_name(n, is_attribute);
        if (c != n) el.set_name(c.c_str());
    }

    void declare(std::string_view prefix, std::string_view uri) {
        std::string p(prefix);
        scopes_[p].push_back(uri.empty() && prefix.empty() ? std::string() : canonical_for(uri));
        undo_.push_back(std::move(p));
    }

    void leave() {
        const Frame f = frames_.back();
        frames_.pop_back();
        while (undo_.size() > f.undo_mark) {
            scopes_[undo_.back()].pop_back();
            undo_.pop_back();
        }
        bases_.resize(f.base_mark);
    }

    std::string_view document_url_;
    std::vector<std::string>& warnings_;
    std::unordered_map<std::string, std::vector<std::string>> scopes_;
    std::unordered_map<std::string, std::string> others_;
    std::unordered_map<std::string, bool> reported_;
    std::vector<std::string> undo_;
    std::vector<std::string> bases_;
    std::vector<Frame> frames_;
};

} // namespace

void canonicalise_names(pugi::xml_document& doc, std::string_view document_url,
                        std::vector<std::string>& warnings) {
    Canonicaliser(document_url, warnings).run(doc);
}

std::string_view base_uri(pugi::xml_node element, std::string_view document_url) {
    for (pugi::xml_node n = element; n && n.type() == pugi::node_element; n = n.parent())
        if (const pugi::xml_attribute a = n.attribute("xml:base")) return a.value();
    return document_url;
}

} // namespace parley
