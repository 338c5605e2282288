// pos-sms-sim: an SMS gateway on 127.0.0.1 that writes each message it is sent to a file, for the
// demo and the tests.
#include <CLI/CLI.hpp>
#include <Poco/Exception.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

#include "loopback_server.hpp"
#include "sms_inbox.hpp"

namespace {

std::atomic<bool> stopRequested{false};

extern "C" void onStopSignal(int) { stopRequested = true; }

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"pos-sms-sim: an SMS gateway that writes each message to DIR/<n>.json"};
  std::string listen;
  std::string dir;
  std::string token = "demo-token";
  app.add_option("--listen", listen, "HOST:PORT to serve on, loopback only (port 0: any free port)")->required();
  app.add_option("--dir", dir, "Folder for the messages, 1.json, 2.json, ...")->required();
  app.add_option("--token", token, "The token a sender must give as 'Authorization: Bearer <token>'");
  CLI11_PARSE(app, argc, argv);

  const auto address = vprinter::loopbackAddress(listen);
  if (!address) {
    std::cerr << "pos-sms-sim: " << address.error() << "\n";
    return 2;
  }
  try {
    smssim::SmsInbox inbox(address.value(), dir, token);
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::cout << "pos-sms-sim: listening on " << address.value().host().toString() << ":" << inbox.port() << std::endl;
    while (!stopRequested) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    std::cerr << "pos-sms-sim: " << inbox.received() << " message(s) written to " << dir << "\n";
  } catch (const Poco::Exception& e) {
    std::cerr << "pos-sms-sim: cannot listen on " << listen << ": " << e.displayText() << "; is another one on that port?\n";
    return 1;
  } catch (const std::filesystem::filesystem_error& e) {
    std::cerr << "pos-sms-sim: cannot use --dir " << dir << ": " << e.what() << "\n";
    return 1;
  }
  return 0;
}
