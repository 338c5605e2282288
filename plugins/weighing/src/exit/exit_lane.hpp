#pragma once
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "driver/scale_reading.hpp"
#include "src/exit/exit_order.hpp"
#include "src/exit/exit_ports.hpp"
#include "src/exit/exit_prompts.hpp"
#include "src/exit/exit_view.hpp"

// The exit lane: scan a paid order's QR, have the server verify it, weigh the bag against the
// order's expected band, then let the customer out (EAS off, thank-you, result posted) or stop
// them (alarm, attendant override). Every fault ends at the attendant, never in a silent pass.
// Runs on the UI thread; every input is a method, every output goes through ExitPorts.
namespace weighing::exit {

struct ExitTimings {
  std::chrono::milliseconds settle{8000};  // a bag that never settles calls the attendant
  std::chrono::milliseconds passHold{4000};    // the thank-you screen, then the next customer
  std::chrono::milliseconds rejectHold{6000};  // a refused QR's explanation, then scan again
};

class ExitLane {
 public:
  ExitLane(ExitPorts ports, ExitTimings timings);
  ExitLane(const ExitLane&) = delete;
  ExitLane& operator=(const ExitLane&) = delete;

  // Shows the scan prompt.
  void start();
  // Optional devices that could not be claimed, shown on every screen until the lane stops.
  void devicesMissing(std::string text);
  // A scanned or typed QR code; ignored while an order is being checked.
  void scanned(const std::string& code);
  void scale(const ScaleReading& reading);
  // The scale's "online" event after "offline".
  void scaleBack();
  // The alarm screen's button.
  void callAttendant();
  void supervisorEntered(const std::string& staffId);
  void pinEntered(const std::string& pin);
  // The attendant sends the customer back to scanning; nothing is deactivated or posted.
  void cancel();

  const ExitView& view() const { return view_; }

 private:
  void verified(possdk::Result<possdk::ServerReply> reply);
  void weigh(ExitOrder order);
  void decide(std::int64_t measuredMg);
  void pass(std::int64_t measuredMg);
  void alarm(const Judgement& judgement);
  void needAttendant(std::string message, std::string reason, std::string detail = {});
  void approved(const std::string& supervisorName);
  void reject(const std::string& message, const std::string& detail);
  void letOut(ExitResult result);
  void reset();
  void say(const SpokenPrompt& prompt);
  void audit(const std::string& action, const std::string& supervisorName);
  void show();

  ExitPorts ports_;
  ExitTimings timings_;
  ExitView view_;
  std::optional<ExitOrder> order_;
  Expectation expectation_;
  std::string qr_;
  std::string reason_;  // English, for the audit log
  std::int64_t lastStableMg_ = 0;  // of this check; what an approval posts when no weight was judged
  std::unique_ptr<possdk::Subscription> settle_;
  std::unique_ptr<possdk::Subscription> hold_;
  // Replies and timers that outlive the lane (or a cancelled check) find it gone and do nothing.
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
  int check_ = 0;  // which QR check a server reply belongs to
};

}  // namespace weighing::exit
