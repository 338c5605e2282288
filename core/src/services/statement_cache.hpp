#pragma once
#include <cstddef>
#include <list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "sqlite_statement.hpp"

namespace poscore::sqlite {

// Prepared statements kept by their SQL text, so a statement run again (a barcode lookup, an
// import's insert) skips SQLite's parser and planner. Least recently used ones are finalised
// beyond `capacity`. A statement is marked in use while it runs and reset when it is handed back;
// the same SQL needed again meanwhile (a nested call) gets a one-off statement. Not thread-safe:
// the owner serialises calls. SQLite re-prepares a kept statement by itself after a schema change.
class StatementCache {
  struct Entry {
    std::string sql;
    Statement statement;
    bool inUse = false;
  };

 public:
  StatementCache(sqlite3* db, std::size_t capacity) : db_(db), capacity_(capacity) {}

  // A statement to run; reset (and a kept one handed back) when it goes out of scope.
  class Lease {
   public:
    explicit Lease(Entry& kept) : kept_(&kept) {}
    explicit Lease(Statement oneOff) : oneOff_(std::move(oneOff)) {}
    Lease(Lease&& other) noexcept : kept_(std::exchange(other.kept_, nullptr)), oneOff_(std::move(other.oneOff_)) {}
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease();
    Statement& operator*() { return kept_ != nullptr ? kept_->statement : *oneOff_; }
    Statement* operator->() { return &**this; }

   private:
    Entry* kept_ = nullptr;
    std::optional<Statement> oneOff_;
  };

  // The kept statement for `sql`, or a newly prepared one; failures are SQLite's reason.
  possdk::Result<Lease> acquire(const std::string& sql);
  std::size_t size() const { return kept_.size(); }
  std::size_t capacity() const { return capacity_; }
  std::size_t prepared() const { return prepared_; }

 private:
  void evictBeyondCapacity();

  sqlite3* db_;
  std::size_t capacity_;
  std::size_t prepared_ = 0;
  std::list<Entry> kept_;  // most recently used first; list nodes stay put, so the index can view their text
  std::unordered_map<std::string_view, std::list<Entry>::iterator> index_;
};

}  // namespace poscore::sqlite
