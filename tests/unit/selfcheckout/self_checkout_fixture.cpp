#include "self_checkout_fixture.hpp"

#include <gtest/gtest.h>

namespace scotest {

SelfCheckoutFixture::SelfCheckoutFixture(bool bagging, bool sms) {
  audit = std::make_unique<poscore::AuditLog>(*lane.db, *lane.clock);
  staff = std::make_unique<poscore::staff::StaffStore>(*lane.db, *lane.clock);
  watch_ = bus.subscribe("*", [this](const possdk::BusMessage& m) { seen_.push_back(m); });
  poscore::selfcheckout::SelfCheckoutSettings settings;
  settings.staffId = kLaneStaff;
  settings.bagging = bagging;
  settings.idleTimeout = std::chrono::seconds(60);
  settings.storeName = "Demo Store";
  session_ = std::make_unique<poscore::selfcheckout::SelfCheckoutSession>(lane.session(), *staff, *audit, bus, *lane.clock,
                                                                          nullptr, sms ? &heldSms : nullptr, settings);
  auto started = session_->start();
  if (!started) ADD_FAILURE() << started.error();
}

void SelfCheckoutFixture::bagging(const std::string& payloadJson) {
  bus.publish("weighing", poscore::selfcheckout::kBaggingTopic, payloadJson);
  dispatcher.drain();
}

std::vector<std::string> SelfCheckoutFixture::published(const std::string& topic) const {
  std::vector<std::string> payloads;
  for (const auto& m : seen_) {
    if (m.topic == topic) payloads.push_back(m.payload);
  }
  return payloads;
}

std::vector<std::pair<std::string, std::string>> SelfCheckoutFixture::audited() {
  std::vector<std::pair<std::string, std::string>> rows;
  auto found = lane.db->query("SELECT action, detail FROM audit WHERE actor = 'selfcheckout' ORDER BY id");
  if (!found) {
    ADD_FAILURE() << found.error();
    return rows;
  }
  for (const auto& row : found.value()) rows.emplace_back(std::get<std::string>(row[0]), std::get<std::string>(row[1]));
  return rows;
}

}  // namespace scotest
