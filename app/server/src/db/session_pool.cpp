#include "session_pool.hpp"

#include <string>

#include "posserver/db/database.hpp"

namespace posserver::db::detail {

SessionPool::Lease::~Lease() {
  if (connection_) pool_->giveBack(std::move(connection_));
}

SessionPool::SessionPool(Engine& engine, std::size_t maxSessions, std::chrono::milliseconds maxWait)
    : engine_(engine), maxSessions_(maxSessions == 0 ? 1 : maxSessions), maxWait_(maxWait) {}

SessionPool::Lease SessionPool::borrow() {
  std::unique_ptr<Connection> connection;
  {
    std::unique_lock lock(mutex_);
    const bool free = freed_.wait_for(lock, maxWait_, [&] { return !idle_.empty() || lent_ + idle_.size() < maxSessions_; });
    if (!free) {
      throw DatabaseUnavailable("all " + std::to_string(maxSessions_) + " database sessions stayed busy for " +
                                std::to_string(maxWait_.count()) + " ms; try again later");
    }
    ++lent_;
    if (!idle_.empty()) {
      connection = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  // Outside the lock: checking and connecting talk to the database.
  if (connection && !connection->usable()) connection.reset();
  if (!connection) connection = openInFreeSlot();
  return Lease(*this, std::move(connection));
}

std::unique_ptr<Connection> SessionPool::openInFreeSlot() {
  try {
    return engine_.connect();
  } catch (...) {
    {
      std::lock_guard lock(mutex_);
      --lent_;
    }
    freed_.notify_one();
    throw;
  }
}

void SessionPool::giveBack(std::unique_ptr<Connection> connection) {
  {
    std::lock_guard lock(mutex_);
    --lent_;
    if (connection->usable()) idle_.push_back(std::move(connection));
  }
  freed_.notify_one();
}

}  // namespace posserver::db::detail
