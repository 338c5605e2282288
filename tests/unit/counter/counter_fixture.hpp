#pragma once
#include <filesystem>
#include <memory>
#include <string>

#include "capture_server.hpp"
#include "poscore/counter/counter_lane.hpp"
#include "poscore/services/clocks.hpp"
#include "poscore/services/event_bus.hpp"
#include "temp_dir.hpp"

namespace countertest {

// A weight the test sets by hand, as a scale would report it.
struct HandScale final : poscore::counter::WeightSource {
  std::optional<std::int64_t> grams;
  std::optional<std::int64_t> stableGrams() const override { return grams; }
  void markSold() override { grams.reset(); }
};

// The demo catalog, promotions and staff in a lane database built once per test program (PIN
// hashing is slow by design), copied for each test; a capture server stands in for the printer.
// With `speaking`, the counter speaks in their language; without, in English.
class CounterFixture {
 public:
  explicit CounterFixture(const poscore::Catalogs* speaking = nullptr);
  ~CounterFixture();

  poscore::counter::CounterSession& session() { return lane_->session(); }
  // Drops the counter as a crash would and builds it again on the same database.
  void restart();
  void signOnCashier();
  void signOnSupervisor();
  std::string printedText() const;  // what reached the printer, ESC/POS bytes as characters
  // Prints a no-sale slip and waits for it: whatever the lane printed before has arrived by then,
  // so what the answer lacks was never printed. Needs someone signed on and no open sale.
  std::string printedUpToMarker();

  const poscore::Catalogs* catalogs;
  postest::TempDir dir;
  postest::CaptureServer printer;
  std::shared_ptr<poscore::ManualClock> clock;
  poscore::counter::CheckoutRegistry checkout;
  HandScale scale;
  // The sale.* topics the counter publishes wait here until a test drains them.
  poscore::QueueDispatcher dispatcher;
  poscore::EventBusCore bus{dispatcher};
  std::unique_ptr<poscore::LaneDb> db;
  std::unique_ptr<poscore::Config> config;
  std::unique_ptr<poscore::counter::CounterLane> lane_;
};

inline const poscore::counter::Approval kSupervisor{"9001", "9999"};
inline constexpr const char* kMarker = "end of test marker";  // the reason on printedUpToMarker()'s slip

}  // namespace countertest
