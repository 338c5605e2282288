#include "counter_host.hpp"

namespace pos {
namespace {
constexpr int kPollMs = 1000;
}  // namespace

CounterHost::CounterHost(poscore::Runtime& runtime) {
  try {
    scale_ = std::make_unique<poscore::counter::BusWeightSource>(runtime.bus());
    lane_ = std::make_unique<poscore::counter::CounterLane>(runtime.laneDb(), runtime.config(), runtime.sharedClock(),
                                                            &runtime.catalogs(),
                                                            runtime.checkout(), scale_.get(), &runtime.outbox(),
                                                            &runtime.bus());
    if (auto seeded = lane_->seedDemo(runtime.config()); !seeded) problem_ = seeded.error();
  } catch (const std::exception& e) {
    lane_.reset();
    problem_ = e.what();
    return;
  }
  poll_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { lane_->session().poll(); });
  poll_.Start(kPollMs);
}

CounterHost::~CounterHost() { poll_.Stop(); }

}  // namespace pos
