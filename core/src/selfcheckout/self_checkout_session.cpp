#include "poscore/selfcheckout/self_checkout_session.hpp"

#include <Poco/JSON/Object.h>
#include <sodium.h>

#include <algorithm>

#include "poscore/sale/tender_rules.hpp"
#include "poscore/services/json_text.hpp"
#include "poscore/sms/mobile_number.hpp"
#include "poscore/sms/receipt_sms.hpp"
#include "poscore/staff/staff_rules.hpp"

namespace poscore::selfcheckout {
namespace {

constexpr const char* kActor = "selfcheckout";

// A PIN nobody knows: drawn at every start, used once to sign on, never stored in the clear.
std::string randomPin() {
  std::string pin;
  for (std::size_t i = 0; i < staff::kMaxPinDigits; ++i) pin += static_cast<char>('0' + randombytes_uniform(10));
  return pin;
}

}  // namespace

SelfCheckoutSession::SelfCheckoutSession(counter::CounterSession& counter, staff::StaffStore& staff, AuditLog& audit,
                                         EventBusCore& bus, const possdk::Clock& clock, const Catalogs* text,
                                         sms::SmsSender* sms, SelfCheckoutSettings settings)
    : counter_(counter),
      staff_(staff),
      audit_(audit),
      bus_(bus),
      clock_(clock),
      text_(text),
      sms_(sms),
      settings_(std::move(settings)),
      lastActivity_(clock.monotonic()) {
  baggingSubscription_ = bus_.subscribe(kBaggingTopic, [this](const possdk::BusMessage& m) { onBagging(m); });
  std::weak_ptr<bool> alive = alive_;
  counter_.onChange([this, alive] {
    if (!alive.expired()) onCounterChange();
  });
  view_.smsOffered = sms_ != nullptr;
  // Paper only when the customer asks for it; the counter's own choice is back once we are gone.
  counterPrinting_ = counter_.receiptPrinting();
  counter_.setReceiptPrinting(counter::ReceiptPrinting::OnRequest);
  if (counter_.view().sale) view_.stage = Stage::Scanning;  // a sale restored after a restart
  refresh();
}

SelfCheckoutSession::~SelfCheckoutSession() {
  baggingSubscription_.reset();
  counter_.setReceiptPrinting(counterPrinting_);
}

possdk::Status SelfCheckoutSession::start() {
  const auto& signedOn = counter_.view().staff;
  if (signedOn && signedOn->id == settings_.staffId) return possdk::Status::ok();
  if (signedOn && counter_.view().sale) return fail("A cashier's sale is open on this lane; finish it at the counter first");
  if (signedOn) {
    if (auto off = counter_.signOff(); !off) return off;
  }
  auto everyone = staff_.list();
  if (!everyone) return possdk::Status::fail(everyone.error());
  const auto& list = everyone.value();
  const auto known = std::find_if(list.begin(), list.end(), [&](const staff::StaffMember& m) { return m.id == settings_.staffId; });
  const std::string pin = randomPin();
  if (known == list.end()) {
    if (auto added = staff_.add({settings_.staffId, "Self-checkout", counter::Role::Cashier, pin}); !added) return added;
  } else if (known->role == counter::Role::Supervisor) {
    return fail("Staff id {1} is a supervisor; self-checkout must sign on as a cashier id of its own", {settings_.staffId});
  } else if (auto set = staff_.setPin(settings_.staffId, pin); !set) {
    return set;
  }
  if (auto on = counter_.signOn(settings_.staffId, pin); !on) return on;
  Poco::JSON::Object detail;
  detail.set("staff", settings_.staffId);
  if (auto audited = audit_.record(kActor, "selfcheckout.sign_on", jsonText(detail)); !audited) return audited;
  refresh();
  return possdk::Status::ok();
}

void SelfCheckoutSession::tick() {
  if (view_.stage == Stage::Welcome || view_.stage == Stage::Attendant || view_.sendingSms) return;
  if (clock_.monotonic() - lastActivity_ < settings_.idleTimeout) return;
  if (counter_.view().sale) {
    // Never leave a sale for the next customer: an attendant decides what happens to it.
    view_.attendantReason = text_.say("The lane was left with an unpaid sale");
    beforeAttendant_ = Stage::Scanning;
    enter(Stage::Attendant);
  } else {
    enter(Stage::Welcome);
  }
  notify();
}

possdk::Status SelfCheckoutSession::begin() {
  touch();
  if (view_.stage != Stage::Welcome && view_.stage != Stage::ThankYou) return possdk::Status::ok();
  enter(Stage::Scanning);
  notify();
  return possdk::Status::ok();
}

possdk::Status SelfCheckoutSession::scan(const std::string& code) {
  touch();
  if (view_.stage == Stage::Attendant) return fail("Please wait for the attendant");
  if (view_.stage == Stage::Paying) return fail("You are paying; go back to scanning to add items");
  if (view_.stage == Stage::ReceiptChoice) return fail("Choose how you want your receipt first");
  if (auto blocked = refuseWhenBlocked(); !blocked) return blocked;
  if (auto scanned = counter_.scan(code); !scanned) return refuse(scanned.error());
  view_.message.clear();
  enter(Stage::Scanning);
  notify();
  return possdk::Status::ok();
}

possdk::Status SelfCheckoutSession::setQuantity(int lineNo, std::int64_t quantity) {
  touch();
  if (view_.stage != Stage::Scanning) return fail("Change quantities while scanning");
  if (auto blocked = refuseWhenBlocked(); !blocked) return blocked;
  const auto* line = liveLine(lineNo);
  if (line && quantity >= 1 && quantity < line->quantity) {
    // Fewer units is taking some off the sale: the attendant approves it, as a removal.
    loweredQuantity_ = {lineNo, quantity};
    view_.attendantReason = text_.say("Lower line {1} to {2}", {std::to_string(lineNo), std::to_string(quantity)});
    beforeAttendant_ = Stage::Scanning;
    enter(Stage::Attendant);
    notify();
    return possdk::Status::ok();
  }
  if (auto set = counter_.setQuantity(lineNo, quantity); !set) return refuse(set.error());
  view_.message.clear();
  notify();
  return possdk::Status::ok();
}

possdk::Status SelfCheckoutSession::requestRemoval(int lineNo) {
  touch();
  if (view_.stage != Stage::Scanning) return fail("Remove items while scanning");
  if (!liveLine(lineNo)) return fail("There is no line {1} to remove", {std::to_string(lineNo)});
  view_.removalLine = lineNo;
  view_.attendantReason = text_.say("Remove line {1}", {std::to_string(lineNo)});
  beforeAttendant_ = Stage::Scanning;
  enter(Stage::Attendant);
  notify();
  return possdk::Status::ok();
}

void SelfCheckoutSession::callAttendant() {
  touch();
  if (view_.stage == Stage::Attendant) return;
  view_.attendantReason = view_.blocked ? view_.blockReason : text_.say("The customer asked for help");
  beforeAttendant_ = view_.stage == Stage::Welcome ? Stage::Scanning : view_.stage;
  enter(Stage::Attendant);
  notify();
}

possdk::Status SelfCheckoutSession::approve(const std::string& supervisorId, const std::string& pin) {
  touch();
  if (view_.stage != Stage::Attendant) return fail("Nobody called the attendant");
  const auto approval = staff_.approveAsSupervisor(supervisorId, pin);
  if (!approval) {
    const auto& e = approval.error();
    // Refused PINs are audited too: guesses at a supervisor's PIN must leave a trace.
    Poco::JSON::Object refused;
    refused.set("supervisor", supervisorId);
    refused.set("refusal", e.message);
    if (auto audited = audit_.record(kActor, "selfcheckout.approval_refused", jsonText(refused)); !audited) {
      return refuse(audited.error());
    }
    switch (e.reason) {
      case staff::SignOnRefusal::BadFormat: return fail("Key the supervisor's number and PIN (digits only)");
      case staff::SignOnRefusal::NotSupervisor: return fail("Only a supervisor can approve this");
      case staff::SignOnRefusal::Locked:
        return fail("This id is locked for {1} more minute(s) after too many wrong PINs",
                    {std::to_string((e.lockedFor.count() + 59) / 60)});
      case staff::SignOnRefusal::Unavailable: return fail("The lane database failed: {1}", {e.detail});
      case staff::SignOnRefusal::NotAccepted: break;
    }
    return fail("That supervisor number and PIN were not accepted");
  }
  const int lineNo = view_.removalLine ? *view_.removalLine
                     : loweredQuantity_ ? loweredQuantity_->first
                                        : (view_.bagging ? view_.bagging->lineNo : 0);
  if (view_.removalLine) {
    if (auto voided = counter_.voidLine(*view_.removalLine); !voided) return refuse(voided.error());
  }
  if (loweredQuantity_) {
    const auto [lowered, quantity] = *loweredQuantity_;
    if (auto set = counter_.setQuantity(lowered, quantity); !set) return refuse(set.error());
  }
  Poco::JSON::Object detail;
  detail.set("line_no", lineNo);
  detail.set("supervisor", supervisorId);
  if (auto audited = audit_.record(kActor, "selfcheckout.attendant_approved", jsonText(detail)); !audited) return audited;
  bus_.publish("host", kAttendantApprovedTopic, jsonText(detail));
  overridden_ = view_.bagging.has_value() && blocksCheckout(*view_.bagging);
  view_.removalLine.reset();
  loweredQuantity_.reset();
  view_.attendantReason.clear();
  view_.message.clear();
  enter(beforeAttendant_);
  notify();
  return possdk::Status::ok();
}

possdk::Status SelfCheckoutSession::startPayment() {
  touch();
  if (view_.stage != Stage::Scanning) return fail("Scan your items first");
  const auto& sale = counter_.view().sale;
  if (!sale || std::none_of(sale->lines.begin(), sale->lines.end(), [](const sale::SaleLine& l) { return !l.voided; })) {
    return fail("Scan your items first");
  }
  if (auto blocked = refuseWhenBlocked(); !blocked) return blocked;
  view_.message.clear();
  enter(Stage::Paying);
  notify();
  return possdk::Status::ok();
}

possdk::Status SelfCheckoutSession::backToScanning() {
  touch();
  if (view_.stage != Stage::Paying) return fail("You are not paying");
  if (counter_.view().sale && !counter_.view().sale->tenders.empty()) return fail("Part of the sale is paid; pay the rest");
  enter(Stage::Scanning);
  notify();
  return possdk::Status::ok();
}

possdk::Status SelfCheckoutSession::pay(const std::string& kind, const std::string& reference) {
  touch();
  if (view_.stage != Stage::Paying) return fail("Press Pay first");
  if (auto blocked = refuseWhenBlocked(); !blocked) return blocked;
  const auto offered = offeredTenders();
  if (std::none_of(offered.begin(), offered.end(), [&](const auto& t) { return t.first == kind; })) {
    return fail("This lane does not take {1}", {kind});
  }
  const auto& sale = counter_.view().sale;
  if (!sale) return fail("Scan your items first");
  if (auto paid = counter_.tender(kind, sale::remainingDue(*sale), reference); !paid) return refuse(paid.error());
  // A plugin tender may answer later; onCounterChange() moves on when the sale completes.
  onCounterChange();
  return possdk::Status::ok();
}

possdk::Status SelfCheckoutSession::chooseReceipt(ReceiptChoice choice, const std::string& mobile) {
  touch();
  if (view_.stage != Stage::ReceiptChoice || !view_.sale) return fail("There is no paid sale to give a receipt for");
  if (view_.sendingSms) return fail("The SMS is on its way");
  if (choice == ReceiptChoice::Print) return printReceipt();
  if (choice == ReceiptChoice::None) {
    enter(Stage::ThankYou);
    notify();
    return possdk::Status::ok();
  }
  if (!sms_) return fail("This lane cannot send receipts by SMS");
  std::string problem;
  const auto number = sms::normalizeMobileNumber(mobile, text_, problem);
  if (number.empty()) return refuse(problem);
  view_.sendingSms = true;
  view_.message.clear();
  notify();
  std::weak_ptr<bool> alive = alive_;
  const auto text = sms::receiptSms(*view_.sale, settings_.storeName, settings_.currencyDecimals, text_);
  sms_->send(number, text, [this, alive, number](possdk::Status sent) {
    if (alive.expired()) return;
    view_.sendingSms = false;
    Poco::JSON::Object detail;
    detail.set("receipt", view_.sale ? view_.sale->receiptNo : "");
    detail.set("sent", sent.isOk());
    (void)audit_.record(kActor, "selfcheckout.sms_receipt", jsonText(detail));  // the sale stands either way
    if (sent) {
      enter(Stage::ThankYou);
    } else {
      view_.message = text_.say("The SMS could not be sent: {1}", {sent.error()});
    }
    notify();
  });
  return possdk::Status::ok();
}

// A receipt the printer cannot print now waits in the counter's queue; the attendant is called to
// see to the printer, and the customer goes on to the thank-you screen once they approve. A
// receipt that could not even be queued leaves the choice open for another try.
possdk::Status SelfCheckoutSession::printReceipt() {
  auto paper = counter_.printReceipt(view_.sale->receiptNo);
  if (paper && paper.value() == counter::Paper::Printed) {
    view_.message.clear();
    enter(Stage::ThankYou);
    notify();
    return possdk::Status::ok();
  }
  if (paper) {
    view_.attendantReason =
        text_.say("Your receipt will print when the printer is ready ({1}); an attendant is on the way",
                  {counter_.view().printerState});
    beforeAttendant_ = Stage::ThankYou;
  } else {
    view_.attendantReason = paper.error();  // the counter's words: what failed and what to do
    beforeAttendant_ = Stage::ReceiptChoice;
  }
  view_.message = view_.attendantReason;
  enter(Stage::Attendant);
  notify();
  return paper ? possdk::Status::ok() : possdk::Status::fail(view_.message);
}

possdk::Status SelfCheckoutSession::finish() {
  touch();
  if (view_.stage != Stage::ThankYou) return fail("Finish paying first");
  enter(Stage::Welcome);
  notify();
  return possdk::Status::ok();
}

possdk::Status SelfCheckoutSession::fail(const std::string& msgid, std::initializer_list<std::string> values) {
  return refuse(text_.say(msgid, values));
}

possdk::Status SelfCheckoutSession::refuse(std::string message) {
  view_.message = std::move(message);
  notify();
  return possdk::Status::fail(view_.message);
}

possdk::Status SelfCheckoutSession::refuseWhenBlocked() {
  if (!view_.blocked) return possdk::Status::ok();
  return refuse(view_.blockReason);
}

void SelfCheckoutSession::onBagging(const possdk::BusMessage& message) {
  auto parsed = parseBaggingMessage(message.payload);
  if (!parsed) return;  // not the weighing plugin's message as documented; its log says why
  baggingHeard_ = true;
  overridden_ = false;
  view_.bagging = std::move(parsed.value());
  refresh();
  notify();
}

void SelfCheckoutSession::onCounterChange() {
  const auto& counter = counter_.view();
  const bool paying = view_.stage == Stage::Paying;
  if (paying && !counter.sale && counter.lastCompleted) {
    view_.sale = counter.lastCompleted;
    enter(Stage::ReceiptChoice);
  }
  refresh();
  notify();
}

void SelfCheckoutSession::refresh() {
  if (!showsPaidSale()) view_.sale = counter_.view().sale;
  view_.tenders = offeredTenders();
  view_.blockReason.clear();
  if (settings_.bagging && !baggingHeard_) {
    view_.blockReason = text_.say("The bagging area is not ready; please wait or call an attendant");
  } else if (view_.bagging && blocksCheckout(*view_.bagging) && !overridden_) {
    view_.blockReason = !view_.bagging->message.empty() ? view_.bagging->message
                                                        : text_.say("Check the bagging area; an attendant can help");
  }
  view_.blocked = !view_.blockReason.empty();
}

bool SelfCheckoutSession::showsPaidSale() const {
  auto paid = [](Stage stage) { return stage == Stage::ReceiptChoice || stage == Stage::ThankYou; };
  // An attendant called from the receipt choice leaves the customer with the sale they paid.
  return paid(view_.stage) || (view_.stage == Stage::Attendant && paid(beforeAttendant_));
}

const sale::SaleLine* SelfCheckoutSession::liveLine(int lineNo) const {
  const auto& sale = counter_.view().sale;
  if (!sale) return nullptr;
  const auto found = std::find_if(sale->lines.begin(), sale->lines.end(),
                                  [&](const sale::SaleLine& l) { return l.lineNo == lineNo && !l.voided; });
  return found == sale->lines.end() ? nullptr : &*found;
}

void SelfCheckoutSession::touch() { lastActivity_ = clock_.monotonic(); }

void SelfCheckoutSession::enter(Stage stage) {
  view_.stage = stage;
  refresh();
}

void SelfCheckoutSession::notify() {
  if (listener_) listener_();
}

std::vector<std::pair<std::string, std::string>> SelfCheckoutSession::offeredTenders() const {
  auto kinds = counter_.tenderKinds();
  if (!settings_.cashDevice) std::erase_if(kinds, [](const auto& k) { return k.first == "cash"; });
  return kinds;
}

}  // namespace poscore::selfcheckout
