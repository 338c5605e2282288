#include <Poco/JSON/Array.h>

#include "server/api_failure.hpp"
#include "server/caller_store.hpp"
#include "server/exit_pass.hpp"
#include "server/idempotency.hpp"
#include "server/item_weights.hpp"
#include "server/order_book.hpp"
#include "server/module_routes.hpp"
#include "server/request_body.hpp"
#include "server/server_time.hpp"
#include "server/sql_access.hpp"

namespace weighing::server {
namespace {

using possdk::HttpRequest;
using possdk::HttpResponse;
using possdk::ServerContext;
using possdk::Sql;

constexpr std::int64_t kMaxBagMg = 200'000'000;  // 200 kg, beyond any exit lane scale

HttpResponse publicKey(const HttpRequest&, ServerContext& ctx) {
  const auto key = signingKey(ctx.db);
  Poco::JSON::Object body;
  body.set("public_key", base64(key.publicKey.data(), key.publicKey.size()));
  return jsonAnswer(200, body);
}

// Paid, not yet out, and of the lane's own store.
void requireExitable(const OrderRow& order, const std::string& laneStore, const std::string& field) {
  const auto id = std::to_string(order.id);
  if (order.storeId != laneStore) {
    throw ApiFailure(403, "forbidden", field, "order " + id + " was paid at store " + order.storeId + ", not at this one");
  }
  if (order.status == "exited") {
    throw ApiFailure(409, "order_used", field, "order " + order.orderNo + " has left the store already; call staff");
  }
  if (order.status != "paid") {
    throw ApiFailure(409, "order_unpaid", field, "order " + id + " is not paid; pay it on the handheld first");
  }
}

HttpResponse verify(const HttpRequest& request, ServerContext& ctx) {
  const RequestBody body(request.body, {"qr"});
  const auto qr = body.text("qr", 2048, [](char c) { return c > ' ' && c < 127; }, "printable characters");
  const auto pass = readExitPass(qr, signingKey(ctx.db));
  const auto order = loadOrder(ctx.db, std::to_string(pass.orderId));
  requireExitable(order, storeOfDevice(ctx.db, request.deviceId), "qr");
  Poco::JSON::Object answer;
  answer.set("order", orderJson(ctx.db, order));
  return jsonAnswer(200, answer);
}

struct ExitResult {
  std::string verdict;
  std::int64_t measuredMg = 0;
  std::optional<std::int64_t> netMg;
  std::string supervisor;
};

ExitResult readResult(const std::string& text) {
  const RequestBody body(text, {"verdict", "measured_mg", "net_mg", "supervisor"});
  ExitResult result;
  result.verdict = body.text("verdict", 16, isPlainChar, "characters");
  if (result.verdict != "pass" && result.verdict != "approved" && result.verdict != "alarm") {
    throw ApiFailure(422, "invalid_field", "verdict", "verdict must be pass, approved or alarm; got \"" + result.verdict + "\"");
  }
  result.measuredMg = body.integer("measured_mg", 0, kMaxBagMg);
  result.netMg = body.optionalInteger("net_mg", 0, result.measuredMg);
  result.supervisor = body.optionalText("supervisor", 64, [](char c) { return c >= ' '; }, "characters").value_or("");
  if (result.verdict == "approved" && result.supervisor.empty()) {
    throw ApiFailure(422, "missing_field", "supervisor", "an approved exit names the supervisor who approved it");
  }
  return result;
}

// A basket of one sku teaches what one unit weighs: the net weight over the quantity. A mixed basket
// cannot say which item weighed what, so it teaches nothing.
Poco::JSON::Array::Ptr learnWeights(Sql& tx, std::int64_t orderId, std::int64_t netMg) {
  Poco::JSON::Array::Ptr learned = new Poco::JSON::Array;
  const auto rows = rowsOf(tx, "SELECT MIN(sku), COUNT(DISTINCT sku), SUM(quantity) FROM weighing_order_lines "
                               "WHERE order_id = ?",
                           {orderId});
  if (rows.empty() || intOf(rows[0][1]) != 1) return learned;
  const auto quantity = intOf(rows[0][2]);
  const auto perUnit = (netMg + quantity / 2) / quantity;  // half away from zero; both are positive
  if (perUnit < kMinSampleMg || perUnit > kMaxSampleMg) return learned;
  const auto sku = textOf(rows[0][0]);
  addWeightSample(tx, sku, perUnit);
  Poco::JSON::Object::Ptr sample = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  sample->set("sku", sku);
  sample->set("mg", perUnit);
  learned->add(sample);
  return learned;
}

HttpResponse recordResult(const HttpRequest& request, ServerContext& ctx) {
  const auto result = readResult(request.body);
  const auto laneStore = storeOfDevice(ctx.db, request.deviceId);
  return onceByKey(request, ctx.db, [&](Sql& tx) {
    const auto order = loadOrder(tx, request.pathParams.at("id"));
    requireExitable(order, laneStore, "id");
    Poco::JSON::Array::Ptr learned = new Poco::JSON::Array;
    const auto now = epochSeconds(ctx.clock.now());
    const possdk::SqlValue supervisor =
        result.supervisor.empty() ? possdk::SqlValue{nullptr} : possdk::SqlValue{result.supervisor};
    if (result.verdict == "alarm") {
      // The order stays paid: staff check the bag, and an approved result lets it out.
      execOf(tx, "UPDATE weighing_orders SET exit_verdict = 'alarm', exit_measured_mg = ? WHERE id = ?",
             {result.measuredMg, order.id});
    } else {
      if (execOf(tx,
                 "UPDATE weighing_orders SET status = 'exited', exited_at = ?, exit_verdict = ?, exit_measured_mg = ?, "
                 "exit_supervisor = ? WHERE id = ? AND status = 'paid'",
                 {now, result.verdict, result.measuredMg, supervisor, order.id}) == 0) {
        throw ApiFailure(409, "order_used", "id", "order " + order.orderNo + " has left the store already; call staff");
      }
      if (result.netMg) learned = learnWeights(tx, order.id, *result.netMg);
    }
    Poco::JSON::Object answer(Poco::JSON_PRESERVE_KEY_ORDER);
    answer.set("order", orderJson(tx, loadOrder(tx, std::to_string(order.id))));
    answer.set("learned", learned);
    return jsonAnswer(200, answer);
  });
}

}  // namespace

std::vector<possdk::Route> exitRoutes() {
  return {{"GET", "/exit/key", {"lane"}, guarded<publicKey>},
          {"POST", "/exit/verify", {"lane"}, guarded<verify>},
          {"POST", "/exit/{id}/result", {"lane"}, guarded<recordResult>}};
}

}  // namespace weighing::server
