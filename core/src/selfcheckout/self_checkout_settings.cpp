#include <stdexcept>

#include "poscore/selfcheckout/self_checkout_session.hpp"
#include "poscore/staff/staff_rules.hpp"

namespace poscore::selfcheckout {
namespace {

constexpr int kMaxIdleSeconds = 3600;

bool flag(const Config& config, const std::string& key) {
  const auto value = config.get(key).value_or("false");
  if (value != "true" && value != "false") throw std::invalid_argument("setting " + key + " must be true or false, not '" + value + "'");
  return value == "true";
}

int whole(const Config& config, const std::string& key, int fallback, int low, int high) {
  const auto value = config.get(key);
  if (!value) return fallback;
  try {
    std::size_t used = 0;
    const int n = std::stoi(*value, &used);
    if (used == value->size() && n >= low && n <= high) return n;
  } catch (const std::exception&) {
  }
  throw std::invalid_argument("setting " + key + " must be a whole number from " + std::to_string(low) + " to " +
                              std::to_string(high) + ", not '" + *value + "'");
}

}  // namespace

SelfCheckoutSettings selfCheckoutSettingsFrom(const Config& config) {
  SelfCheckoutSettings s;
  s.staffId = config.get("self_checkout.staff_id").value_or("");
  if (s.staffId.empty()) throw std::invalid_argument("setting self_checkout.staff_id is missing; name the staff id the lane signs on as");
  if (auto wrong = staff::checkStaffId(s.staffId); !wrong.empty()) throw std::invalid_argument("setting self_checkout.staff_id: " + wrong);
  s.bagging = flag(config, "self_checkout.bagging");
  s.idleTimeout = std::chrono::seconds(whole(config, "self_checkout.idle_timeout_seconds", 60, 5, kMaxIdleSeconds));
  s.cashDevice = !config.get("self_checkout.cash_device").value_or("").empty();
  s.storeName = config.get("store.name").value_or("");
  s.currencyDecimals = whole(config, "sale.currency_decimals", 2, 0, 3);
  return s;
}

}  // namespace poscore::selfcheckout
