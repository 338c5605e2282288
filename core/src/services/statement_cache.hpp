#pragma once
#include <cstddef>
#include <list>
#include <string>
#include <unordered_map>
#include <utility>

#include "sqlite_statement.hpp"

namespace poscore::sqlite {

// Prepared statements kept by their SQL text, so a statement run again (a barcode lookup, an
// import's insert) skips SQLite's parser and planner. Least recently used ones are finalised
// beyond `capacity`. A statement is taken out while it runs and put back reset, so the same SQL
// used again before it is back (a nested call) simply gets a fresh one. Not thread-safe: the
// owner serialises calls. SQLite re-prepares a kept statement by itself after a schema change.
class StatementCache {
 public:
  StatementCache(sqlite3* db, std::size_t capacity) : db_(db), capacity_(capacity) {}

  // Hands the statement back to the cache when it goes out of scope.
  class Lease {
   public:
    Lease(StatementCache& cache, std::string sql, Statement statement)
        : cache_(&cache), sql_(std::move(sql)), statement_(std::move(statement)) {}
    Lease(Lease&& other) noexcept
        : cache_(std::exchange(other.cache_, nullptr)), sql_(std::move(other.sql_)), statement_(std::move(other.statement_)) {}
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease();
    Statement& operator*() { return statement_; }
    Statement* operator->() { return &statement_; }

   private:
    StatementCache* cache_;
    std::string sql_;
    Statement statement_;
  };

  // The kept statement for `sql`, or a newly prepared one; failures are SQLite's reason.
  possdk::Result<Lease> acquire(const std::string& sql);
  std::size_t size() const { return kept_.size(); }
  std::size_t capacity() const { return capacity_; }
  std::size_t prepared() const { return prepared_; }
  void clear();

 private:
  using Entry = std::pair<std::string, Statement>;
  void giveBack(std::string sql, Statement statement);

  sqlite3* db_;
  std::size_t capacity_;
  std::size_t prepared_ = 0;
  std::list<Entry> kept_;  // most recently returned first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
};

}  // namespace poscore::sqlite
