#pragma once
// The weighing plugin's part of pos-server (docs/weighing.md, "Server module"): handheld orders,
// signed exit passes, exit results and the item weight statistics.
#include <memory>

#include "possdk/server_module.hpp"

namespace weighing::server {

std::unique_ptr<possdk::ServerModule> makeWeighingModule();

}  // namespace weighing::server
