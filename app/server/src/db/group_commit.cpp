#include "group_commit.hpp"

#include <algorithm>
#include <optional>

#include "posserver/db/database.hpp"

namespace posserver::db::detail {
namespace {

// One at a time: each work's savepoint is released or rolled back before the next one is set.
constexpr const char* kSavepoint = "SAVEPOINT group_work";
constexpr const char* kRelease = "RELEASE group_work";
constexpr const char* kRollbackTo = "ROLLBACK TO group_work";

// Best effort: on a lost connection the database has rolled back already.
void rollback(Connection& connection) {
  try {
    (void)connection.exec("ROLLBACK", {});
  } catch (...) {
  }
}

possdk::Status batchFailure(std::size_t size, const std::string& why) {
  return possdk::Status::fail(why + (size > 1 ? " (committed together with " + std::to_string(size - 1) +
                                                    " other transactions; none of them was written)"
                                              : std::string()));
}

}  // namespace

GroupCommit::GroupCommit(SessionPool& pool, std::string beginStatement, std::size_t maxBatch)
    : pool_(pool), begin_(std::move(beginStatement)), maxBatch_(std::max<std::size_t>(maxBatch, 1)) {}

possdk::Status GroupCommit::run(const Work& work) {
  Pending mine(work);
  std::unique_lock lock(mutex_);
  queue_.push_back(&mine);
  // A caller whose work a leader took waits for it; the first in the queue when no commit is in
  // progress leads the next batch itself.
  while (!mine.done) {
    if (committing_ || queue_.front() != &mine) {
      mine.wake.wait(lock);
      continue;
    }
    committing_ = true;
    const auto batch = takeBatch();
    lock.unlock();
    commitBatch(batch);
    lock.lock();
    committing_ = false;
    ++batches_;
    works_ += batch.size();
    for (auto* pending : batch) {
      pending->done = true;
      if (pending != &mine) pending->wake.notify_one();
    }
    if (!queue_.empty()) queue_.front()->wake.notify_one();
  }
  if (mine.thrown) std::rethrow_exception(mine.thrown);
  return mine.status;
}

GroupCommit::Batch GroupCommit::takeBatch() {
  const auto size = std::min(queue_.size(), maxBatch_);
  Batch batch(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(size));
  queue_.erase(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(size));
  return batch;
}

void GroupCommit::commitBatch(const Batch& batch) {
  std::optional<SessionPool::Lease> lease;
  try {
    lease.emplace(pool_.borrow());
    if (auto written = writeBatch(**lease, batch); !written) failAll(batch, batchFailure(batch.size(), written.error()));
  } catch (const DatabaseUnavailable& unavailable) {
    if (lease) rollback(**lease);
    // Each caller gets an exception of its own: they are rethrown on as many threads at once.
    for (auto* pending : batch) pending->thrown = std::make_exception_ptr(DatabaseUnavailable(unavailable.what()));
  } catch (...) {
    if (lease) rollback(**lease);
    failAll(batch, std::current_exception());
  }
}

possdk::Status GroupCommit::writeBatch(Connection& connection, const Batch& batch) {
  if (auto begun = connection.exec(begin_, {}); !begun) return possdk::Status::fail(begun.error());
  for (auto* pending : batch) {
    if (auto kept = runInSavepoint(connection, *pending); !kept) {
      rollback(connection);
      return kept;
    }
  }
  if (auto committed = connection.exec("COMMIT", {}); !committed) {
    rollback(connection);
    return possdk::Status::fail(committed.error());
  }
  return possdk::Status::ok();
}

// The work's own failure is kept in `pending`; a failed return means the batch cannot go on (a
// savepoint statement failed, for one because the database rolled the whole transaction back).
possdk::Status GroupCommit::runInSavepoint(Connection& connection, Pending& pending) {
  if (auto set = connection.exec(kSavepoint, {}); !set) return possdk::Status::fail(set.error());
  try {
    pending.status = (*pending.work)(connection);
  } catch (const DatabaseUnavailable&) {
    throw;  // the connection is gone, and the batch with it
  } catch (...) {
    pending.thrown = std::current_exception();
  }
  if (pending.status && !pending.thrown) {
    auto released = connection.exec(kRelease, {});
    return released ? possdk::Status::ok() : possdk::Status::fail(released.error());
  }
  if (auto undone = connection.exec(kRollbackTo, {}); !undone) return possdk::Status::fail(undone.error());
  auto released = connection.exec(kRelease, {});
  return released ? possdk::Status::ok() : possdk::Status::fail(released.error());
}

void GroupCommit::failAll(const Batch& batch, const possdk::Status& why) {
  for (auto* pending : batch) {
    pending->status = why;
    pending->thrown = nullptr;
  }
}

void GroupCommit::failAll(const Batch& batch, const std::exception_ptr& why) {
  for (auto* pending : batch) pending->thrown = why;
}

std::size_t GroupCommit::waiting() const {
  std::lock_guard lock(mutex_);
  return queue_.size();
}

std::uint64_t GroupCommit::batches() const {
  std::lock_guard lock(mutex_);
  return batches_;
}

std::uint64_t GroupCommit::works() const {
  std::lock_guard lock(mutex_);
  return works_;
}

}  // namespace posserver::db::detail
