#pragma once
// An element's child elements by canonical name, the first of each, found
// in one pass. Readers ask each item for some thirty names; asking pugixml
// would walk the children (and compare their names) once per name.

#include <array>
#include <cstdint>
#include <initializer_list>
#include <pugixml.hpp>
#include <string_view>

namespace parley {

class ChildIndex {
public:
    explicit ChildIndex(pugi::xml_node parent) : parent_(parent) {
        for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
            if (n.type() != pugi::node_element) continue;
            const std::string_view name = n.name();
            const std::uint32_t k = key(name);
            bool seen = false;
            for (std::size_t i = 0; i < count_ && !seen; ++i)
                seen = slots_[i].key == k && slots_[i].name == name;
            if (seen) continue;
            if (count_ == slots_.size()) {
                overflow_ = true; // a child past them all: asked of pugixml instead
                break;
            }
            slots_[count_++] = {k, name, n};
        }
    }

    // The first child element named `name`, or a null node.
    pugi::xml_node get(std::string_view name) const {
        const std::uint32_t k = key(name);
        for (std::size_t i = 0; i < count_; ++i)
            if (slots_[i].key == k && slots_[i].name == name) return slots_[i].node;
        return overflow_ ? parent_.child(std::string(name).c_str()) : pugi::xml_node();
    }

    // The first of `names` present, in the order given.
    pugi::xml_node first_of(std::initializer_list<std::string_view> names) const {
        for (std::string_view name : names)
            if (pugi::xml_node n = get(name)) return n;
        return {};
    }

private:
    // Length, first and last byte: unequal keys rule most names out at once.
    static std::uint32_t key(std::string_view s) {
        if (s.empty()) return 0;
        return static_cast<std::uint32_t>(s.size()) << 16 |
               static_cast<std::uint32_t>(static_cast<unsigned char>(s.front())) << 8 |
               static_cast<unsigned char>(s.back());
    }

    struct Slot {
        std::uint32_t key = 0;
        std::string_view name;
        pugi::xml_node node;
    };
    pugi::xml_node parent_;
    std::array<Slot, 32> slots_{};
    std::size_t count_ = 0;
    bool overflow_ = false;
};

} // namespace parley
