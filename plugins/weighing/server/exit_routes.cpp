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

// A lane's claim on a verified order lasts this long by the server's clock: long enough to weigh a
// bag and call the attendant, short enough that a lane that died does not hold the order for good.
constexpr std::int64_t kClaimSeconds = 120;
// Paid and free for the device and time bound after it: unclaimed, its own claim, or an expired one.
constexpr const char* kClaimable =
    "status = 'paid' AND (exit_claimed_by IS NULL OR exit_claimed_by = ? OR exit_claim_until <= ?)";

ApiFailure inUse(const OrderRow& order, const std::string& field) {
  return ApiFailure(409, "order_in_use", field,
                    "order " + order.orderNo + " is being checked at another exit; call staff");
}

// Claims the order for `device` in one guarded UPDATE: free, expired or already this device's. The
// same lane may verify again (it renews its claim); another lane gets 409 order_in_use meanwhile.
void claim(Sql& tx, const OrderRow& order, const std::string& device, std::int64_t now) {
  if (execOf(tx, "UPDATE weighing_orders SET exit_claimed_by = ?, exit_claim_until = ? WHERE id = ? AND " + std::string(kClaimable),
             {device, now + kClaimSeconds, order.id, device, now}) == 1) {
    return;
  }
  const auto current = loadOrder(tx, std::to_string(order.id));
  requireExitable(current, current.storeId, "qr");
  throw inUse(order, "qr");
}

HttpResponse verify(const HttpRequest& request, ServerContext& ctx) {
  const RequestBody body(request.body, {"qr"});
  const auto qr = body.text("qr", 2048, [](char c) { return c > ' ' && c < 127; }, "printable characters");
  const auto pass = readExitPass(qr, signingKey(ctx.db));
  const auto laneStore = storeOfDevice(ctx.db, request.deviceId);
  HttpResponse answer;
  inTransaction(ctx.db, [&](Sql& tx) {
    const auto order = loadOrder(tx, std::to_string(pass.orderId));
    requireExitable(order, laneStore, "qr");
    claim(tx, order, request.deviceId, epochSeconds(ctx.clock.now()));
    Poco::JSON::Object verified;
    verified.set("order", orderJson(tx, order));
    answer = jsonAnswer(200, verified);
  });
  return answer;
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
    const auto refused = [&] {
      const auto current = loadOrder(tx, std::to_string(order.id));
      requireExitable(current, current.storeId, "id");
      return inUse(order, "id");
    };
    // A result needs this lane's claim, or no live claim of another lane: a result that waited in
    // the outbox past its claim still lets the order out, unless another lane verified it since.
    if (result.verdict == "alarm") {
      // The order stays paid and claimed: staff check the bag, and an approved result lets it out.
      if (execOf(tx, "UPDATE weighing_orders SET exit_verdict = 'alarm', exit_measured_mg = ? WHERE id = ? AND " +
                         std::string(kClaimable),
                 {result.measuredMg, order.id, request.deviceId, now}) == 0) {
        throw refused();
      }
    } else {
      if (execOf(tx,
                 "UPDATE weighing_orders SET status = 'exited', exited_at = ?, exit_verdict = ?, exit_measured_mg = ?, "
                 "exit_supervisor = ?, exit_claimed_by = ?, exit_claim_until = NULL WHERE id = ? AND " +
                     std::string(kClaimable),
                 {now, result.verdict, result.measuredMg, supervisor, request.deviceId, order.id, request.deviceId,
                  now}) == 0) {
        throw refused();
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
