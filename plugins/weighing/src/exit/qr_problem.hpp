#pragma once
#include <optional>
#include <string>

#include "possdk/server_client.hpp"

// Why /exit/verify refused a QR code, in words for the customer.
namespace weighing::exit {

struct QrProblem {
  std::string code;     // the server's error code: "order_used", ...
  std::string message;  // English msgid, translated when shown
};

// The problem for a refusal the customer can act on (malformed, bad signature, unknown, unpaid,
// used); nullopt for any other answer, which needs the attendant.
std::optional<QrProblem> qrProblem(const possdk::ServerReply& reply);

// The server's own message of an error body, or the status and the start of the body.
std::string serverMessage(const possdk::ServerReply& reply);

}  // namespace weighing::exit
