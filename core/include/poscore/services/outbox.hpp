#pragma once
#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "poscore/services/lane_db.hpp"
#include "possdk/clock.hpp"
#include "possdk/server_client.hpp"

namespace poscore {

// The server's limit on an Idempotency-Key, which the lane sends as "<lane id>:<sender>:<key>".
inline constexpr std::size_t kMaxIdempotencyHeaderLength = 255;

// Empty when `path` may follow a plugin's mount (/api/v1/plugins/<id>), otherwise what is wrong
// with it: it must start with '/' and hold no space or control byte, which an HTTP request line
// cannot carry. The rule for queued and direct calls alike.
std::string pluginPathRefusal(const std::string& path);
// Empty when `bodyJson` is JSON text, otherwise the parser's reason.
std::string pluginBodyRefusal(const std::string& bodyJson);

// Sends a plugin's direct call (ServerClient::request) on its way; see sync::DirectCalls.
using DirectRequest = std::function<void(const std::string& method, const std::string& path, const std::string& bodyJson,
                                         std::chrono::milliseconds timeout,
                                         std::function<void(possdk::Result<possdk::ServerReply>)> done)>;

// Server-bound calls, written to the lane database before anything is sent. One row per call,
// unique by (plugin, idempotency key), so queuing the same call twice keeps one row.
class Outbox {
 public:
  Outbox(LaneDb& db, const possdk::Clock& clock);
  // Refuses a key that is empty, has a character other than A-Z a-z 0-9 . _ : - or is too long to
  // fit the server's Idempotency-Key once prefixed with the longest lane id and `pluginId`.
  possdk::Result<std::string> enqueue(const std::string& pluginId, const std::string& path,
                                      const std::string& bodyJson, const std::string& idempotencyKey);
  // Entries still to be sent: neither sent nor set aside as refused by the server.
  std::size_t backlog() const;
  // The ServerClient a plugin sees: queued calls go to this outbox, direct ones to `direct`, which
  // must not be empty (std::invalid_argument).
  std::unique_ptr<possdk::ServerClient> facadeFor(const std::string& pluginId, DirectRequest direct);

  // Whether the server answered the sync client's last round; what plugins' online() reports.
  // Offline until a sync client says otherwise (a lane without a server stays offline).
  void setOnline(bool online) { online_ = online; }
  bool online() const { return online_; }

  // Called after each call newly queued (not a repeat of a queued key), on the enqueuing thread and
  // possibly inside its still open transaction: a listener only signals, it never waits or writes.
  // The sync client listens, so an upload leaves at once instead of at the next poll.
  void onQueued(std::function<void()> listener);

 private:
  void notifyQueued();

  LaneDb& db_;
  const possdk::Clock& clock_;
  std::atomic<bool> online_{false};
  std::mutex listenerMutex_;
  std::function<void()> listener_;
};

}  // namespace poscore
