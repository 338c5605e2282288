// pos-weighing-handheld: a handheld scanner in a terminal. It enrols with pos-server as a kiosk
// device, then shops: creates an order, adds the scanned codes, submits and pays it, and prints
// the order number and the exit pass (last line "QR <payload>"), optionally as a PNG to show.
#include <CLI/CLI.hpp>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <regex>
#include <stdexcept>
#include <string>
#include <vector>

#include "tools/qr_png.hpp"
#include "driver/device_json.hpp"

namespace {

constexpr const char* kOrders = "/api/v1/plugins/weighing/orders";

// What the handheld stops on; main() prints it and exits non-zero.
struct Refused : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Server {
 public:
  Server(const std::string& url, std::string token) : token_(std::move(token)) {
    const Poco::URI uri(url);
    if (uri.getScheme() != "http" || uri.getHost().empty()) {
      throw Refused("--server must be an http:// address such as http://127.0.0.1:8080; got " + url);
    }
    session_ = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
    session_->setTimeout(Poco::Timespan(30, 0));
    unsigned char run[8];
    randombytes_buf(run, sizeof run);
    char hex[sizeof run * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, run, sizeof run);
    keyPrefix_ = std::string("handheld-") + hex + "-";
  }

  // The answer's JSON for a 2xx; otherwise the server's error message, thrown.
  Poco::JSON::Object::Ptr call(const std::string& method, const std::string& path, const std::string& body, bool keyed) {
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!token_.empty()) request.set("Authorization", "Bearer " + token_);
    if (keyed) request.set("Idempotency-Key", keyPrefix_ + std::to_string(++keys_));
    request.setContentType("application/json");
    request.setContentLength(static_cast<std::streamsize>(body.size()));
    std::string text;
    Poco::Net::HTTPResponse response;
    try {
      session_->sendRequest(request) << body;
      Poco::StreamCopier::copyToString(session_->receiveResponse(response), text);
    } catch (const Poco::Exception& e) {
      throw Refused("cannot reach the server: " + e.displayText());
    }
    Poco::JSON::Object::Ptr json;
    try {
      json = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
    } catch (const std::exception&) {
      throw Refused(method + " " + path + " answered " + std::to_string(response.getStatus()) + " without JSON: " + text);
    }
    if (response.getStatus() >= 300) {
      const auto error = json->getObject("error");
      throw Refused(error ? error->getValue<std::string>("code") + ": " + error->getValue<std::string>("message")
                          : method + " " + path + " answered " + std::to_string(response.getStatus()));
    }
    return json;
  }

 private:
  std::unique_ptr<Poco::Net::HTTPClientSession> session_;
  std::string token_;
  std::string keyPrefix_;
  int keys_ = 0;
};


std::string readCredential(const std::string& file) {
  std::ifstream in(file);
  std::string token;
  if (!std::getline(in, token) || token.empty()) {
    throw Refused("no credential in " + file + "; enrol first: pos-weighing-handheld --credential " + file + " enrol CODE");
  }
  return token;
}

// The token is a bearer credential: it goes to a file mkstemp() creates 0600, whatever the umask,
// which then replaces the old one whole. Nobody else can open it, and whoever held the old file
// open keeps reading the old token, never the new one.
void writeCredential(const std::string& file, const std::string& token) {
  std::string temporary = file + ".XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) throw Refused("cannot write the credential beside " + file + ": " + std::strerror(errno));
  const std::string line = token + "\n";
  bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
  written = ::close(fd) == 0 && written;
  if (!written || ::rename(temporary.c_str(), file.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(temporary.c_str());
    throw Refused("cannot write the credential to " + file + ": " + why);
  }
}

int enrol(const std::string& url, const std::string& credential, const std::string& code, const std::string& name,
          const std::string& laneId) {
  Poco::JSON::Object body;
  body.set("code", code);
  body.set("name", name);
  if (!laneId.empty()) body.set("lane_id", laneId);
  const auto device = Server(url, "").call("POST", "/api/v1/enrol", weighing::jsonText(body), false);
  const auto role = device->getValue<std::string>("role");
  if (role != "kiosk" && role != "lane") throw Refused("the code enrols a " + role + " device; a handheld needs a kiosk code");
  writeCredential(credential, device->getValue<std::string>("token"));
  std::cout << "enrolled as device " << device->getValue<std::string>("device_id") << " (" << role << ", store "
            << device->getValue<std::string>("store_id") << ")\n";
  return 0;
}

struct Scan {
  std::string code;
  int quantity = 1;
};

Scan parseScan(const std::string& text) {
  static const std::regex form(R"((\d{8,14})(?:x(\d{1,2}))?)");
  std::smatch match;
  if (!std::regex_match(text, match, form)) {
    throw Refused("--item must be CODE or CODExQTY (8 to 14 digits, quantity 1 to 99); got " + text);
  }
  return {match[1], match[2].matched ? std::stoi(match[2]) : 1};
}

int shop(const std::string& url, const std::string& credential, const std::vector<std::string>& items, bool pay,
         const std::string& reference, const std::string& qrPng) {
  std::vector<Scan> scans;
  for (const auto& item : items) scans.push_back(parseScan(item));
  Server server(url, readCredential(credential));
  auto order = server.call("POST", kOrders, "{}", true);
  const auto path = std::string(kOrders) + "/" + std::to_string(order->getValue<std::int64_t>("id"));
  for (const auto& scan : scans) {
    Poco::JSON::Object body;
    body.set("code", scan.code);
    body.set("quantity", scan.quantity);
    order = server.call("POST", path + "/items", weighing::jsonText(body), true);
  }
  order = server.call("POST", path + "/submit", "{}", false);
  const auto total = order->getValue<std::int64_t>("total_minor");
  std::cout << "order " << order->getValue<std::int64_t>("id") << ": " << order->getArray("items")->size()
            << " lines, total_minor " << total << " " << order->getValue<std::string>("currency") << "\n";
  if (!pay) return 0;
  Poco::JSON::Object payment;
  payment.set("method", "scan-to-pay");
  payment.set("reference", reference);
  payment.set("amount_minor", total);
  order = server.call("POST", path + "/pay", weighing::jsonText(payment), true);
  const auto qr = order->getValue<std::string>("qr");
  if (!qrPng.empty()) {
    if (const auto failed = weighing::tools::writeQrPng(qr, qrPng); !failed.empty()) throw Refused(failed);
  }
  std::cout << "ORDER " << order->getValue<std::string>("order_no") << "\n" << "QR " << qr << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) {
    std::cerr << "pos-weighing-handheld: libsodium cannot start\n";
    return 1;
  }
  CLI::App app{"A handheld scanner for the weighing plugin's server module"};
  std::string url = "http://127.0.0.1:8080";
  std::string credential = "handheld.credential";
  app.add_option("--server", url, "pos-server's address");
  app.add_option("--credential", credential, "the file that keeps the handheld's token");
  app.require_subcommand(1);

  std::string code, name = "handheld", laneId;
  auto* enrolCommand = app.add_subcommand("enrol", "enrol as a kiosk device with a one-time code");
  enrolCommand->add_option("code", code, "the enrolment code")->required();
  enrolCommand->add_option("--name", name, "the device's name");
  enrolCommand->add_option("--lane-id", laneId, "the handheld's id in the store");

  std::vector<std::string> items;
  bool pay = false;
  std::string reference = "SIM-PAY", qrPng;
  auto* shopCommand = app.add_subcommand("shop", "scan items into a new order, submit it and pay it");
  shopCommand->add_option("--item", items, "CODE or CODExQTY, repeatable")->required();
  shopCommand->add_flag("--pay", pay, "pay the total by scan-to-pay and print the exit pass");
  shopCommand->add_option("--reference", reference, "the payment's reference");
  shopCommand->add_option("--qr-png", qrPng, "write the exit pass QR as a PNG");
  CLI11_PARSE(app, argc, argv);

  try {
    if (*enrolCommand) return enrol(url, credential, code, name, laneId);
    return shop(url, credential, items, pay, reference, qrPng);
  } catch (const Refused& refused) {
    std::cerr << "pos-weighing-handheld: " << refused.what() << "\n";
    return 1;
  }
}
