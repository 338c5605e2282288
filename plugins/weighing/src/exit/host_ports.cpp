#include "src/exit/host_ports.hpp"

#include <Poco/JSON/Object.h>


#include "src/exit/exit_screen.hpp"
#include "driver/device_json.hpp"

namespace weighing::exit {
namespace {


}  // namespace

void HostExitServer::verify(const std::string& qr, std::function<void(possdk::Result<possdk::ServerReply>)> done) {
  Poco::JSON::Object body;
  body.set("qr", qr);
  client_.request("POST", "/exit/verify", jsonText(body), timeout_, std::move(done));
}

possdk::Status HostExitServer::sendResult(const ExitResult& result) {
  const auto call = resultCall(result);
  auto queued = client_.enqueue(call.path, call.body, call.idempotencyKey);
  return queued ? possdk::Status::ok() : possdk::Status::fail(queued.error());
}

possdk::Status DeviceEas::deactivate() {
  if (!handle_) return possdk::Status::fail("no EAS deactivator is attached (settings key plugins.weighing.eas_deactivator)");
  return handle_->execute("deactivate", "{}");  // the device's own pulse_ms decides how long
}

void DeviceSpeaker::say(const std::string& text, const std::string& lang) {
  if (!handle_) return;
  Poco::JSON::Object args;
  args.set("text", text);
  args.set("lang", lang);
  if (auto said = handle_->execute("say", jsonText(args)); !said) log_.warn("sound device: " + said.error());
}

void ScreenDisplay::show(const ExitView& view) { ui_.show(exitScreen(view, i18n_)); }

}  // namespace weighing::exit
