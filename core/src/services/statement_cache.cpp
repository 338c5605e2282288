#include "statement_cache.hpp"

namespace poscore::sqlite {

StatementCache::Lease::~Lease() {
  if (cache_ == nullptr) return;
  statement_.reset();
  cache_->giveBack(std::move(sql_), std::move(statement_));
}

possdk::Result<StatementCache::Lease> StatementCache::acquire(const std::string& sql) {
  if (auto found = index_.find(sql); found != index_.end()) {
    auto entry = found->second;
    index_.erase(found);
    Lease lease(*this, std::move(entry->first), std::move(entry->second));
    kept_.erase(entry);
    return lease;
  }
  auto prepared = Statement::prepare(db_, sql);
  if (!prepared) return possdk::Result<Lease>::fail(prepared.error());
  ++prepared_;
  return Lease(*this, sql, std::move(prepared.value()));
}

void StatementCache::giveBack(std::string sql, Statement statement) {
  // A copy prepared while this one was out is already kept; one is enough.
  if (capacity_ == 0 || index_.count(sql) != 0) return;
  kept_.emplace_front(std::move(sql), std::move(statement));
  index_.emplace(kept_.front().first, kept_.begin());
  if (kept_.size() > capacity_) {
    index_.erase(kept_.back().first);
    kept_.pop_back();
  }
}

void StatementCache::clear() {
  index_.clear();
  kept_.clear();
}

}  // namespace poscore::sqlite
