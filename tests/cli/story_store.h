#pragma once
// Stores filled through Store's API with the seed's story as several outlets
// report it, for tests that run the real `parley` binary on them.

#include "store/store.h"

#include <filesystem>
#include <string>
#include <vector>

namespace parley::test {

// One article: which feed, when (ISO 8601 instant), and its events.
struct StoryArticle {
    std::string feed;
    std::string guid;
    std::string published;
    std::string title;
    std::vector<Event> events;
    std::vector<Person> people;
};

// The seed's story (2025-05-20) with an April report and a later one saying
// round 3 was held.
std::vector<StoryArticle> seed_story();

// Writes the articles into the store at `db`, one pull per article, in the given order.
void fill_store(const std::filesystem::path& db, const std::vector<StoryArticle>& articles);

Event story_event(EventKind kind, const std::string& date, const std::string& date_text,
                  std::vector<std::string> actors, const std::string& evidence);

} // namespace parley::test
