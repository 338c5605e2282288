#include "poscore/services/plugin_storage.hpp"

namespace poscore {

PluginStorage::PluginStorage(LaneDb& db, std::string pluginId) : db_(db), pluginId_(std::move(pluginId)) {}

possdk::Result<std::int64_t> PluginStorage::exec(const std::string& sql, const possdk::SqlRow& params) {
  return db_.exec(sql, params);
}

possdk::Result<std::vector<possdk::SqlRow>> PluginStorage::query(const std::string& sql, const possdk::SqlRow& params) {
  return db_.query(sql, params);
}

possdk::Status PluginStorage::transaction(const std::function<possdk::Status(possdk::Sql&)>& work) {
  return db_.transaction(work);
}

possdk::Status PluginStorage::migrate(const std::vector<possdk::Migration>& migrations) {
  return db_.migrate(pluginId_, migrations);
}

}  // namespace poscore
