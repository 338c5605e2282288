#pragma once
// Orders as stored (weighing_orders, weighing_order_lines) and as answered (docs/weighing.md, "An
// order"): each item with its catalog weight and what the store has learned it weighs.
#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>

#include "possdk/server_module.hpp"

namespace weighing::server {

struct OrderRow {
  std::int64_t id = 0;
  std::string deviceId;
  std::string storeId;
  std::string status;
  std::string orderNo;
  std::string currency;
  std::string qr;
  std::optional<std::int64_t> paidAt;
};

// 404 order_unknown when `id` is not a number or no order has it.
OrderRow loadOrder(possdk::Sql& sql, const std::string& id);
// 403 forbidden unless the caller is the device that made the order.
void requireOwner(const OrderRow& order, const possdk::HttpRequest& request);
// 409 order_not_open unless the order still takes changes.
void requireOpen(const OrderRow& order);
std::int64_t orderTotal(possdk::Sql& sql, std::int64_t orderId);
std::int64_t orderLineCount(possdk::Sql& sql, std::int64_t orderId);
Poco::JSON::Object::Ptr orderJson(possdk::Sql& sql, const OrderRow& order);
// The order as a 200 or 201 answer.
possdk::HttpResponse orderAnswer(possdk::Sql& sql, std::int64_t orderId, int status = 200);

}  // namespace weighing::server
