#include "src/exit/qr_problem.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <array>

namespace weighing::exit {
namespace {

struct Known {
  int status;
  const char* code;
  const char* message;
};

constexpr std::array kKnown{
    Known{422, "qr_malformed", "This is not an order QR code. Scan the QR code on your order's payment screen."},
    Known{422, "qr_signature_invalid", "This QR code was not issued by the store. Please see a member of staff."},
    Known{404, "order_unknown", "The store does not know this order. Please see a member of staff."},
    Known{409, "order_unpaid", "This order has not been paid yet. Please pay for it first."},
    Known{409, "order_used", "This order has already left the store. Please see a member of staff."},
    Known{409, "order_in_use", "This order is being checked at another exit. Please see a member of staff."},
};

Poco::JSON::Object::Ptr errorOf(const std::string& body) {
  try {
    const auto root = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
    return root ? root->getObject("error") : nullptr;
  } catch (const Poco::Exception&) {
    return nullptr;
  }
}

}  // namespace

std::optional<QrProblem> qrProblem(const possdk::ServerReply& reply) {
  const auto error = errorOf(reply.body);
  if (!error) return std::nullopt;
  const auto code = error->optValue<std::string>("code", "");
  for (const auto& k : kKnown) {
    if (k.status == reply.status && code == k.code) return QrProblem{k.code, k.message};
  }
  return std::nullopt;
}

std::string serverMessage(const possdk::ServerReply& reply) {
  if (const auto error = errorOf(reply.body)) {
    const auto message = error->optValue<std::string>("message", "");
    if (!message.empty()) return "HTTP " + std::to_string(reply.status) + ": " + message;
  }
  return "HTTP " + std::to_string(reply.status) + ": " + reply.body.substr(0, 200);
}

}  // namespace weighing::exit
