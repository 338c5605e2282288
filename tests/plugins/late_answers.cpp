// A plugin that asks for things answered later (a direct server call, a timer) as it starts, and
// reports each answer on the bus as "test.late", so tests can see whether an answer reached it.
// It also asks for a supervisor's approval, to show the host audits a plugin's attempt.
#include <possdk/possdk.hpp>

namespace {
class LateAnswers final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host& host) override {
    host_ = &host;
    return possdk::Status::ok();
  }
  possdk::Status start() override {
    auto& events = host_->events();
    host_->server().request("GET", "/orders/1", "", std::chrono::seconds(5),
                            [&events](possdk::Result<possdk::ServerReply> reply) {
                              events.publish("test.late", reply ? "{\"request\":" + std::to_string(reply.value().status) + "}"
                                                                : std::string("{\"request\":\"failed\"}"));
                            });
    timer_ = host_->schedule(std::chrono::milliseconds(30), [&events] { events.publish("test.late", "{\"timer\":true}"); });
    auto approved = host_->approveSupervisor("9001", "0000");
    host_->events().publish("test.late", approved ? "{\"approval\":\"accepted\"}" : "{\"approval\":\"refused\"}");
    return possdk::Status::ok();
  }
  void stop() noexcept override {}

 private:
  possdk::Host* host_ = nullptr;
  std::unique_ptr<possdk::Subscription> timer_;
};
}  // namespace

POSSDK_PLUGIN(LateAnswers)
