#include "group_commit.hpp"

#include <algorithm>
#include <optional>

#include "posserver/db/database.hpp"
#include "sql_text.hpp"

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

// The batch's connection as its works see it. SQLite may roll the whole transaction back on a
// statement's error (SQLITE_FULL, SQLITE_NOMEM); a statement run after that would run on its own and
// commit at once, half of a work written while the batch fails. Once the transaction is gone every
// statement is refused instead.
class BatchConnection final : public Connection {
 public:
  explicit BatchConnection(Connection& inner) : inner_(inner) {}

  possdk::Result<std::int64_t> exec(const std::string& sql, const possdk::SqlRow& params) override {
    if (!inner_.inTransaction()) return possdk::Result<std::int64_t>::fail(refusal(sql));
    return inner_.exec(sql, params);
  }
  possdk::Result<std::vector<possdk::SqlRow>> query(const std::string& sql, const possdk::SqlRow& params) override {
    if (!inner_.inTransaction()) return possdk::Result<std::vector<possdk::SqlRow>>::fail(refusal(sql));
    return inner_.query(sql, params);
  }
  possdk::Status script(const std::string& sql) override {
    if (!inner_.inTransaction()) return possdk::Status::fail(refusal(sql));
    return inner_.script(sql);
  }
  bool usable() override { return inner_.usable(); }
  bool inTransaction() override { return inner_.inTransaction(); }

 private:
  static std::string refusal(const std::string& sql) {
    return statementHead(sql) + ": not run, the database rolled the transaction back after an earlier error";
  }

  Connection& inner_;
};

possdk::Status batchFailure(std::size_t size, const std::string& why) {
  return possdk::Status::fail(why + (size > 1 ? " (committed together with " + std::to_string(size - 1) +
                                                    " other transactions; none of them was written)"
                                              : std::string()));
}

}  // namespace

GroupCommit::GroupCommit(SessionPool& pool, std::string beginStatement, std::chrono::milliseconds maxWait,
                         std::size_t maxBatch)
    : pool_(pool), begin_(std::move(beginStatement)), maxWait_(maxWait), maxBatch_(std::max<std::size_t>(maxBatch, 1)) {}

possdk::Status GroupCommit::run(const Work& work) {
  Pending mine(work);
  std::unique_lock lock(mutex_);
  queue_.push_back(&mine);
  const auto deadline = std::chrono::steady_clock::now() + maxWait_;
  // A caller whose work a leader took waits for it; the first in the queue when no commit is in
  // progress leads the next batch itself; one still queued at the deadline gives up.
  while (!mine.done) {
    if (committing_ || queue_.front() != &mine) {
      if (mine.taken) {
        mine.wake.wait(lock);
      } else if (std::chrono::steady_clock::now() >= deadline) {
        return withdraw(mine);
      } else {
        mine.wake.wait_until(lock, deadline);
      }
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
  for (auto* pending : batch) pending->taken = true;
  return batch;
}

// The batch in progress has run longer than a caller may wait: most likely one of its works waits
// for a transaction queued behind it, which only this failure frees.
possdk::Status GroupCommit::withdraw(Pending& pending) {
  queue_.erase(std::find(queue_.begin(), queue_.end(), &pending));
  return possdk::Status::fail("the transaction waited " + std::to_string(maxWait_.count()) +
                              " ms for the transactions ahead of it to commit and was not run; a transaction must "
                              "not wait for another one on the same database");
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

possdk::Status GroupCommit::writeBatch(Connection& raw, const Batch& batch) {
  if (auto begun = raw.exec(begin_, {}); !begun) return possdk::Status::fail(begun.error());
  BatchConnection connection(raw);
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
  if (!connection.inTransaction()) {
    return possdk::Status::fail("the database rolled the transaction back" +
                                (pending.status ? std::string() : " after: " + pending.status.error()));
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
