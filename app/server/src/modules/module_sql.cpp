#include "module_sql.hpp"

#include "posserver/db/database.hpp"

namespace posserver::modules {
namespace {

template <typename R, typename F>
R guarded(std::optional<std::string>& lost, F&& call) {
  try {
    return call();
  } catch (const db::DatabaseUnavailable& e) {
    if (!lost) lost = e.what();
    return R::fail(std::string("the database is unavailable: ") + e.what());
  }
}

}  // namespace

possdk::Result<std::int64_t> ModuleSql::exec(const std::string& sql, const possdk::SqlRow& params) {
  return guarded<possdk::Result<std::int64_t>>(lost_, [&] { return db_.exec(sql, params); });
}

possdk::Result<std::vector<possdk::SqlRow>> ModuleSql::query(const std::string& sql, const possdk::SqlRow& params) {
  return guarded<possdk::Result<std::vector<possdk::SqlRow>>>(lost_, [&] { return db_.query(sql, params); });
}

// The work gets the transaction's own session, wrapped the same way.
possdk::Status ModuleSql::transaction(const std::function<possdk::Status(possdk::Sql&)>& work) {
  return guarded<possdk::Status>(lost_, [&] {
    return db_.transaction([&](possdk::Sql& inner) {
      ModuleSql wrapped(inner, lost_);
      return work(wrapped);
    });
  });
}

}  // namespace posserver::modules
