#pragma once
// One writer per store at a time: `pull` and `ingest` hold an exclusive lock
// on "<db>.lock" while they run, so two cron jobs never fetch and write the
// same feeds at once. The kernel drops the lock when the process ends,
// however it ends.

#include <chrono>
#include <filesystem>

namespace parley {

class WriterLock {
public:
    // Waits up to `wait` for another writer to finish, then throws
    // std::runtime_error saying who holds the store. Gives up at once when
    // interrupted.
    WriterLock(const std::filesystem::path& db, std::chrono::milliseconds wait);
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

    static std::filesystem::path lock_path(const std::filesystem::path& db);

private:
    int fd_ = -1;
};

} // namespace parley
