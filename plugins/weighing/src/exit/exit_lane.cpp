#include "src/exit/exit_lane.hpp"

#include <Poco/JSON/Object.h>

#include <algorithm>
#include <utility>

#include "src/exit/qr_problem.hpp"
#include "driver/device_json.hpp"

namespace weighing::exit {
namespace {

constexpr const char* kScanPrompt = "Scan the QR code of your paid order";

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

ExitLane::ExitLane(ExitPorts ports, ExitTimings timings) : ports_(ports), timings_(timings) {
  view_.message = kScanPrompt;
}

void ExitLane::start() { show(); }

void ExitLane::devicesMissing(std::string text) {
  view_.devices = std::move(text);
  show();
}

void ExitLane::scanned(const std::string& code) {
  const auto qr = trimmed(code);
  const auto stage = view_.stage;
  if (qr.empty() || (stage != ExitStage::Scan && stage != ExitStage::Rejected && stage != ExitStage::Passed)) return;
  reset();
  qr_ = qr;
  view_.stage = ExitStage::Verifying;
  view_.message = "Checking your order...";
  show();
  const int check = ++check_;
  std::weak_ptr<int> alive = alive_;
  ports_.server.verify(qr, [this, alive, check](possdk::Result<possdk::ServerReply> reply) {
    if (alive.expired() || check != check_ || view_.stage != ExitStage::Verifying) return;
    verified(std::move(reply));
  });
}

void ExitLane::verified(possdk::Result<possdk::ServerReply> reply) {
  if (!reply) {
    needAttendant("The order server cannot be reached. An attendant will check your order.",
                  "order not verified: " + reply.error(), reply.error());
    return;
  }
  const auto& answer = reply.value();
  if (answer.status == 200) {
    auto order = parseExitOrder(answer.body);
    if (!order) {
      needAttendant("The order server gave an answer this lane cannot use. An attendant will check your order.",
                    order.error(), order.error());
      return;
    }
    weigh(std::move(order.value()));
    return;
  }
  if (const auto problem = qrProblem(answer)) {
    reject(problem->message, problem->code);
    return;
  }
  needAttendant("The order server refused the check. An attendant will check your order.",
                "order not verified: " + serverMessage(answer), serverMessage(answer));
}

void ExitLane::weigh(ExitOrder order) {
  expectation_ = ports_.judge.expect(order.items);
  view_.orderNo = order.orderNo;
  order_ = std::move(order);
  view_.band = expectation_.band;
  if (!expectation_.unknownSkus.empty()) {
    needAttendant("Some items of this order have no known weight. An attendant will check your order.",
                  "no weight known for " + joined(expectation_.unknownSkus), joined(expectation_.unknownSkus));
    return;
  }
  if (!expectation_.band) {
    needAttendant("The weight of this order cannot be worked out. An attendant will check your order.",
                  "no expected band for the order");
    return;
  }
  view_.stage = ExitStage::Weighing;
  view_.message = "Place your bag on the scale";
  show();
  // A bag put down while the order was being verified sends no new reading: judge the one resting.
  if (view_.scale.status == ScaleStatus::Stable && !view_.scaleOffline) scale(view_.scale);
}

void ExitLane::scale(const ScaleReading& shown) {
  const auto reading = grossOnly(shown);
  view_.scale = reading;
  if (reading.status == ScaleStatus::Offline) {
    view_.scaleOffline = true;
    settle_.reset();  // the wait starts again when readings return
    show();
    return;
  }
  view_.scaleOffline = false;
  if (reading.status == ScaleStatus::Stable) lastStableMg_ = reading.milligrams;
  if (reading.status == ScaleStatus::Zero) lastStableMg_ = 0;
  if (view_.stage == ExitStage::Weighing) {
    if (reading.status == ScaleStatus::Stable && reading.milligrams > 0) {
      decide(reading.milligrams);
      return;
    }
    if (reading.status == ScaleStatus::Zero) {
      settle_.reset();  // nothing on the scale yet: the customer is still on the way
    } else if (!settle_) {
      settle_ = ports_.timers.after(timings_.settle, [this] {
        settle_.reset();
        needAttendant("The weight of your bag did not settle. An attendant will check your order.",
                      "no stable weight within the settle time");
      });
    }
  }
  show();
}

void ExitLane::scaleBack() {
  if (!view_.scaleOffline) return;
  view_.scaleOffline = false;
  show();
}

void ExitLane::decide(std::int64_t measuredMg) {
  settle_.reset();
  view_.measuredMg = measuredMg;
  const auto judgement = ports_.judge.judge(expectation_, measuredMg);
  switch (judgement.verdict) {
    case Verdict::Pass:
      pass(measuredMg);
      return;
    case Verdict::Alarm:
      alarm(judgement);
      return;
    case Verdict::Attendant:
      needAttendant("This bag needs an attendant's check.", judgement.reason);
      return;
  }
}

void ExitLane::pass(std::int64_t measuredMg) {
  view_.message = "Thank you. Your order is complete.";
  letOut({order_->id, "pass", measuredMg, std::max<std::int64_t>(measuredMg - ports_.judge.bagTareMg(), 0), ""});
}

void ExitLane::alarm(const Judgement& judgement) {
  reason_ = judgement.reason;
  view_.stage = ExitStage::Alarm;
  view_.message = "Please check your items";
  say(kCheckItems);
  audit("weighing.exit.alarm", "");
  show();
}

void ExitLane::needAttendant(std::string message, std::string reason, std::string detail) {
  settle_.reset();
  reason_ = std::move(reason);
  view_.stage = ExitStage::Attendant;
  view_.message = std::move(message);
  view_.detail = std::move(detail);
  say(kAttendantComing);
  show();
}

void ExitLane::callAttendant() {
  if (view_.stage != ExitStage::Alarm) return;
  view_.stage = ExitStage::Attendant;
  view_.message = "The bag does not match the order. Attendant: enter your staff id and PIN.";
  show();
}

void ExitLane::supervisorEntered(const std::string& staffId) {
  if (view_.stage != ExitStage::Attendant) return;
  view_.supervisorId = trimmed(staffId);
  view_.detail.clear();
  show();
}

void ExitLane::pinEntered(const std::string& pin) {
  if (view_.stage != ExitStage::Attendant) return;
  if (view_.supervisorId.empty()) {
    view_.detail.clear();
    view_.notice = "Enter the staff id first, then the PIN.";
    show();
    return;
  }
  auto answer = ports_.supervisors.approve(view_.supervisorId, pin);
  if (!answer) {
    view_.notice.clear();
    view_.detail = answer.error();
    show();
    return;
  }
  approved(answer.value());
}

void ExitLane::approved(const std::string& supervisorName) {
  view_.message = "Approved by the attendant. Thank you.";
  view_.detail.clear();
  audit("weighing.exit.override", supervisorName);
  // Never the raw reading: an unstable or faulty one may be out of the server's range, and a refused
  // result would leave the order paid and its QR good for another exit.
  letOut({order_ ? order_->id : "", "approved", view_.measuredMg.value_or(lastStableMg_), std::nullopt,
          view_.supervisorId});
}

void ExitLane::letOut(ExitResult result) {
  view_.stage = ExitStage::Passed;
  view_.notice.clear();
  if (auto off = ports_.eas.deactivate(); !off) {
    view_.notice = "The security tags could not be switched off. Please show your receipt at the gate.";
    view_.detail = off.error();
  }
  // Without a verified order (server away) there is nothing to post; the audit record stands.
  if (!result.orderId.empty()) {
    if (auto sent = ports_.server.sendResult(result); !sent) view_.detail = sent.error();
  }
  say(kThankYou);
  hold_ = ports_.timers.after(timings_.passHold, [this] {
    reset();
    show();
  });
  show();
}

void ExitLane::reject(const std::string& message, const std::string& detail) {
  view_.stage = ExitStage::Rejected;
  view_.message = message;
  view_.detail = detail;
  hold_ = ports_.timers.after(timings_.rejectHold, [this] {
    reset();
    show();
  });
  show();
}

void ExitLane::cancel() {
  if (view_.stage == ExitStage::Scan) return;
  if (view_.stage == ExitStage::Alarm || view_.stage == ExitStage::Attendant) audit("weighing.exit.refused", "");
  reset();
  show();
}

void ExitLane::reset() {
  settle_.reset();
  hold_.reset();
  order_.reset();
  expectation_ = {};
  qr_.clear();
  reason_.clear();
  lastStableMg_ = 0;
  ++check_;
  ExitView next;
  next.scale = view_.scale;
  next.scaleOffline = view_.scaleOffline;
  next.devices = std::move(view_.devices);
  view_ = std::move(next);
  view_.message = kScanPrompt;
}

void ExitLane::say(const SpokenPrompt& prompt) {
  ports_.speaker.say(prompt.zh, "zh");
  ports_.speaker.say(prompt.en, "en");
}

// What an auditor needs to judge the decision later: the order, the band, the weight, who and why.
void ExitLane::audit(const std::string& action, const std::string& supervisorName) {
  Poco::JSON::Object detail;
  detail.set("order", order_ ? order_->id : "");
  detail.set("order_no", view_.orderNo);
  if (!order_) detail.set("qr", qr_);
  if (const auto& band = expectation_.band) {
    detail.set("expected_mg", static_cast<Poco::Int64>(band->expectedMg));
    detail.set("min_mg", static_cast<Poco::Int64>(band->minMg));
    detail.set("max_mg", static_cast<Poco::Int64>(band->maxMg));
  }
  if (view_.measuredMg) detail.set("measured_mg", static_cast<Poco::Int64>(*view_.measuredMg));
  if (!supervisorName.empty()) {
    detail.set("supervisor", view_.supervisorId);
    detail.set("supervisor_name", supervisorName);
  }
  detail.set("reason", reason_);
  if (auto recorded = ports_.audit.record(action, jsonText(detail)); !recorded) view_.detail = recorded.error();
}

void ExitLane::show() { ports_.display.show(view_); }

}  // namespace weighing::exit
