#include "ingest/fetch/backoff.h"

namespace parley {

std::chrono::seconds backoff_delay(int failures) {
    if (failures <= 0) return std::chrono::seconds{0};
    std::chrono::seconds delay = backoff_base;
    for (int i = 1; i < failures && delay < backoff_cap; ++i)
        delay *= 2;
    return delay < backoff_cap ? delay : backoff_cap;
}

} // namespace parley
