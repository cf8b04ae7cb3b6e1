#include "ingest/feed/uri.h"

#include <catch2/catch.hpp>

using namespace parley;

// RFC 3986 section 5.4, with its base "http://a/b/c/d;p?q".
TEST_CASE("references resolve as RFC 3986 5.4 shows, normal examples") {
    const char* base = "http://a/b/c/d;p?q";
    const std::pair<const char*, const char*> examples[] = {
        {"g:h", "g:h"},
        {"g", "http://a/b/c/g"},
        {"./g", "http://a/b/c/g"},
        {"g/", "http://a/b/c/g/"},
        {"/g", "http://a/g"},
        {"//g", "http://g"},
        {"?y", "http://a/b/c/d;p?y"},
        {"g?y", "http://a/b/c/g?y"},
        {"#s", "http://a/b/c/d;p?q#s"},
        {"g#s", "http://a/b/c/g#s"},
        {"g?y#s", "http://a/b/c/g?y#s"},
        {";x", "http://a/b/c/;x"},
        {"g;x", "http://a/b/c/g;x"},
        {"g;x?y#s", "http://a/b/c/g;x?y#s"},
        {"", "http://a/b/c/d;p?q"},
        {".", "http://a/b/c/"},
        {"./", "http://a/b/c/"},
        {"..", "http://a/b/"},
        {"../", "http://a/b/"},
        {"../g", "http://a/b/g"},
        {"../..", "http://a/"},
        {"../../", "http://a/"},
        {"../../g", "http://a/g"},
    };
    for (const auto& [ref, target] : examples) {
        INFO(ref);
        CHECK(resolve_uri(base, ref) == target);
    }
}

TEST_CASE("references resolve as RFC 3986 5.4 shows, abnormal examples") {
    const char* base = "http://a/b/c/d;p?q";
    const std::pair<const char*, const char*> examples[] = {
        {"../../../g", "http://a/g"},
        {"../../../../g", "http://a/g"},
        {"/./g", "http://a/g"},
        {"/../g", "http://a/g"},
        {"g.", "http://a/b/c/g."},
        {".g", "http://a/b/c/.g"},
        {"g..", "http://a/b/c/g.."},
        {"..g", "http://a/b/c/..g"},
        {"./../g", "http://a/b/g"},
        {"./g/.", "http://a/b/c/g/"},
        {"g/./h", "http://a/b/c/g/h"},
        {"g/../h", "http://a/b/c/h"},
        {"g;x=1/./y", "http://a/b/c/g;x=1/y"},
        {"g;x=1/../y", "http://a/b/c/y"},
        {"g?y/./x", "http://a/b/c/g?y/./x"},
        {"g?y/../x", "http://a/b/c/g?y/../x"},
        {"g#s/./x", "http://a/b/c/g#s/./x"},
        {"g#s/../x", "http://a/b/c/g#s/../x"},
        {"http:g", "http:g"},
    };
    for (const auto& [ref, target] : examples) {
        INFO(ref);
        CHECK(resolve_uri(base, ref) == target);
    }
}

TEST_CASE("a base without a path or without a scheme is handled") {
    CHECK(resolve_uri("https://example.com", "news") == "https://example.com/news");
    CHECK(resolve_uri("", "/news") == "/news");
    CHECK(resolve_uri("relative/base", "news") == "relative/news");
    CHECK(resolve_uri("/desk/2025/", "../2025/05/x") == "/desk/2025/05/x");
    CHECK(has_scheme("mailto:a@b.example"));
    CHECK_FALSE(has_scheme("/path:with-colon"));
}
