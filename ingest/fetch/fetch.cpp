#include "ingest/fetch/fetch.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <curl/curl.h>
#include <deque>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string_view>
#include <thread>

namespace parley {

namespace {

void init_curl_once() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            throw std::runtime_error("cannot initialise libcurl");
    });
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) !=
            std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    return true;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

bool is_http(std::string_view url) {
    return starts_with_nocase(url, "http://") || starts_with_nocase(url, "https://");
}

std::string megabytes(std::size_t bytes) {
    if (bytes % (1024 * 1024) == 0) return std::to_string(bytes / (1024 * 1024)) + " MB";
    return std::to_string(bytes) + " bytes";
}

// One transfer in flight and what its callbacks have gathered.
struct Transfer {
    std::size_t index = 0;
    CURL* easy = nullptr;
    curl_slist* headers = nullptr;
    std::size_t max_body = 0;
    bool too_large = false;
    std::string body;
    // Every response seen, redirects included: the final one is last.
    std::vector<long> statuses;
    std::string reason;
    std::string etag;
    std::string last_modified;
    std::string retry_after;
    std::string location;
    char error[CURL_ERROR_SIZE] = {};

    ~Transfer() {
        if (easy) curl_easy_cleanup(easy);
        if (headers) curl_slist_free_all(headers);
    }
};

// Counts bytes after decompression: a small gzip bomb stops here at the cap.
extern "C" std::size_t on_body(char* data, std::size_t size, std::size_t n, void* user) {
    auto* t = static_cast<Transfer*>(user);
    std::size_t bytes = size * n;
    if (t->body.size() + bytes > t->max_body) {
        t->too_large = true;
        return 0; // anything short of `bytes` aborts the transfer
    }
    t->body.append(data, bytes);
    return bytes;
}

// Called once per header line, for the redirects' responses too: a status
// line starts a new response, whose headers replace the previous one's.
extern "C" std::size_t on_header(char* data, std::size_t size, std::size_t n, void* user) {
    auto* t = static_cast<Transfer*>(user);
    std::size_t bytes = size * n;
    std::string_view line(data, bytes);
    if (starts_with_nocase(line, "HTTP/")) {
        auto sp = line.find(' ');
        long code = 0;
        std::string_view rest = sp == std::string_view::npos ? "" : line.substr(sp + 1);
        std::size_t i = 0;
        while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9')
            code = code * 10 + (rest[i++] - '0');
        t->statuses.push_back(code);
        t->reason = std::string(trim(rest.substr(i)));
        t->etag.clear();
        t->last_modified.clear();
        t->retry_after.clear();
        t->location.clear();
        return bytes;
    }
    auto colon = line.find(':');
    if (colon == std::string_view::npos) return bytes;
    std::string_view name = trim(line.substr(0, colon));
    std::string_view value = trim(line.substr(colon + 1));
    // A value with control characters in it is never sent back in a request.
    if (std::any_of(value.begin(), value.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t'; }))
        return bytes;
    auto is = [&](std::string_view h) {
        return name.size() == h.size() && starts_with_nocase(name, h);
    };
    if (is("ETag"))
        t->etag = value;
    else if (is("Last-Modified"))
        t->last_modified = value;
    else if (is("Retry-After"))
        t->retry_after = value;
    else if (is("Location"))
        t->location = value;
    return bytes;
}

std::unique_ptr<Transfer> make_transfer(std::size_t index, const FetchRequest& r,
                                        const FetchOptions& o, const std::string& user_agent) {
    auto t = std::make_unique<Transfer>();
    t->index = index;
    t->max_body = o.max_body;
    t->easy = curl_easy_init();
    if (!t->easy) throw std::runtime_error("cannot create a libcurl transfer");
    CURL* e = t->easy;
    curl_easy_setopt(e, CURLOPT_URL, r.url.c_str());
    curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->error);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    // Only what a feed can be: a redirect may never lead to a local file.
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https,file");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, static_cast<long>(o.max_redirects));
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); // every encoding this libcurl decodes
    curl_easy_setopt(e, CURLOPT_USERAGENT, user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(o.connect_timeout.count()));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(o.timeout.count()));
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, o.low_speed_bytes);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, static_cast<long>(o.low_speed_time.count()));
    // Refuses early what announces itself as too large; the write callback
    // catches what does not (chunked, or compressed).
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(o.max_body));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
    if (is_http(r.url)) {
        t->headers = curl_slist_append(t->headers, "Accept: application/rss+xml, "
                                                   "application/atom+xml, application/feed+json, "
                                                   "application/xml;q=0.9, text/xml;q=0.9, "
                                                   "*/*;q=0.8");
        if (!r.etag.empty())
            t->headers = curl_slist_append(t->headers, ("If-None-Match: " + r.etag).c_str());
        if (!r.last_modified.empty())
            t->headers =
                curl_slist_append(t->headers, ("If-Modified-Since: " + r.last_modified).c_str());
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
    }
    return t;
}

std::string one_line(std::string s) {
    for (char& c : s)
        if (c == '\n' || c == '\r') c = ' ';
    return std::string(trim(s));
}

FetchResult finish(Transfer& t, CURLcode rc, const FetchOptions& o, const std::string& requested) {
    FetchResult r;
    r.index = t.index;
    char* effective = nullptr;
    curl_easy_getinfo(t.easy, CURLINFO_EFFECTIVE_URL, &effective);
    r.url = effective ? effective : requested;
    long status = 0;
    curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
    r.http_status = is_http(requested) ? status : 0;
    char* type = nullptr;
    curl_easy_getinfo(t.easy, CURLINFO_CONTENT_TYPE, &type);
    if (type) r.content_type = type;
    r.reason = t.reason;
    r.etag = std::move(t.etag);
    r.last_modified = std::move(t.last_modified);
    r.retry_after = std::move(t.retry_after);

    if (rc != CURLE_OK) {
        if ((rc == CURLE_WRITE_ERROR && t.too_large) || rc == CURLE_FILESIZE_EXCEEDED)
            r.error = "response larger than " + megabytes(o.max_body) + ", abandoned";
        else if (rc == CURLE_TOO_MANY_REDIRECTS)
            r.error =
                "more than " + std::to_string(o.max_redirects) + " redirects (a redirect loop?)";
        else if (rc == CURLE_UNSUPPORTED_PROTOCOL)
            r.error = t.location.empty()
                          ? "unsupported protocol (parley fetches http, https and file URLs)"
                          : "redirect to " + one_line(t.location) +
                                " refused (only http and https are followed)";
        else if (t.error[0] != '\0')
            r.error = one_line(t.error);
        else
            r.error = curl_easy_strerror(rc);
        return r;
    }
    r.body = std::move(t.body);

    // The feed has moved when every redirect on the way said so for good and
    // the new address answered.
    std::vector<long> hops;
    for (std::size_t i = 0; i + 1 < t.statuses.size(); ++i)
        if (t.statuses[i] >= 300 && t.statuses[i] < 400) hops.push_back(t.statuses[i]);
    bool answered = (status >= 200 && status < 300) || status == 304;
    if (!hops.empty() && answered && r.url != requested &&
        std::all_of(hops.begin(), hops.end(), [](long s) { return s == 301 || s == 308; }))
        r.permanent_url = r.url;
    return r;
}

} // namespace

std::string default_user_agent() {
    return std::string("parley/") + PARLEY_FETCH_VERSION + " (+" + PARLEY_FETCH_HOMEPAGE + ")";
}

std::string FetchResult::failure() const {
    if (!error.empty()) return error;
    if (http_status == 0 || (http_status >= 200 && http_status < 300) || http_status == 304)
        return {};
    std::string s = "HTTP " + std::to_string(http_status);
    if (!reason.empty()) s += " " + one_line(reason);
    return s;
}

struct Fetcher::State {
    std::vector<FetchRequest> requests;
    FetchOptions options;
    std::string user_agent;
    CURLM* multi = nullptr;

    std::mutex mutex;
    std::condition_variable ready_cv;
    std::deque<FetchResult> ready;
    bool finished = false;
    std::atomic<bool> cancelled{false};
    std::string worker_error; // the worker's own failure, rethrown to the reader
    std::thread worker;

    void run();
    void wake() { curl_multi_wakeup(multi); }
};

void Fetcher::State::run() {
    std::map<CURL*, std::unique_ptr<Transfer>> active;
    std::size_t next_request = 0;
    const auto jobs = static_cast<std::size_t>(std::max(1, options.jobs));
    try {
        while (!cancelled) {
            std::size_t waiting;
            {
                std::lock_guard lock(mutex);
                waiting = ready.size();
            }
            // Start more while there is room in flight and unread results do not pile up.
            while (active.size() < jobs && waiting + active.size() < 2 * jobs &&
                   next_request < requests.size()) {
                auto t = make_transfer(next_request, requests[next_request], options, user_agent);
                if (curl_multi_add_handle(multi, t->easy) != CURLM_OK)
                    throw std::runtime_error("cannot start a transfer");
                active.emplace(t->easy, std::move(t));
                ++next_request;
            }
            if (active.empty() && next_request >= requests.size()) break;

            int running = 0;
            curl_multi_perform(multi, &running);
            int left = 0;
            while (CURLMsg* msg = curl_multi_info_read(multi, &left)) {
                if (msg->msg != CURLMSG_DONE) continue;
                CURL* easy = msg->easy_handle;
                CURLcode rc = msg->data.result;
                auto it = active.find(easy);
                curl_multi_remove_handle(multi, easy);
                if (it == active.end()) continue;
                FetchResult r = finish(*it->second, rc, options, requests[it->second->index].url);
                active.erase(it);
                {
                    std::lock_guard lock(mutex);
                    ready.push_back(std::move(r));
                }
                ready_cv.notify_one();
            }
            if (cancelled) break;
            if (!active.empty())
                curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
            else if (next_request < requests.size())
                // Waiting for the reader to make room.
                curl_multi_poll(multi, nullptr, 0, 100, nullptr);
        }
    } catch (const std::exception& e) {
        std::lock_guard lock(mutex);
        worker_error = e.what();
    }
    for (auto& [easy, t] : active)
        curl_multi_remove_handle(multi, easy);
    active.clear();
    {
        std::lock_guard lock(mutex);
        finished = true;
    }
    ready_cv.notify_all();
}

Fetcher::Fetcher(std::vector<FetchRequest> requests, FetchOptions options)
    : state_(std::make_unique<State>()) {
    init_curl_once();
    state_->requests = std::move(requests);
    state_->options = std::move(options);
    state_->user_agent =
        state_->options.user_agent.empty() ? default_user_agent() : state_->options.user_agent;
    state_->multi = curl_multi_init();
    if (!state_->multi) throw std::runtime_error("cannot initialise libcurl's multi interface");
    curl_multi_setopt(state_->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
                      static_cast<long>(std::max(1, state_->options.jobs)));
    state_->worker = std::thread([s = state_.get()] { s->run(); });
}

Fetcher::~Fetcher() {
    cancel();
    if (state_->worker.joinable()) state_->worker.join();
    curl_multi_cleanup(state_->multi);
}

void Fetcher::cancel() {
    state_->cancelled = true;
    state_->wake();
}

std::optional<FetchResult> Fetcher::next(const std::function<bool()>& stop) {
    State& s = *state_;
    std::unique_lock lock(s.mutex);
    for (;;) {
        if (stop && stop()) {
            lock.unlock();
            cancel();
            return std::nullopt;
        }
        if (!s.ready.empty()) {
            FetchResult r = std::move(s.ready.front());
            s.ready.pop_front();
            lock.unlock();
            s.wake(); // room for another transfer
            return r;
        }
        if (s.finished) {
            if (!s.worker_error.empty()) throw std::runtime_error(s.worker_error);
            return std::nullopt;
        }
        s.ready_cv.wait_for(lock, std::chrono::milliseconds(200));
    }
}

FetchResult fetch_one(const FetchRequest& request, const FetchOptions& options) {
    Fetcher fetcher({request}, options);
    auto r = fetcher.next();
    if (!r) throw std::runtime_error("fetch of " + request.url + " ended without a result");
    return std::move(*r);
}

} // namespace parley
