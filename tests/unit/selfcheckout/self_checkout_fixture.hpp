#pragma once
#include <memory>
#include <string>
#include <vector>

#include "counter/counter_fixture.hpp"
#include "poscore/selfcheckout/self_checkout_session.hpp"

namespace scotest {

inline constexpr const char* kColaCan = "6921270000016";   // 3.00
inline constexpr const char* kTeaDrink = "6921270000092";  // 3.50
inline constexpr const char* kLaneStaff = "8001";

// Remembers what was sent and answers when the test says so, as the UI thread would hear it.
struct HeldSms final : poscore::sms::SmsSender {
  struct Sent {
    std::string to;
    std::string text;
    std::function<void(possdk::Status)> done;
  };
  void send(const std::string& to, const std::string& text, std::function<void(possdk::Status)> done) override {
    sent.push_back({to, text, std::move(done)});
  }
  std::vector<Sent> sent;
};

// A self-checkout lane over the counter fixture's demo lane: the bus runs through a queue the
// test drains, the lane signs on as kLaneStaff. With `sms`, receipts go to heldSms.
class SelfCheckoutFixture {
 public:
  explicit SelfCheckoutFixture(bool bagging = false, bool sms = false);

  poscore::selfcheckout::SelfCheckoutSession& session() { return *session_; }
  const poscore::selfcheckout::View& view() { return session_->view(); }
  // Publishes a weighing.bagging message as the plugin would, and delivers it.
  void bagging(const std::string& payloadJson);
  // What reached the bus on `topic`, payloads in order.
  std::vector<std::string> published(const std::string& topic) const;
  // The audit rows' (action, detail) written by the self-checkout.
  std::vector<std::pair<std::string, std::string>> audited();

  countertest::CounterFixture lane;
  poscore::QueueDispatcher dispatcher;
  poscore::EventBusCore bus{dispatcher};
  std::unique_ptr<poscore::AuditLog> audit;
  std::unique_ptr<poscore::staff::StaffStore> staff;
  HeldSms heldSms;
  std::unique_ptr<poscore::selfcheckout::SelfCheckoutSession> session_;

 private:
  std::vector<possdk::BusMessage> seen_;
  std::unique_ptr<possdk::Subscription> watch_;
};

}  // namespace scotest
