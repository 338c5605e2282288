#pragma once
#include <memory>
#include <string>

#include "possdk/host.hpp"
#include "src/exit/exit_lane.hpp"
#include "src/exit/host_ports.hpp"
#include "src/exit/weighing_settings.hpp"

// The exit lane on the Host: claims the optional devices (EAS deactivator and gate, sound; a
// missing one is logged and shown, never fatal), adapts the lane's ports, and feeds it the
// scanner. The plugin owns the scale and the screen's handler and forwards both here.
namespace weighing::exit {

class ExitStation {
 public:
  ExitStation(possdk::Host& host, const WeighingSettings& settings, BasketJudge& judge);
  ExitStation(const ExitStation&) = delete;
  ExitStation& operator=(const ExitStation&) = delete;

  // Shows the scan prompt and starts listening to "scanner.barcode".
  void start();
  ExitLane& lane() { return lane_; }
  // After a change of language.
  void redraw() { display_.show(lane_.view()); }

 private:
  std::shared_ptr<possdk::DeviceHandle> claim(const std::string& what, const std::string& id,
                                              std::function<void(const possdk::DeviceEvent&)> onEvent);
  std::function<void(const possdk::DeviceEvent&)> logErrors(const std::string& what);
  void onGate(const possdk::DeviceEvent& event);

  possdk::Host& host_;
  std::string missing_;  // what could not be claimed, for the screen
  std::shared_ptr<possdk::DeviceHandle> gate_;
  HostExitServer server_;
  DeviceEas eas_;
  DeviceSpeaker speaker_;
  HostTimers timers_;
  HostSupervisors supervisors_;
  ScreenDisplay display_;
  ExitLane lane_;
  std::unique_ptr<possdk::Subscription> scans_;
};

}  // namespace weighing::exit
