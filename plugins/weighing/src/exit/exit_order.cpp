#include "src/exit/exit_order.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cctype>
#include <optional>

namespace weighing::exit {
namespace {

using Poco::JSON::Object;

struct Bad {
  std::string message;
};

std::int64_t wholeNumber(const Object& o, const std::string& key, const std::string& where, std::int64_t min) {
  const auto value = o.get(key);
  if (value.isEmpty()) return 0;
  if (!value.isInteger() || value.convert<Poco::Int64>() < min) {
    throw Bad{where + "." + key + ": expected a whole number of at least " + std::to_string(min)};
  }
  return value.convert<Poco::Int64>();
}

bool safeId(const std::string& id) {
  return !id.empty() && id.size() <= 128 && std::all_of(id.begin(), id.end(), [](unsigned char c) {
           return std::isalnum(c) || c == '.' || c == '_' || c == '-';
         });
}

// The server sends count, mean and spread; Welford's m2 follows from them.
std::optional<WeightStats> learned(const Object& weight, const std::string& where) {
  const auto count = wholeNumber(weight, "count", where, 0);
  if (count == 0) return std::nullopt;
  const auto mean = wholeNumber(weight, "mean_mg", where, 0);
  const auto spread = wholeNumber(weight, "spread_mg", where, 0);
  WeightStats stats;
  stats.count = count;
  stats.meanMg = static_cast<double>(mean);
  stats.m2 = static_cast<double>(spread) * static_cast<double>(spread) * static_cast<double>(count - 1);
  return stats;
}

ItemWeight item(const Object& o, const std::string& where) {
  ItemWeight w;
  w.sku = o.optValue<std::string>("sku", "");
  if (w.sku.empty()) throw Bad{where + ".sku: missing; every line names its item"};
  w.quantity = wholeNumber(o, "quantity", where, 1);
  if (w.quantity == 0) throw Bad{where + ".quantity: missing"};
  if (const auto weight = o.getObject("weight")) {
    const auto at = where + ".weight";
    w.learned = learned(*weight, at);
    w.catalogMg = wholeNumber(*weight, "catalog_mg", at, 0);
    w.catalogSpreadMg = wholeNumber(*weight, "catalog_spread_mg", at, 0);
  }
  return w;
}

ExitOrder order(const Object& o) {
  ExitOrder out;
  out.id = o.get("id").isEmpty() ? "" : o.get("id").convert<std::string>();
  if (!safeId(out.id)) throw Bad{"order.id: '" + out.id + "' is not an order id (1 to 128 of A-Z a-z 0-9 . _ -)"};
  out.orderNo = o.optValue<std::string>("order_no", "");
  const auto items = o.getArray("items");
  if (!items || items->size() == 0) throw Bad{"order.items: the order has no items to weigh"};
  for (unsigned i = 0; i < items->size(); ++i) {
    const auto where = "order.items[" + std::to_string(i) + "]";
    const auto line = items->getObject(i);
    if (!line) throw Bad{where + ": expected an object"};
    out.items.push_back(item(*line, where));
  }
  return out;
}

}  // namespace

possdk::Result<ExitOrder> parseExitOrder(const std::string& body) {
  try {
    const auto root = Poco::JSON::Parser().parse(body).extract<Object::Ptr>();
    const auto o = root ? root->getObject("order") : nullptr;
    if (!o) return possdk::Result<ExitOrder>::fail("order: missing from the server's answer to /exit/verify");
    return order(*o);
  } catch (const Bad& bad) {
    return possdk::Result<ExitOrder>::fail(bad.message + " (in the server's answer to /exit/verify)");
  } catch (const Poco::Exception& e) {
    return possdk::Result<ExitOrder>::fail("the server's answer to /exit/verify is not an order: " + e.displayText());
  }
}

}  // namespace weighing::exit
