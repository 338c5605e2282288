#include "src/exit/exit_result.hpp"
#include "driver/device_json.hpp"

#include <Poco/JSON/Object.h>

#include <algorithm>

namespace weighing::exit {

OutboxCall resultCall(const ExitResult& result) {
  Poco::JSON::Object body;
  body.set("verdict", result.verdict);
  const auto measured = std::clamp<std::int64_t>(result.measuredMg, 0, kMaxMeasuredMg);
  body.set("measured_mg", static_cast<Poco::Int64>(measured));
  if (result.netMg) body.set("net_mg", static_cast<Poco::Int64>(std::clamp<std::int64_t>(*result.netMg, 0, measured)));
  if (!result.supervisor.empty()) body.set("supervisor", result.supervisor);
  return {"/exit/" + result.orderId + "/result", jsonText(body), "exit:" + result.orderId};
}

}  // namespace weighing::exit
