#include "server/order_book.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cctype>

#include "server/api_failure.hpp"
#include "server/item_weights.hpp"
#include "server/server_time.hpp"
#include "server/sql_access.hpp"

namespace weighing::server {
namespace {

Poco::JSON::Object::Ptr ordered() { return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER); }

Poco::JSON::Object::Ptr weightJson(possdk::Sql& sql, const std::string& sku, std::int64_t catalogMg,
                                   std::int64_t catalogSpreadMg) {
  const auto stats = weightStatsOf(sql, sku);
  auto weight = ordered();
  weight->set("count", stats.count);
  weight->set("mean_mg", stats.meanMg);
  weight->set("spread_mg", stats.spreadMg);
  weight->set("catalog_mg", catalogMg);
  weight->set("catalog_spread_mg", catalogSpreadMg);
  return weight;
}

Poco::JSON::Array::Ptr itemsJson(possdk::Sql& sql, std::int64_t orderId) {
  Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
  for (const auto& r : rowsOf(sql,
                              "SELECT line, sku, barcode, name_en, name_zh, quantity, price_minor, catalog_mg, "
                              "catalog_spread_mg, eas FROM weighing_order_lines WHERE order_id = ? ORDER BY line",
                              {orderId})) {
    auto item = ordered();
    item->set("line", intOf(r[0]));
    item->set("sku", textOf(r[1]));
    item->set("barcode", textOf(r[2]));
    item->set("name_en", textOf(r[3]));
    item->set("name_zh", textOf(r[4]));
    item->set("quantity", intOf(r[5]));
    item->set("price_minor", intOf(r[6]));
    item->set("eas", intOf(r[9]) != 0);
    item->set("weight", weightJson(sql, textOf(r[1]), intOf(r[7]), intOf(r[8])));
    items->add(item);
  }
  return items;
}

}  // namespace

OrderRow loadOrder(possdk::Sql& sql, const std::string& id) {
  const auto unknown = ApiFailure(404, "order_unknown", "id", "there is no order " + id + " on this server");
  if (id.empty() || id.size() > 18 || !std::all_of(id.begin(), id.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    throw unknown;
  }
  const auto rows = rowsOf(sql,
                           "SELECT id, device_id, store_id, status, order_no, currency, qr, paid_at FROM weighing_orders "
                           "WHERE id = ?",
                           {std::int64_t{std::stoll(id)}});
  if (rows.empty()) throw unknown;
  const auto& r = rows[0];
  OrderRow order{intOf(r[0]), textOf(r[1]), textOf(r[2]), textOf(r[3]), textOf(r[4]), textOf(r[5]), textOf(r[6]), {}};
  if (!std::holds_alternative<std::nullptr_t>(r[7])) order.paidAt = intOf(r[7]);
  return order;
}

void requireOwner(const OrderRow& order, const possdk::HttpRequest& request) {
  if (order.deviceId != request.deviceId) {
    throw ApiFailure(403, "forbidden", "id",
                     "order " + std::to_string(order.id) + " belongs to another device; only the handheld that made it may use it");
  }
}

void requireOpen(const OrderRow& order) {
  if (order.status != "open") {
    throw ApiFailure(409, "order_not_open", "id",
                     "order " + std::to_string(order.id) + " is " + order.status + " and takes no more changes; start a new order");
  }
}

std::int64_t orderTotal(possdk::Sql& sql, std::int64_t orderId) {
  return intOf(rowsOf(sql, "SELECT COALESCE(SUM(quantity * price_minor), 0) FROM weighing_order_lines WHERE order_id = ?",
                      {orderId})[0][0]);
}

std::int64_t orderLineCount(possdk::Sql& sql, std::int64_t orderId) {
  return intOf(rowsOf(sql, "SELECT COUNT(*) FROM weighing_order_lines WHERE order_id = ?", {orderId})[0][0]);
}

Poco::JSON::Object::Ptr orderJson(possdk::Sql& sql, const OrderRow& order) {
  auto json = ordered();
  json->set("id", order.id);
  json->set("status", order.status);
  json->set("order_no", order.orderNo);
  json->set("currency", order.currency);
  json->set("total_minor", orderTotal(sql, order.id));
  json->set("paid_at", order.paidAt ? isoUtc(*order.paidAt) : std::string());
  json->set("qr", order.qr);
  json->set("items", itemsJson(sql, order.id));
  return json;
}

possdk::HttpResponse orderAnswer(possdk::Sql& sql, std::int64_t orderId, int status) {
  return jsonAnswer(status, *orderJson(sql, loadOrder(sql, std::to_string(orderId))));
}

}  // namespace weighing::server
