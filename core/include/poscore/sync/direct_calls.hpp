#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "poscore/dispatcher.hpp"
#include "poscore/services/lane_db.hpp"
#include "poscore/sync/sync_settings.hpp"
#include "poscore/sync/sync_store.hpp"
#include "possdk/server_client.hpp"

namespace poscore::sync {

struct DirectCallLimits {
  std::size_t workers = 3;      // calls on the wire at once, all plugins together
  std::size_t perPlugin = 2;    // calls one plugin may have waiting or on the wire; fewer than workers
  std::size_t maxReplyBytes = 1024 * 1024;  // an order or a page of them; more is refused
  std::chrono::milliseconds maxTimeout{60'000};  // the longest a call may wait; a longer one is refused
};

// Plugins' calls whose answer is needed now (ServerClient::request): a small pool of worker
// threads sends them to `<url>/api/v1/plugins/<plugin id><path>` with the lane's credential, never
// queued in the outbox, never retried. The answer goes to the dispatcher (the UI thread), where
// `done` runs only while the plugin's `alive` flag is still set: a plugin that has stopped is not
// called back. Bounded three times: a fixed pool, so a server that never answers holds at most
// `workers` threads; a per-plugin cap below the pool, so one plugin's calls always leave a worker
// for the others; and a longest timeout, so every call (and the shutdown that joins the workers)
// ends within it.
class DirectCalls {
 public:
  using Done = std::function<void(possdk::Result<possdk::ServerReply>)>;
  using Alive = std::shared_ptr<const std::atomic<bool>>;

  // `settings` nullopt: the lane has no store server, and every call fails saying so.
  // Throws std::invalid_argument when the limits leave no worker for a second plugin, and
  // std::runtime_error when the sync tables cannot be made.
  DirectCalls(LaneDb& db, Dispatcher& dispatcher, std::optional<SyncSettings> settings, DirectCallLimits limits = {});
  // Answers what is still waiting with a failure (its plugin has stopped by then, so no `done`
  // runs) and joins the workers; a call on the wire finishes by its own timeout first.
  ~DirectCalls();
  DirectCalls(const DirectCalls&) = delete;
  DirectCalls& operator=(const DirectCalls&) = delete;

  // `alive` null: the caller is always there to hear the answer. Never blocks and never calls
  // `done` itself: a refused call (bad method, path, body or timeout, a timeout over
  // `maxTimeout`, no server, too many waiting) is answered through the dispatcher like any other.
  void request(const std::string& pluginId, Alive alive, const std::string& method, const std::string& path,
               const std::string& bodyJson, std::chrono::milliseconds timeout, Done done);

 private:
  struct Call {
    std::string pluginId;
    Alive alive;
    std::string method;
    std::string target;
    std::string body;
    std::chrono::milliseconds timeout;
    Done done;
  };

  possdk::Result<possdk::ServerReply> send(const Call& call);
  void answer(Call call, possdk::Result<possdk::ServerReply> reply);
  void work();

  Dispatcher& dispatcher_;
  std::optional<SyncSettings> settings_;
  DirectCallLimits limits_;
  SyncStore store_;

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Call> queue_;
  std::map<std::string, std::size_t> open_;  // plugin id -> calls waiting or on the wire
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace poscore::sync
