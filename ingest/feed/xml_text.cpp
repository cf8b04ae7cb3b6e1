#include "ingest/feed/xml_text.h"

namespace parley {

namespace {

void append_escaped(std::string& out, std::string_view text, bool in_attribute) {
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            if (in_attribute) {
                out += "&quot;";
                break;
            }
            [[fallthrough]];
        default:
            out += c;
        }
    }
}

std::string_view markup_name(std::string_view canonical) {
    if (canonical.rfind("xhtml:", 0) == 0) canonical.remove_prefix(6);
    return canonical;
}

// Attribute values are kept as written: their references stay references.
void append_start_tag(std::string& out, pugi::xml_node el) {
    out += '<';
    out += markup_name(el.name());
    for (pugi::xml_attribute a = el.first_attribute(); a; a = a.next_attribute()) {
        out += ' ';
        out += a.name();
        out += "=\"";
        for (const char* p = a.value(); *p; ++p) {
            if (*p == '"')
                out += "&quot;";
            else if (*p == '<')
                out += "&lt;";
            else
                out += *p;
        }
        out += '"';
    }
    out += el.first_child() ? ">" : " />";
}

void append_node_markup(std::string& out, pugi::xml_node node) {
    switch (node.type()) {
    case pugi::node_pcdata:
        out += node.value();
        break;
    case pugi::node_cdata:
        append_escaped(out, node.value(), false);
        break;
    case pugi::node_element:
        append_start_tag(out, node);
        break;
    default:
        break;
    }
}

// Walks the subtree below `element` without recursion.
void append_children_markup(std::string& out, pugi::xml_node element) {
    pugi::xml_node node = element.first_child();
    while (node) {
        append_node_markup(out, node);
        if (node.type() == pugi::node_element && node.first_child()) {
            node = node.first_child();
            continue;
        }
        while (node && !node.next_sibling()) {
            node = node.parent();
            if (node == element) return;
            out.append("</").append(markup_name(node.name())).append(">");
        }
        node = node.next_sibling();
    }
}

std::string_view trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

} // namespace

std::string xml_escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_escaped(out, text, true);
    return out;
}

std::string_view xml_value(pugi::xml_node element, EntityReport& report, std::string& scratch) {
    const pugi::xml_node only = element.first_child();
    if (only && !only.next_sibling()) {
        const std::string_view v = only.value();
        if (only.type() == pugi::node_cdata ||
            (only.type() == pugi::node_pcdata && v.find('&') == std::string_view::npos))
            return v;
    }
    scratch = xml_value(element, report);
    return scratch;
}

std::string xml_value(pugi::xml_node element, EntityReport& report) {
    std::string out;
    for (pugi::xml_node n = element.first_child(); n; n = n.next_sibling()) {
        switch (n.type()) {
        case pugi::node_pcdata:
            append_decoded_entities(out, n.value(), EntityContext::attribute, &report);
            break;
        case pugi::node_cdata:
            out += n.value();
            break;
        case pugi::node_element:
            append_start_tag(out, n);
            if (n.first_child()) {
                append_children_markup(out, n);
                out.append("</").append(markup_name(n.name())).append(">");
            }
            break;
        default:
            break;
        }
    }
    return out;
}

std::string inner_markup(pugi::xml_node element) {
    std::string out;
    append_children_markup(out, element);
    return out;
}

std::string xml_token(pugi::xml_node element, EntityReport& report) {
    const std::string v = xml_value(element, report);
    return std::string(trim(v));
}

} // namespace parley

namespace parley {

std::string attribute_text(pugi::xml_attribute attribute, EntityReport& report) {
    std::string out;
    append_decoded_entities(out, attribute.value(), EntityContext::attribute, &report);
    return std::string(trim(out));
}

} // namespace parley
