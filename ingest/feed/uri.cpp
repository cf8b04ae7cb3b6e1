#include "ingest/feed/uri.h"

#include <optional>

namespace parley {

namespace {

struct UriParts {
    std::optional<std::string_view> scheme;
    std::optional<std::string_view> authority;
    std::string_view path;
    std::optional<std::string_view> query;
    std::optional<std::string_view> fragment;
};

bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::size_t scheme_length(std::string_view s) {
    if (s.empty() || !is_alpha(s[0])) return 0;
    for (std::size_t i = 1; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ':') return i;
        if (!(is_alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return 0;
    }
    return 0;
}

// RFC 3986 appendix B, by hand.
UriParts split(std::string_view s) {
    UriParts p;
    if (const std::size_t n = scheme_length(s)) {
        p.scheme = s.substr(0, n);
        s.remove_prefix(n + 1);
    }
    if (const std::size_t hash = s.find('#'); hash != std::string_view::npos) {
        p.fragment = s.substr(hash + 1);
        s = s.substr(0, hash);
    }
    if (const std::size_t q = s.find('?'); q != std::string_view::npos) {
        p.query = s.substr(q + 1);
        s = s.substr(0, q);
    }
    if (s.substr(0, 2) == "//") {
        const std::size_t slash = s.find('/', 2);
        p.authority = s.substr(2, slash == std::string_view::npos ? s.size() - 2 : slash - 2);
        s = slash == std::string_view::npos ? std::string_view() : s.substr(slash);
    }
    p.path = s;
    return p;
}

// RFC 3986 5.2.4.
std::string remove_dot_segments(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    while (!in.empty()) {
        if (in.substr(0, 3) == "../") {
            in.remove_prefix(3);
        } else if (in.substr(0, 2) == "./") {
            in.remove_prefix(2);
        } else if (in.substr(0, 3) == "/./") {
            in.remove_prefix(2);
        } else if (in == "/.") {
            in = "/";
        } else if (in.substr(0, 4) == "/../" || in == "/..") {
            in = in.size() == 3 ? std::string_view("/") : in.substr(3);
            const std::size_t last = out.rfind('/');
            out.resize(last == std::string::npos ? 0 : last);
        } else if (in == "." || in == "..") {
            in = {};
        } else {
            const std::size_t next = in.find('/', in[0] == '/' ? 1 : 0);
            const std::size_t n = next == std::string_view::npos ? in.size() : next;
            out.append(in.substr(0, n));
            in.remove_prefix(n);
        }
    }
    return out;
}

// RFC 3986 5.2.3.
std::string merge(const UriParts& base, std::string_view ref_path) {
    if (base.authority && base.path.empty()) return "/" + std::string(ref_path);
    const std::size_t slash = base.path.rfind('/');
    if (slash == std::string_view::npos) return std::string(ref_path);
    return std::string(base.path.substr(0, slash + 1)) + std::string(ref_path);
}

std::string recompose(const UriParts& p, const std::string& path) {
    std::string out;
    if (p.scheme) out.append(*p.scheme).append(":");
    if (p.authority) out.append("//").append(*p.authority);
    out.append(path);
    if (p.query) out.append("?").append(*p.query);
    if (p.fragment) out.append("#").append(*p.fragment);
    return out;
}

} // namespace

bool has_scheme(std::string_view reference) {
    return scheme_length(reference) > 0;
}

std::string resolve_uri(std::string_view base_text, std::string_view ref_text) {
    const UriParts ref = split(ref_text);
    if (ref.scheme) {
        UriParts t = ref;
        return recompose(t, remove_dot_segments(ref.path));
    }
    const UriParts base = split(base_text);
    if (!base.scheme) return std::string(ref_text);
    UriParts t;
    t.scheme = base.scheme;
    t.fragment = ref.fragment;
    std::string path;
    if (ref.authority) {
        t.authority = ref.authority;
        t.query = ref.query;
        path = remove_dot_segments(ref.path);
    } else {
        t.authority = base.authority;
        if (ref.path.empty()) {
            path = std::string(base.path);
            t.query = ref.query ? ref.query : base.query;
        } else {
            path = ref.path[0] == '/' ? remove_dot_segments(ref.path)
                                      : remove_dot_segments(merge(base, ref.path));
            t.query = ref.query;
        }
    }
    return recompose(t, path);
}

} // namespace parley
