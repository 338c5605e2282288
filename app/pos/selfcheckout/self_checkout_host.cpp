#include "selfcheckout/self_checkout_host.hpp"

namespace pos {
namespace {
constexpr int kTickMs = 1000;
}  // namespace

SelfCheckoutHost::SelfCheckoutHost(poscore::Runtime& runtime, poscore::Dispatcher& dispatcher,
                                   poscore::counter::CounterSession& counter) {
  try {
    auto settings = poscore::selfcheckout::selfCheckoutSettingsFrom(runtime.config());
    if (runtime.config().get("sms.url")) {
      auto sms = poscore::sms::smsSettingsFrom(runtime.config());
      if (!sms) throw std::invalid_argument(sms.error());
      sms_ = std::make_unique<poscore::sms::HttpSmsGateway>(sms.value(), dispatcher);
    }
    session_ = std::make_unique<poscore::selfcheckout::SelfCheckoutSession>(
        counter, runtime.staff(), runtime.audit(), runtime.bus(), runtime.clock(), &runtime.catalogs(), sms_.get(), std::move(settings));
    if (auto started = session_->start(); !started) throw std::runtime_error(started.error());
  } catch (const std::exception& e) {
    session_.reset();
    problem_ = std::string("Self-checkout could not start: ") + e.what();
    return;
  }
  tick_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { session_->tick(); });
  tick_.Start(kTickMs);
}

SelfCheckoutHost::~SelfCheckoutHost() { tick_.Stop(); }

}  // namespace pos
