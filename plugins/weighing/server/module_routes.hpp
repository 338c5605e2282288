#pragma once
#include <vector>

#include "possdk/server_module.hpp"

namespace weighing::server {

// A handheld's order: create, add and remove items, submit, pay (docs/weighing.md).
std::vector<possdk::Route> orderRoutes();
// The exit lane: the public key, verifying an order's QR and recording the bag check's result.
std::vector<possdk::Route> exitRoutes();
// Per-item weights measured by self-checkout bagging checks.
std::vector<possdk::Route> weightRoutes();

}  // namespace weighing::server
