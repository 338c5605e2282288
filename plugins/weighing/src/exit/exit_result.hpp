#pragma once
#include <cstdint>
#include <string>

// The verdict the lane posts for an order: POST /exit/{id}/result, once per order.
namespace weighing::exit {

struct ExitResult {
  std::string orderId;
  std::string verdict;  // "pass" or "approved"
  std::int64_t measuredMg = 0;
  std::string supervisor;  // staff id, for "approved"
};

struct OutboxCall {
  std::string path;
  std::string body;
  std::string idempotencyKey;
};

// The key is "exit:<order id>", so however often the lane retries, the server applies it once.
OutboxCall resultCall(const ExitResult& result);

}  // namespace weighing::exit
