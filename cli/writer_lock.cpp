#include "cli/writer_lock.h"

#include "cli/interrupt.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace parley {

std::filesystem::path WriterLock::lock_path(const std::filesystem::path& db) {
    return db.string() + ".lock";
}

WriterLock::WriterLock(const std::filesystem::path& db, std::chrono::milliseconds wait) {
    auto path = lock_path(db);
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0)
        throw std::runtime_error("cannot open lock file " + path.string() + ": " +
                                 std::strerror(errno));
    auto deadline = std::chrono::steady_clock::now() + wait;
    for (;;) {
        if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return;
        if (errno != EWOULDBLOCK && errno != EINTR) {
            int e = errno;
            ::close(fd_);
            throw std::runtime_error("cannot lock " + path.string() + ": " + std::strerror(e));
        }
        if (interrupted() || std::chrono::steady_clock::now() >= deadline) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ::close(fd_);
    fd_ = -1;
    if (interrupted()) throw std::runtime_error("interrupted while waiting for the store");
    auto seconds = std::chrono::duration_cast<std::chrono::seconds>(wait).count();
    throw std::runtime_error("another parley pull or ingest is writing to " + db.string() +
                             " (waited " + std::to_string(seconds) + " s); try again later");
}

WriterLock::~WriterLock() {
    if (fd_ >= 0) ::close(fd_); // closing drops the lock
}

} // namespace parley
