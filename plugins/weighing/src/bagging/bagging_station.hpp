#pragma once
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "driver/scale_reading.hpp"
#include "possdk/host.hpp"
#include "src/bagging/bagging_check.hpp"
#include "src/bagging/item_weight_store.hpp"
#include "src/exit/weighing_settings.hpp"

// The bagging-area checks on the Host (role "bagging"): the host's sale.* topics and the
// attendant's approvals in, weighing.bagging out, the settle timeout on Host::schedule, and what
// passed or was approved learned on the lane and sent to the server's item statistics.
namespace weighing {

class BaggingStation {
 public:
  // Fails when the lane database refuses the plugin's table.
  static possdk::Result<std::unique_ptr<BaggingStation>> create(possdk::Host& host, const WeighingSettings& settings);
  BaggingStation(const BaggingStation&) = delete;
  BaggingStation& operator=(const BaggingStation&) = delete;

  void start();
  void onReading(const ScaleReading& reading) { feed(check_.onReading(reading)); }
  BaggingState state() const { return check_.state(); }

 private:
  BaggingStation(possdk::Host& host, BaggingSettings settings);
  void onSaleTopic(const std::string& topic, const std::string& payload);
  void feed(std::optional<std::string> payload);
  void armTimer();
  void learn();

  possdk::Host& host_;
  ItemWeightStore weights_;
  BaggingCheck check_;
  std::optional<std::chrono::steady_clock::time_point> armedFor_;
  std::unique_ptr<possdk::Subscription> timer_;
  std::unique_ptr<possdk::Subscription> saleTopics_;
  std::unique_ptr<possdk::Subscription> approvals_;
  std::int64_t sent_ = 0;  // samples batches sent, for their idempotency keys
};

}  // namespace weighing
