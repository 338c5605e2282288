#pragma once
#include <string>

#include "poscore/services/lane_db.hpp"
#include "possdk/storage.hpp"

namespace poscore {

// A plugin's view of the lane database; its migrations are recorded under its own id.
class PluginStorage final : public possdk::Storage {
 public:
  PluginStorage(LaneDb& db, std::string pluginId);
  possdk::Result<std::int64_t> exec(const std::string& sql, const possdk::SqlRow& params = {}) override;
  possdk::Result<std::vector<possdk::SqlRow>> query(const std::string& sql,
                                                    const possdk::SqlRow& params = {}) override;
  possdk::Status transaction(const std::function<possdk::Status(possdk::Sql&)>& work) override;
  possdk::Status migrate(const std::vector<possdk::Migration>& migrations) override;

 private:
  LaneDb& db_;
  std::string pluginId_;
};

}  // namespace poscore
