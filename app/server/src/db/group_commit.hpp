#pragma once
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "connection.hpp"
#include "session_pool.hpp"

namespace posserver::db::detail {

// Group commit for SQLite's write transactions. With synchronous=FULL every COMMIT waits for the
// disk, so one commit per transaction caps the writers at a few hundred a second however many
// there are, and the rest sleep in SQLite's busy handler. Here the transactions that arrive while
// a commit is in progress queue up; a caller that finds no commit in progress becomes the leader,
// runs the queued works (at most maxBatch) in one BEGIN IMMEDIATE ... COMMIT on one pooled
// connection, each inside its own SAVEPOINT, and wakes their callers. There is no timer: a batch
// is whatever queued while the previous one committed, so a lone writer pays nothing extra.
//
// Each work answers for itself: one that fails or throws is rolled back to its savepoint and its
// caller gets its own Status or exception; the others commit. When BEGIN, a savepoint or COMMIT
// fails, the database rolls the transaction back by itself (SQLite does on a full disk, out of
// memory), or the database is unavailable, every work of the batch fails and nothing of it is
// written: after such a rollback the works' statements are refused, not run one by one. A caller
// returns only once its batch's COMMIT is durable, or has failed.
//
// Works run on the leader's thread, one after another. A work must therefore not wait for another
// thread's transaction on the same database (that thread would queue behind it); reads on other
// threads are fine, they use their own pooled connections. A caller whose work no batch has taken
// within maxWait gives up and fails, so such a work is stuck only that long, not for ever.
class GroupCommit {
 public:
  // Runs on the batch's connection, inside its savepoint.
  using Work = std::function<possdk::Status(Connection&)>;

  GroupCommit(SessionPool& pool, std::string beginStatement, std::chrono::milliseconds maxWait,
              std::size_t maxBatch = 128);

  // Blocks until the work's batch committed or failed, or fails when no batch took the work within
  // maxWait; rethrows what the work threw.
  possdk::Status run(const Work& work);

  // Works waiting for a batch to take them (the one being committed excluded).
  std::size_t waiting() const;
  // Batches finished so far, committed or failed, and the works they held.
  std::uint64_t batches() const;
  std::uint64_t works() const;

 private:
  struct Pending {
    explicit Pending(const Work& w) : work(&w) {}
    const Work* work;
    possdk::Status status = possdk::Status::ok();
    std::exception_ptr thrown;
    bool taken = false;  // by a batch: its caller waits for the batch, however long it takes
    bool done = false;
    // Each caller is woken on its own, when its batch is done or it is to lead the next: waking
    // every waiter after each commit would have them all fight for the lock.
    std::condition_variable wake;
  };
  using Batch = std::vector<Pending*>;

  Batch takeBatch();
  possdk::Status withdraw(Pending& pending);
  void commitBatch(const Batch& batch);
  possdk::Status writeBatch(Connection& connection, const Batch& batch);
  static possdk::Status runInSavepoint(Connection& connection, Pending& pending);
  static void failAll(const Batch& batch, const possdk::Status& why);
  static void failAll(const Batch& batch, const std::exception_ptr& why);

  SessionPool& pool_;
  const std::string begin_;
  const std::chrono::milliseconds maxWait_;
  const std::size_t maxBatch_;
  mutable std::mutex mutex_;
  std::deque<Pending*> queue_;
  bool committing_ = false;
  std::uint64_t batches_ = 0;
  std::uint64_t works_ = 0;
};

}  // namespace posserver::db::detail
