#pragma once
#include <string>
#include <vector>

#include "possdk/status.hpp"
#include "src/tolerance/tolerance_model.hpp"

// A paid order as /exit/verify answers it: what the exit lane weighs the bag against.
namespace weighing::exit {

struct ExitOrder {
  std::string id;       // only A-Z a-z 0-9 . _ - : it goes into a path and an idempotency key
  std::string orderNo;  // what the customer's receipt shows
  std::vector<ItemWeight> items;
};

// Reads the 200 body {"order":{...}} of /exit/verify; a failure names the field that was wrong.
possdk::Result<ExitOrder> parseExitOrder(const std::string& body);

}  // namespace weighing::exit
