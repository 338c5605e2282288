#include "statement_cache.hpp"

namespace poscore::sqlite {

StatementCache::Lease::~Lease() {
  if (kept_ != nullptr) {
    kept_->statement.reset();
    kept_->inUse = false;
  } else if (oneOff_) {
    oneOff_->reset();
  }
}

possdk::Result<StatementCache::Lease> StatementCache::acquire(const std::string& sql) {
  using Acquired = possdk::Result<Lease>;
  const auto found = index_.find(sql);
  if (found != index_.end() && !found->second->inUse) {
    kept_.splice(kept_.begin(), kept_, found->second);
    found->second->inUse = true;
    return Lease(*found->second);
  }
  auto prepared = Statement::prepare(db_, sql);
  if (!prepared) return Acquired::fail(prepared.error());
  ++prepared_;
  if (found != index_.end()) return Lease(std::move(prepared.value()));
  kept_.push_front(Entry{sql, std::move(prepared.value()), true});
  index_.emplace(kept_.front().sql, kept_.begin());
  evictBeyondCapacity();
  return Lease(kept_.front());
}

void StatementCache::evictBeyondCapacity() {
  for (auto it = kept_.end(); kept_.size() > capacity_ && it != kept_.begin();) {
    --it;
    if (it->inUse) continue;
    index_.erase(it->sql);
    it = kept_.erase(it);
  }
}

}  // namespace poscore::sqlite
