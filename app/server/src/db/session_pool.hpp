#pragma once
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

#include "connection.hpp"

namespace posserver::db::detail {

// At most maxSessions connections, lent one at a time; a caller waits while all are out, at most
// maxWait, then fails as if the database were unreachable (a 503 the client retries, rather than a
// request thread held for ever). Idle connections found lost are dropped and a new one is made in
// their place.
class SessionPool {
 public:
  class Lease {
   public:
    Lease(SessionPool& pool, std::unique_ptr<Connection> connection) : pool_(&pool), connection_(std::move(connection)) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease();
    Connection& operator*() const { return *connection_; }
    Connection* operator->() const { return connection_.get(); }

   private:
    SessionPool* pool_;
    std::unique_ptr<Connection> connection_;
  };

  SessionPool(Engine& engine, std::size_t maxSessions, std::chrono::milliseconds maxWait);

  // Throws DatabaseUnavailable when no connection was free within maxWait, or a new connection is
  // needed and cannot be made.
  Lease borrow();

 private:
  void giveBack(std::unique_ptr<Connection> connection);
  std::unique_ptr<Connection> openInFreeSlot();

  Engine& engine_;
  const std::size_t maxSessions_;
  const std::chrono::milliseconds maxWait_;
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<Connection>> idle_;
  std::size_t lent_ = 0;
};

}  // namespace posserver::db::detail
