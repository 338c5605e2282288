#include "poscore/counter/lane_counter.hpp"

#include <sodium.h>

#include <Poco/JSON/Object.h>

#include <algorithm>

#include "poscore/counter/sign_on_text.hpp"
#include "poscore/journal/journal_entry.hpp"
#include "poscore/sale/reprice.hpp"
#include "poscore/services/json_text.hpp"
#include "poscore/services/log.hpp"

namespace poscore::counter {
LaneCounter::LaneCounter(CounterParts parts) : parts_(std::move(parts)), events_(parts_.bus, parts_.catalog) {
  auto restored = parts_.sales.restoreOpen();
  if (!restored) {
    notice(Notice::Level::Warning, parts_.text.say("The sale that was open could not be restored: {1}", {restored.error()}));
  } else if (restored.value()) {
    view_.sale = std::move(*restored.value());
    if (view_.sale->kind == sale::SaleKind::Return) {
      auto original = parts_.sales.findByReceipt(view_.sale->originalReceiptNo);
      auto earlier = parts_.sales.returnsOf(view_.sale->originalReceiptNo);
      if (original && original.value() && earlier) return_ = ReturnContext{*original.value(), earlier.value()};
    }
    // Whoever follows the sale (the bagging-area checks) hears its lines again, as on resume.
    events_.changed(std::nullopt, *view_.sale);
    notice(Notice::Level::Info, parts_.text.say("The sale that was open when the lane stopped has been restored"));
  }
  view_.printerState = printerStateText(parts_.text, parts_.printQueue.state());
}

void LaneCounter::dismissNotices() {
  view_.notices.clear();
  changeNotice_.clear();
  notify();
}

void LaneCounter::poll() {
  const auto before = view_.printerState;
  safely([&] { view_.printerState = printerStateText(parts_.text, parts_.printQueue.pump()); });
  if (view_.printerState != before) notify();
}

possdk::Status LaneCounter::fail(const std::string& msgid, std::initializer_list<std::string> values) const {
  return possdk::Status::fail(parts_.text.say(msgid, values));
}

possdk::Status LaneCounter::needStaff() const {
  if (!view_.staff) return fail("Nobody is signed on; sign on with your staff number and PIN first");
  return possdk::Status::ok();
}

possdk::Status LaneCounter::needOpenSale() const {
  if (auto staffOk = needStaff(); !staffOk) return staffOk;
  if (!view_.sale) return fail("There is no open sale; scan an item first");
  return needNotWaiting();
}

possdk::Status LaneCounter::needNotWaiting() const {
  if (pending_) return fail("Waiting for the {1} payment; finish or cancel it on its screen", {pending_->kind});
  return possdk::Status::ok();
}

possdk::Status LaneCounter::needNoPayment() const {
  if (auto open = needOpenSale(); !open) return open;
  if (!view_.sale->tenders.empty()) {
    return fail("A payment has already been taken on this sale; finish paying it first");
  }
  return possdk::Status::ok();
}

possdk::Status LaneCounter::needLine(int lineNo) const {
  if (auto open = needNoPayment(); !open) return open;
  const auto& lines = view_.sale->lines;
  auto found = std::find_if(lines.begin(), lines.end(), [&](const auto& l) { return l.lineNo == lineNo; });
  if (found == lines.end()) return fail("There is no line {1} on this sale; pick a line from the list", {std::to_string(lineNo)});
  if (found->voided) return fail("Line {1} is already voided", {std::to_string(lineNo)});
  if (view_.sale->kind == sale::SaleKind::Return) {
    return fail("A return line keeps the price it was sold at; void it and pick the quantity again");
  }
  return possdk::Status::ok();
}

possdk::Result<std::string> LaneCounter::authorize(const std::optional<Approval>& approval) {
  using Authorized = possdk::Result<std::string>;
  if (view_.staff && view_.staff->role == Role::Supervisor) return view_.staff->id;
  if (!approval) return Authorized::fail(parts_.text.say("This needs a supervisor; ask one to enter their number and PIN"));
  auto approved = parts_.staff.approveAsSupervisor(approval->supervisorId, approval->pin);
  if (!approved) return Authorized::fail(signOnRefusalText(parts_.text, approved.error(), approval->supervisorId));
  return approved.staff().id;
}

possdk::Status LaneCounter::changeSale(const std::function<possdk::Status(sale::Sale&)>& edit) {
  if (auto open = needOpenSale(); !open) return open;
  sale::Sale draft = *view_.sale;
  if (auto edited = edit(draft); !edited) return edited;
  return show(std::move(draft));
}

possdk::Status LaneCounter::show(sale::Sale draft) {
  if (auto priced = sale::reprice(draft, parts_.pricing, parts_.promotions, parts_.clock.now()); !priced) return priced;
  if (auto saved = parts_.sales.saveOpen(draft); !saved) return saved;
  events_.changed(view_.sale, draft);
  if (!view_.sale) forgetChange();
  view_.sale = std::move(draft);
  notify();
  return possdk::Status::ok();
}

sale::Sale LaneCounter::newSale(sale::SaleKind kind) const {
  // Unique without a counter to keep: the lane, the time and 48 random bits.
  unsigned char random[6];
  randombytes_buf(random, sizeof random);
  char hex[2 * sizeof random + 1];
  sodium_bin2hex(hex, sizeof hex, random, sizeof random);
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(parts_.clock.now().time_since_epoch()).count();
  sale::Sale sale;
  sale.id = parts_.sales.laneId() + "-" + std::to_string(millis) + "-" + hex;
  sale.kind = kind;
  sale.cashierId = view_.staff ? view_.staff->id : std::string{};
  sale.openedAt = parts_.clock.now();
  return sale;
}

possdk::Status LaneCounter::signOn(const std::string& staffId, const std::string& pin) {
  if (view_.staff) return fail("{1} is signed on; sign off first", {view_.staff->name});
  auto result = parts_.staff.authenticate(staffId, pin);
  if (!result) return possdk::Status::fail(signOnRefusalText(parts_.text, result.error(), staffId));
  const auto& member = result.staff();
  Staff staff{member.id, member.name, member.role};
  view_.staff = staff;
  if (auto logged = journal(journal::type::kSignOn, staff.id, "{}"); !logged) {
    view_.staff.reset();
    return logged;
  }
  notify();
  return possdk::Status::ok();
}

possdk::Status LaneCounter::signOff() {
  if (auto staffOk = needStaff(); !staffOk) return staffOk;
  if (view_.sale) return fail("A sale is open; finish, suspend or cancel it before signing off");
  if (auto logged = journal(journal::type::kSignOff, view_.staff->id, "{}"); !logged) return logged;
  view_.staff.reset();
  notify();
  return possdk::Status::ok();
}

possdk::Status LaneCounter::journal(const std::string& type, const std::string& reference, const std::string& payload) {
  journal::NewEntry entry{type, view_.staff ? view_.staff->id : std::string{}, reference, payload};
  auto appended = parts_.journal.append(entry);
  if (!appended) return possdk::Status::fail(appended.error());
  return possdk::Status::ok();
}

possdk::Status LaneCounter::noSale(const std::string& reason) {
  if (auto staffOk = needStaff(); !staffOk) return staffOk;
  if (view_.sale) return fail("A sale is open; the drawer opens when it is paid");
  if (reason.empty()) return fail("Say why the drawer is opened without a sale");
  Poco::JSON::Object payload;
  payload.set("reason", reason);
  if (auto logged = journal(journal::type::kNoSale, "", jsonText(payload)); !logged) return logged;
  safely([&] { printed(parts_.printer.printNoSale({view_.staff->id, reason, parts_.clock.now()}), Slip::NoSale); });
  notify();
  return possdk::Status::ok();
}

possdk::Status LaneCounter::reprintLast() {
  if (auto staffOk = needStaff(); !staffOk) return staffOk;
  possdk::Status outcome = possdk::Status::ok();
  safely([&] {
    auto delivery = parts_.printer.reprintLast();
    if (!delivery) outcome = possdk::Status::fail(delivery.error());
    else printed(delivery, Slip::Reprint);
  });
  if (!outcome) return outcome;
  notify();
  return possdk::Status::ok();
}

void LaneCounter::safely(const std::function<void()>& work) {
  try {
    work();
  } catch (const std::exception& e) {
    notice(Notice::Level::Warning, parts_.text.say("The receipt printer's queue failed: {1}; call a supervisor", {e.what()}));
  }
}

void LaneCounter::printed(const possdk::Result<printer::Delivery>& delivery, Slip slip) {
  if (!delivery) {
    notice(Notice::Level::Warning, parts_.text.say("The receipt could not be printed: {1}", {delivery.error()}));
    return;
  }
  const auto& state = delivery.value().state;
  view_.printerState = printerStateText(parts_.text, state);
  if (!delivery.value().printed) notice(Notice::Level::Warning, queuedSlipText(parts_.text, slip, state.condition));
}

void LaneCounter::notice(Notice::Level level, std::string text) {
  view_.notices.push_back({level, std::move(text)});
  constexpr std::size_t kKept = 8;  // the screen shows the last few; older ones are history
  if (view_.notices.size() > kKept) view_.notices.erase(view_.notices.begin());
}

void LaneCounter::forgetChange() {
  if (changeNotice_.empty()) return;
  std::erase_if(view_.notices, [&](const Notice& n) { return n.level == Notice::Level::Info && n.text == changeNotice_; });
  changeNotice_.clear();
}

void LaneCounter::notify() {
  for (const auto& listener : listeners_) listener();
}

}  // namespace poscore::counter
