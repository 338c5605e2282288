#pragma once
#include <cstdint>
#include <memory>
#include <optional>

#include "poscore/services/event_bus.hpp"

namespace poscore::counter {

// Where the counter reads the weight of an item sold by weight.
class WeightSource {
 public:
  virtual ~WeightSource() = default;
  // The scale's current stable gross weight in grams; nullopt while it moves, is empty or absent.
  virtual std::optional<std::int64_t> stableGrams() const = 0;
  // The current weight went onto a sale line: it is not offered again until the scale changes,
  // so an item left on the scale is never sold twice by weight.
  virtual void markSold() = 0;
};

// Follows the bus topic "scale.weight", which scale drivers publish as
// {"grams": 1234, "stable": true}; any other reading (moving, over, under, unplugged:
// {"stable": false}) clears the weight, so a stale value is never sold.
class BusWeightSource final : public WeightSource {
 public:
  explicit BusWeightSource(EventBusCore& bus);
  std::optional<std::int64_t> stableGrams() const override { return sold_ ? std::nullopt : grams_; }
  void markSold() override { sold_ = true; }

 private:
  void reading(std::optional<std::int64_t> grams);

  std::optional<std::int64_t> grams_;
  bool sold_ = false;
  std::unique_ptr<possdk::Subscription> subscription_;
};

}  // namespace poscore::counter
