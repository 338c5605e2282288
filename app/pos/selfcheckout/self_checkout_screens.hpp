#pragma once
#include <optional>
#include <string>

#include "poscore/selfcheckout/self_checkout_session.hpp"
#include "possdk/screen.hpp"
#include "shell_text.hpp"

namespace pos {

// Element ids the self-checkout screens raise events from.
namespace sco {
inline constexpr const char* kStart = "sco-start";
inline constexpr const char* kPay = "sco-pay";
inline constexpr const char* kHelp = "sco-help";
inline constexpr const char* kLines = "sco-lines";
inline constexpr const char* kRemove = "sco-remove";
inline constexpr const char* kManualCode = "sco-code";
inline constexpr const char* kAttendantId = "sco-attendant-id";
inline constexpr const char* kAttendantPin = "sco-attendant-pin";
inline constexpr const char* kBack = "sco-back";
inline constexpr const char* kTenderPrefix = "sco-tender-";  // + the tender kind
inline constexpr const char* kCardCode = "sco-card-code";
inline constexpr const char* kPrint = "sco-print";
inline constexpr const char* kSms = "sco-sms";
inline constexpr const char* kSmsNumber = "sco-sms-number";
inline constexpr const char* kNoReceipt = "sco-no-receipt";
inline constexpr const char* kDone = "sco-done";
}  // namespace sco

// What the shell asks for on top of the session's stage: the steps of an entry in progress.
struct SelfCheckoutPrompt {
  std::optional<std::string> attendantId;  // keyed; the PIN comes next
  std::optional<int> pickedLine;           // the row the customer touched, for Remove
  bool cardCode = false;                   // card chosen: the terminal's approval code is asked
  bool smsNumber = false;                  // SMS chosen: the mobile number is asked
};

// The customer's screen for the session's view, with large touch targets, in the lane's language.
possdk::Screen selfCheckoutScreen(const poscore::selfcheckout::View& view, const SelfCheckoutPrompt& prompt,
                                  const std::string& language, int decimals, const Translate& tr);

}  // namespace pos
