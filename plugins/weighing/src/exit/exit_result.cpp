#include "src/exit/exit_result.hpp"

#include <Poco/JSON/Object.h>

#include <sstream>

namespace weighing::exit {

OutboxCall resultCall(const ExitResult& result) {
  Poco::JSON::Object body;
  body.set("verdict", result.verdict);
  body.set("measured_mg", static_cast<Poco::Int64>(result.measuredMg));
  if (!result.supervisor.empty()) body.set("supervisor", result.supervisor);
  std::ostringstream out;
  body.stringify(out);
  return {"/exit/" + result.orderId + "/result", out.str(), "exit:" + result.orderId};
}

}  // namespace weighing::exit
