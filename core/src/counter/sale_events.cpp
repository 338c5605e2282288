#include "poscore/counter/sale_events.hpp"

#include <Poco/JSON/Object.h>

#include <algorithm>

#include "poscore/services/json_text.hpp"
#include "poscore/services/log.hpp"

namespace poscore::counter {
namespace {

// The documented key order, so the payload reads as docs/weighing.md lists it.
Poco::JSON::Object ordered() { return Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER); }

// Grams the catalog expects, or null when it does not know (0).
Poco::Dynamic::Var gramsOrNull(std::int64_t grams) { return grams > 0 ? Poco::Dynamic::Var(grams) : Poco::Dynamic::Var(); }

const sale::SaleLine* lineIn(const sale::Sale& sale, int lineNo) {
  auto found = std::find_if(sale.lines.begin(), sale.lines.end(), [&](const auto& l) { return l.lineNo == lineNo; });
  return found == sale.lines.end() ? nullptr : &*found;
}

}  // namespace

void SaleEvents::changed(const std::optional<sale::Sale>& before, const sale::Sale& after) {
  if (after.kind == sale::SaleKind::Return) return;
  const sale::Sale* earlier = before && before->id == after.id ? &*before : nullptr;
  for (const auto& line : after.lines) {
    const auto* was = earlier ? lineIn(*earlier, line.lineNo) : nullptr;
    if (!was || was->voided) {
      if (!line.voided) publish("sale.line_added", linePayload(after, line));
    } else if (line.voided) {
      auto payload = ordered();
      payload.set("sale_id", after.id);
      payload.set("line_no", line.lineNo);
      publish("sale.line_voided", jsonText(payload));
    } else if (line.quantity != was->quantity) {
      publish("sale.line_changed", linePayload(after, line));
    }
  }
}

void SaleEvents::completed(const sale::Sale& sale) {
  if (sale.kind == sale::SaleKind::Return) return;
  auto payload = ordered();
  payload.set("sale_id", sale.id);
  payload.set("receipt_no", sale.receiptNo);
  publish("sale.completed", jsonText(payload));
}

void SaleEvents::cancelled(const sale::Sale& sale) {
  if (sale.kind == sale::SaleKind::Return) return;
  auto payload = ordered();
  payload.set("sale_id", sale.id);
  publish("sale.cancelled", jsonText(payload));
}

void SaleEvents::publish(const std::string& topic, const std::string& payload) {
  if (bus_) bus_->publish("host", topic, payload);
}

// A piece line: quantity in pieces, no weight of its own. A weighed line: quantity 1 and its net
// grams (null for a price-embedded label, which carries no weight). Expected grams and spread
// are the catalog's, per piece, null when it has none (or for a plugin's item).
std::string SaleEvents::linePayload(const sale::Sale& sale, const sale::SaleLine& line) {
  std::int64_t expected = 0;
  std::int64_t spread = 0;
  if (line.productId != 0) {
    auto product = catalog_.findBySku(line.sku);
    if (product && product.value()) {
      expected = product.value()->expectedWeightGrams;
      spread = product.value()->weightSpreadGrams;
    } else if (!product) {
      LogSink::instance().write(possdk::LogLevel::Warning, "counter",
                                "sale " + sale.id + " line " + std::to_string(line.lineNo) +
                                    ": no expected weight, the catalog failed: " + product.error());
    }
  }
  const bool weighed = line.unit == catalog::SaleUnit::Weight;
  auto payload = ordered();
  payload.set("sale_id", sale.id);
  payload.set("line_no", line.lineNo);
  payload.set("sku", line.sku);
  payload.set("barcode", line.scannedCode);
  payload.set("quantity", weighed ? std::int64_t{1} : line.quantity);
  payload.set("weight_grams", weighed && !line.embeddedPrice ? Poco::Dynamic::Var(line.quantity) : Poco::Dynamic::Var());
  payload.set("expected_grams", gramsOrNull(expected));
  payload.set("spread_grams", gramsOrNull(spread));
  return jsonText(payload);
}

}  // namespace poscore::counter
