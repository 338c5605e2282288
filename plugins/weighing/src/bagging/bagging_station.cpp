#include "src/bagging/bagging_station.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>


#include "src/bagging/sale_event.hpp"
#include "src/exit/tolerance_judge.hpp"
#include "driver/device_json.hpp"

namespace weighing {

namespace {

constexpr const char* kBaggingTopic = "weighing.bagging";

std::string samplesBody(const std::vector<LearnedSample>& samples) {
  Poco::JSON::Array list;
  for (const auto& s : samples) {
    Poco::JSON::Object item;
    item.set("sku", s.sku);
    item.set("mg", static_cast<Poco::Int64>(s.mg));
    list.add(item);
  }
  Poco::JSON::Object body;
  body.set("samples", list);
  return jsonText(body);
}

}  // namespace

possdk::Result<std::unique_ptr<BaggingStation>> BaggingStation::create(possdk::Host& host,
                                                                        const WeighingSettings& settings) {
  using Made = possdk::Result<std::unique_ptr<BaggingStation>>;
  auto tolerance = exit::toleranceSettings(settings.strictness);
  if (!tolerance) return Made::fail(tolerance.error());
  std::unique_ptr<BaggingStation> station(new BaggingStation(host, {tolerance.value(), settings.timings.settle}));
  if (auto s = station->weights_.migrate(); !s) return Made::fail("weighing: the lane's item weights table: " + s.error());
  return station;
}

BaggingStation::BaggingStation(possdk::Host& host, BaggingSettings settings)
    : host_(host),
      weights_(host.storage()),
      check_(host.clock(), host.i18n(), settings, [this](const std::string& sku) { return weights_.statsOf(sku); }) {}

void BaggingStation::start() {
  saleTopics_ = host_.events().subscribe("sale.*", [this](const possdk::BusMessage& m) { onSaleTopic(m.topic, m.payload); });
  approvals_ = host_.events().subscribe("selfcheckout.attendant_approved",
                                        [this](const possdk::BusMessage& m) { onSaleTopic(m.topic, m.payload); });
}

void BaggingStation::onSaleTopic(const std::string& topic, const std::string& payload) {
  auto event = parseSaleEvent(topic, payload);
  if (!event) {
    host_.log().warn("weighing: " + event.error());
    return;
  }
  feed(check_.onEvent(event.value()));
}

void BaggingStation::feed(std::optional<std::string> payload) {
  if (payload) host_.events().publish(kBaggingTopic, *payload);
  armTimer();
  learn();
}

void BaggingStation::armTimer() {
  const auto deadline = check_.deadline();
  if (deadline == armedFor_) return;
  armedFor_ = deadline;
  timer_.reset();
  if (!deadline) return;
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - host_.clock().monotonic());
  timer_ = host_.schedule(std::max(left, std::chrono::milliseconds(0)), [this] {
    armedFor_.reset();
    feed(check_.onTimer());
  });
}

// Kept on the lane first, so the next sale here already knows; then queued for the server, whose
// statistics every lane of the store reads.
void BaggingStation::learn() {
  const auto samples = check_.takeSamples();
  if (samples.empty()) return;
  if (auto s = weights_.add(samples); !s) host_.log().warn("weighing: item weights not learned: " + s.error());
  const auto stamp = std::chrono::duration_cast<std::chrono::milliseconds>(host_.clock().now().time_since_epoch());
  const auto key = "bag:" + std::to_string(stamp.count()) + ":" + std::to_string(++sent_);
  if (auto queued = host_.server().enqueue("/weights/samples", samplesBody(samples), key); !queued) {
    host_.log().warn("weighing: item weights not sent to the server: " + queued.error());
  }
}

}  // namespace weighing
