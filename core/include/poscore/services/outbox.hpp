#pragma once
#include <atomic>
#include <cstddef>
#include <memory>
#include <string>

#include "poscore/services/lane_db.hpp"
#include "possdk/clock.hpp"
#include "possdk/server_client.hpp"

namespace poscore {

// Server-bound calls, written to the lane database before anything is sent. One row per call,
// unique by (plugin, idempotency key), so queuing the same call twice keeps one row.
class Outbox {
 public:
  Outbox(LaneDb& db, const possdk::Clock& clock);
  possdk::Result<std::string> enqueue(const std::string& pluginId, const std::string& path,
                                      const std::string& bodyJson, const std::string& idempotencyKey);
  // Entries still to be sent: neither sent nor set aside as refused by the server.
  std::size_t backlog() const;
  std::unique_ptr<possdk::ServerClient> facadeFor(const std::string& pluginId);

  // Whether the server answered the sync client's last round; what plugins' online() reports.
  // Offline until a sync client says otherwise (a lane without a server stays offline).
  void setOnline(bool online) { online_ = online; }
  bool online() const { return online_; }

 private:
  LaneDb& db_;
  const possdk::Clock& clock_;
  std::atomic<bool> online_{false};
};

}  // namespace poscore
