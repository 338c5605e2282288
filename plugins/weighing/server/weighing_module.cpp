#include "server/weighing_module.hpp"

#include <sodium.h>

#include <stdexcept>

#include "server/module_routes.hpp"
#include "server/weighing_migrations.hpp"

namespace weighing::server {
namespace {

class WeighingModule final : public possdk::ServerModule {
 public:
  std::vector<possdk::Migration> migrations() const override { return weighingMigrations(); }
  std::vector<possdk::Route> routes() override {
    auto all = orderRoutes();
    for (auto& route : exitRoutes()) all.push_back(std::move(route));
    for (auto& route : weightRoutes()) all.push_back(std::move(route));
    return all;
  }
};

}  // namespace

std::unique_ptr<possdk::ServerModule> makeWeighingModule() {
  // Thrown here, serverModule() disables the plugin with this reason instead of signing with a
  // random source libsodium could not set up.
  if (sodium_init() < 0) throw std::runtime_error("libsodium cannot start: no source of randomness");
  return std::make_unique<WeighingModule>();
}

}  // namespace weighing::server
