#pragma once
#include <cstdint>
#include <optional>
#include <string>

// The verdict the lane posts for an order: POST /exit/{id}/result, once per order.
namespace weighing::exit {

struct ExitResult {
  std::string orderId;
  std::string verdict;  // "pass" or "approved"
  std::int64_t measuredMg = 0;
  std::optional<std::int64_t> netMg;  // the basket without the bag, on a pass: the server learns from it
  std::string supervisor;             // staff id, for "approved"
};

// The server takes measured_mg from 0 to this (server/exit_routes.cpp) and refuses the whole result
// outside it, so the call clamps: a refused result would leave the order paid.
constexpr std::int64_t kMaxMeasuredMg = 200'000'000;

struct OutboxCall {
  std::string path;
  std::string body;
  std::string idempotencyKey;
};

// The key is "exit:<order id>", so however often the lane retries, the server applies it once.
OutboxCall resultCall(const ExitResult& result);

}  // namespace weighing::exit
