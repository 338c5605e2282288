#include "server/module_routes.hpp"

#include "server/api_failure.hpp"
#include "server/caller_store.hpp"
#include "server/catalog_item.hpp"
#include "server/exit_pass.hpp"
#include "server/idempotency.hpp"
#include "server/order_book.hpp"
#include "server/order_number.hpp"
#include "server/request_body.hpp"
#include "server/server_time.hpp"
#include "server/sql_access.hpp"

namespace weighing::server {
namespace {

using possdk::HttpRequest;
using possdk::HttpResponse;
using possdk::ServerContext;
using possdk::Sql;

constexpr std::int64_t kMaxLines = 100;
constexpr std::int64_t kMaxAmount = 1'000'000'000'000;

HttpResponse createOrder(const HttpRequest& request, ServerContext& ctx) {
  const RequestBody body(request.body, {});
  const auto store = storeOfDevice(ctx.db, request.deviceId);
  return onceByKey(request, ctx.db, [&](Sql& tx) {
    const auto rows = rowsOf(tx, "INSERT INTO weighing_orders (device_id, store_id, status, currency, created_at) "
                                 "VALUES (?, ?, 'open', ?, ?) RETURNING id",
                             {request.deviceId, store, ctx.settings.getString("currency", "CNY"),
                              epochSeconds(ctx.clock.now())});
    return orderAnswer(tx, intOf(rows.at(0)[0]), 201);
  });
}

HttpResponse readOrder(const HttpRequest& request, ServerContext& ctx) {
  const auto order = loadOrder(ctx.db, request.pathParams.at("id"));
  requireOwner(order, request);
  return orderAnswer(ctx.db, order.id);
}

ApiFailure closedMeanwhile(const OrderRow& order) {
  return ApiFailure(409, "order_not_open", "id", "order " + std::to_string(order.id) + " was closed meanwhile; read it again");
}

// Takes the order's next line number with a guarded UPDATE, which also holds the order's row until
// the line is in: a concurrent submit or pay waits for it, and a closed order takes no line.
std::int64_t takeLine(Sql& tx, const OrderRow& order) {
  const auto rows = rowsOf(tx, "UPDATE weighing_orders SET next_line = next_line + 1 WHERE id = ? AND status = 'open' "
                               "RETURNING next_line",
                           {order.id});
  if (rows.empty()) throw closedMeanwhile(order);
  return intOf(rows[0][0]);
}

// Holds the order's row while it is still open, as takeLine does, without taking a number: a
// concurrent submit or pay waits for the removal, or the removal sees the order closed.
void holdOpen(Sql& tx, const OrderRow& order) {
  if (execOf(tx, "UPDATE weighing_orders SET next_line = next_line WHERE id = ? AND status = 'open'", {order.id}) == 0) {
    throw closedMeanwhile(order);
  }
}

HttpResponse addItem(const HttpRequest& request, ServerContext& ctx) {
  const RequestBody body(request.body, {"code", "quantity"});
  const auto code = body.text("code", 14, [](char c) { return c >= '0' && c <= '9'; }, "digits");
  const auto quantity = body.optionalInteger("quantity", 1, 99).value_or(1);
  return onceByKey(request, ctx.db, [&](Sql& tx) {
    const auto order = loadOrder(tx, request.pathParams.at("id"));
    requireOwner(order, request);
    requireOpen(order);
    const auto item = catalogItemByCode(tx, code, "code");
    if (item.soldByWeight) {
      throw ApiFailure(422, "product_sold_by_weight", "code",
                       item.nameEn + " (" + code + ") is sold by weight; take it to a staffed counter to be weighed");
    }
    // The line is taken first: it holds the order's row, so the count below sees every other add.
    const auto line = takeLine(tx, order);
    if (orderLineCount(tx, order.id) >= kMaxLines) {
      throw ApiFailure(422, "order_full", "code", "an order holds at most 100 lines; pay this one and start another");
    }
    execOf(tx,
           "INSERT INTO weighing_order_lines (order_id, line, sku, barcode, name_en, name_zh, quantity, price_minor, "
           "catalog_mg, catalog_spread_mg, eas) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
           {order.id, line, item.sku, item.barcode, item.nameEn, item.nameZh, quantity, item.priceMinor,
            item.expectedGrams * 1000, item.spreadGrams * 1000, std::int64_t{item.eas ? 1 : 0}});
    return orderAnswer(tx, order.id);
  });
}

HttpResponse removeItem(const HttpRequest& request, ServerContext& ctx) {
  HttpResponse answer;
  inTransaction(ctx.db, [&](Sql& tx) {
    const auto order = loadOrder(tx, request.pathParams.at("id"));
    requireOwner(order, request);
    requireOpen(order);
    holdOpen(tx, order);
    const auto& line = request.pathParams.at("line");
    const bool number = !line.empty() && line.size() < 10 && line.find_first_not_of("0123456789") == std::string::npos;
    if (!number || execOf(tx, "DELETE FROM weighing_order_lines WHERE order_id = ? AND line = ?",
                          {order.id, std::int64_t{std::stoll(line)}}) == 0) {
      throw ApiFailure(404, "line_unknown", "line", "order " + std::to_string(order.id) + " has no line " + line);
    }
    answer = orderAnswer(tx, order.id);
  });
  return answer;
}

HttpResponse submitOrder(const HttpRequest& request, ServerContext& ctx) {
  const RequestBody body(request.body, {});
  HttpResponse answer;
  inTransaction(ctx.db, [&](Sql& tx) {
    const auto order = loadOrder(tx, request.pathParams.at("id"));
    requireOwner(order, request);
    if (order.status == "submitted") {  // a repeated submit changes nothing
      answer = orderAnswer(tx, order.id);
      return;
    }
    requireOpen(order);
    if (orderLineCount(tx, order.id) == 0) {
      throw ApiFailure(422, "order_empty", "id", "order " + std::to_string(order.id) + " has no items; scan an item first");
    }
    if (execOf(tx, "UPDATE weighing_orders SET status = 'submitted', submitted_at = ? WHERE id = ? AND status = 'open'",
               {epochSeconds(ctx.clock.now()), order.id}) == 0) {
      throw ApiFailure(409, "order_not_open", "id", "order " + std::to_string(order.id) + " changed meanwhile; read it again");
    }
    answer = orderAnswer(tx, order.id);
  });
  return answer;
}

ApiFailure notSubmitted(const OrderRow& order) {
  return ApiFailure(409, "order_not_submitted", "id",
                    "order " + std::to_string(order.id) + " is " + order.status +
                        (order.status == "open" ? "; submit it before paying" : "; it cannot be paid again"));
}

HttpResponse payOrder(const HttpRequest& request, ServerContext& ctx) {
  const RequestBody body(request.body, {"method", "reference", "amount_minor"});
  const auto method = body.text("method", 32, isPlainChar, "characters");
  if (method != "scan-to-pay") {
    throw ApiFailure(422, "invalid_field", "method", "method must be \"scan-to-pay\"; got \"" + method + "\"");
  }
  const auto reference = body.text("reference", 64, isPlainChar, "of A-Z a-z 0-9 . _ : -");
  const auto amount = body.integer("amount_minor", 0, kMaxAmount);
  const auto key = signingKey(ctx.db);
  return onceByKey(request, ctx.db, [&](Sql& tx) {
    const auto order = loadOrder(tx, request.pathParams.at("id"));
    requireOwner(order, request);
    if (order.status != "submitted") throw notSubmitted(order);
    const auto total = orderTotal(tx, order.id);
    if (amount != total) {
      throw ApiFailure(422, "amount_mismatch", "amount_minor",
                       "amount_minor " + std::to_string(amount) + " is not the order's total " + std::to_string(total) +
                           "; pay the total");
    }
    const auto now = epochSeconds(ctx.clock.now());
    ExitPass pass{order.id, nextOrderNo(tx, order.storeId, now), total, isoUtc(now)};
    if (execOf(tx,
               "UPDATE weighing_orders SET status = 'paid', order_no = ?, total_minor = ?, paid_at = ?, pay_method = ?, "
               "pay_reference = ?, qr = ? WHERE id = ? AND status = 'submitted'",
               {pass.orderNo, total, now, method, reference, signExitPass(pass, key), order.id}) == 0) {
      throw notSubmitted(loadOrder(tx, std::to_string(order.id)));
    }
    return orderAnswer(tx, order.id);
  });
}

}  // namespace

std::vector<possdk::Route> orderRoutes() {
  const std::vector<std::string> handhelds{"kiosk", "lane"};
  return {{"POST", "/orders", handhelds, guarded<createOrder>},
          {"GET", "/orders/{id}", handhelds, guarded<readOrder>},
          {"POST", "/orders/{id}/items", handhelds, guarded<addItem>},
          {"DELETE", "/orders/{id}/items/{line}", handhelds, guarded<removeItem>},
          {"POST", "/orders/{id}/submit", handhelds, guarded<submitOrder>},
          {"POST", "/orders/{id}/pay", handhelds, guarded<payOrder>}};
}

}  // namespace weighing::server
