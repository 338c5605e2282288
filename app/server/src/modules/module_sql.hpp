#pragma once
#include <optional>
#include <string>

#include "possdk/sql.hpp"

namespace posserver::modules {

// The database as a module's handler sees it. Database throws DatabaseUnavailable, but exceptions
// never cross into plugin code: here it becomes a failed call, and `lost` keeps its message so the
// server answers 503 after the handler returns, whatever the handler made of the failure.
class ModuleSql final : public possdk::Sql {
 public:
  ModuleSql(possdk::Sql& db, std::optional<std::string>& lost) : db_(db), lost_(lost) {}
  possdk::Result<std::int64_t> exec(const std::string& sql, const possdk::SqlRow& params) override;
  possdk::Result<std::vector<possdk::SqlRow>> query(const std::string& sql, const possdk::SqlRow& params) override;
  possdk::Status transaction(const std::function<possdk::Status(possdk::Sql&)>& work) override;

 private:
  possdk::Sql& db_;
  std::optional<std::string>& lost_;
};

}  // namespace posserver::modules
