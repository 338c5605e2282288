#pragma once
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "poscore/counter/counter_session.hpp"
#include "poscore/counter/counter_text.hpp"
#include "poscore/selfcheckout/bagging_message.hpp"
#include "poscore/services/audit_log.hpp"
#include "poscore/services/config.hpp"
#include "poscore/services/event_bus.hpp"
#include "poscore/sms/sms_gateway.hpp"
#include "poscore/staff/staff_store.hpp"
#include "possdk/clock.hpp"

namespace poscore::selfcheckout {

// Settings "self_checkout": {"staff_id": "8001", "bagging": true, "idle_timeout_seconds": 60,
// "cash_device": ""}, with "store.name" and "sale.currency_decimals" for the SMS receipt.
struct SelfCheckoutSettings {
  std::string staffId;         // the lane's own cashier id; must not be a supervisor
  bool bagging = false;        // true: nothing is scanned until the weighing plugin speaks
  std::chrono::seconds idleTimeout{60};
  bool cashDevice = false;     // cash is offered only with a cash acceptor configured
  std::string storeName;
  int currencyDecimals = 2;
};
// Throws std::invalid_argument naming the key that is wrong.
SelfCheckoutSettings selfCheckoutSettingsFrom(const Config& config);

enum class Stage { Welcome, Scanning, Attendant, Paying, ReceiptChoice, ThankYou };
enum class ReceiptChoice { Print, Sms, None };

struct View {
  Stage stage = Stage::Welcome;
  std::optional<sale::Sale> sale;          // the open sale, or the paid one on ReceiptChoice and ThankYou
  std::optional<BaggingMessage> bagging;   // the weighing plugin's latest word
  bool blocked = false;                    // scanning and paying are refused now (blockReason says why)
  std::string blockReason;
  std::string message;                     // the outcome of the customer's last action, if it failed
  std::string attendantReason;             // on Attendant: why the attendant was called
  std::optional<int> removalLine;          // on Attendant: the line the customer asked to take off
  bool smsOffered = false;
  bool sendingSms = false;
  std::vector<std::pair<std::string, std::string>> tenders;  // kind, label: what the customer may pay with
};

// A customer's visit at a self-checkout lane, driving the lane's CounterSession, whose receipts it
// prints on request only while the session lives (the customer chooses). The lane signs on
// as its own cashier id with a PIN it draws at random at every start and never shows (so nobody can
// sign on as the self-checkout at a counter), and that sign-on is audited. Removing a line, and
// anything the bagging area blocks, needs an attendant: a supervisor's id and PIN, which publishes
// selfcheckout.attendant_approved and is audited. Every call answers in the lane's language.
class SelfCheckoutSession {
 public:
  // `sms` may be null: the lane sends no SMS receipts. Every reference must outlive the session.
  SelfCheckoutSession(counter::CounterSession& counter, staff::StaffStore& staff, AuditLog& audit, EventBusCore& bus,
                      const possdk::Clock& clock, const Catalogs* text, sms::SmsSender* sms, SelfCheckoutSettings settings);
  ~SelfCheckoutSession();
  SelfCheckoutSession(const SelfCheckoutSession&) = delete;
  SelfCheckoutSession& operator=(const SelfCheckoutSession&) = delete;

  // Signs the lane on as its own cashier. Refused when the id belongs to a supervisor.
  possdk::Status start();

  const View& view() const { return view_; }
  // Runs on the UI thread after every change to view().
  void onChange(std::function<void()> listener) { listener_ = std::move(listener); }
  // Idle timeout, by the injected clock; the shell calls it about once a second.
  void tick();

  possdk::Status begin();  // the welcome screen's "Start"
  possdk::Status scan(const std::string& code);
  possdk::Status setQuantity(int lineNo, std::int64_t quantity);
  possdk::Status requestRemoval(int lineNo);  // calls the attendant, who removes it on approval
  void callAttendant();                      // the Help button
  possdk::Status approve(const std::string& supervisorId, const std::string& pin);
  possdk::Status startPayment();
  possdk::Status backToScanning();
  // Pays what is still due with a tender kind of view().tenders; `reference` is the card
  // terminal's approval code, or empty for plugin tenders, which ask their own device.
  possdk::Status pay(const std::string& kind, const std::string& reference);
  // Print: the counter prints the receipt it held (see counter::ReceiptPrinting); a printer fault
  // calls the attendant. Sms: sends it and prints nothing. None: prints nothing.
  possdk::Status chooseReceipt(ReceiptChoice choice, const std::string& mobile = {});
  possdk::Status finish();  // the thank-you screen's "Done"

 private:
  possdk::Status fail(const std::string& msgid, std::initializer_list<std::string> values = {});
  // Shows `message` (already in the lane's language) as the outcome and fails with it.
  possdk::Status refuse(std::string message);
  possdk::Status refuseWhenBlocked();
  possdk::Status printReceipt();
  void onBagging(const possdk::BusMessage& message);
  void onCounterChange();
  void refresh();
  // The stage shows the sale just paid rather than the counter's open one.
  bool showsPaidSale() const;
  void touch();
  const sale::SaleLine* liveLine(int lineNo) const;  // nullptr when the sale has no such line, or it is voided
  void enter(Stage stage);
  void notify();
  std::vector<std::pair<std::string, std::string>> offeredTenders() const;

  counter::CounterSession& counter_;
  staff::StaffStore& staff_;
  AuditLog& audit_;
  EventBusCore& bus_;
  const possdk::Clock& clock_;
  counter::CounterText text_;
  sms::SmsSender* sms_;
  SelfCheckoutSettings settings_;
  std::unique_ptr<possdk::Subscription> baggingSubscription_;
  std::function<void()> listener_;
  View view_;
  Stage beforeAttendant_ = Stage::Scanning;
  counter::ReceiptPrinting counterPrinting_ = counter::ReceiptPrinting::Always;  // restored when the session ends
  bool baggingHeard_ = false;
  bool overridden_ = false;  // an attendant cleared the current bagging message
  std::optional<std::pair<int, std::int64_t>> loweredQuantity_;  // on Attendant: line and its new, lower quantity
  std::chrono::steady_clock::time_point lastActivity_;
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace poscore::selfcheckout
