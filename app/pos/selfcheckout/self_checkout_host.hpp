#pragma once
#include <memory>
#include <string>

#include <wx/timer.h>

#include "poscore/dispatcher.hpp"
#include "poscore/runtime.hpp"
#include "poscore/selfcheckout/self_checkout_session.hpp"

namespace pos {

// The lane's self-checkout in the shell: the session over the counter's session, built from the
// Runtime's settings ("self_checkout", "sms"), signed on with the Runtime's staff and audit log (so
// wrong PINs count toward the same lock everywhere), and ticked once a second for the idle timeout.
// SMS receipts are offered when "sms.url" is set.
class SelfCheckoutHost {
 public:
  SelfCheckoutHost(poscore::Runtime& runtime, poscore::Dispatcher& dispatcher, poscore::counter::CounterSession& counter);
  ~SelfCheckoutHost();

  // Null when the self-checkout could not start; problem() then says why.
  poscore::selfcheckout::SelfCheckoutSession* session() { return session_.get(); }
  const std::string& problem() const { return problem_; }

 private:
  std::unique_ptr<poscore::sms::HttpSmsGateway> sms_;
  std::unique_ptr<poscore::selfcheckout::SelfCheckoutSession> session_;
  wxTimer tick_;
  std::string problem_;
};

}  // namespace pos
