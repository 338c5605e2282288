#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "possdk/status.hpp"

// How a plugin takes part in a sale at the counter or the self-checkout lane: a way to pay, a
// code the catalog does not know, lines of its own on the receipt. Amounts are minor units of the
// lane currency. The sale crosses as JSON text (the same record the journal keeps), since the SDK
// carries no JSON library and no host types.
namespace possdk {

struct TenderRequest {
  std::string saleId;
  std::int64_t dueMinor = 0;  // what is still due (a refund: what to give back), always > 0
  std::string currency;       // ISO 4217, e.g. "CNY"
  std::string saleJson;       // the sale as it stands, for tenders that depend on the items
};

struct TenderApproval {
  std::int64_t amountMinor = 0;  // what the tender covers: more than 0, at most dueMinor
  std::string reference;         // printed on the receipt, kept for refunds and disputes
};

// A way to pay that a plugin adds (coupons, points). The counter lists it beside cash and card.
class TenderProvider {
 public:
  virtual ~TenderProvider() = default;
  virtual std::string id() const = 0;     // the tender kind, unique on the lane: "points"
  virtual std::string label() const = 0;  // in the current language
  // May show the plugin's own screens first. Calls `done` exactly once, on the UI thread, with the
  // approval or the reason the customer cannot pay this way (shown to the cashier as it is).
  virtual void pay(const TenderRequest& request, std::function<void(Result<TenderApproval>)> done) = 0;
  // Gives back part or all of an earlier approval, for a return.
  virtual void refund(const std::string& reference, std::int64_t amountMinor, std::function<void(Status)> done) = 0;
};

// An item a plugin sells that is not in the catalog (a gift card, a service, a deposit).
struct LookupItem {
  std::string sku;
  std::string nameEn;
  std::string nameZh;
  std::int64_t priceMinor = 0;
  std::string taxClass;
};

// Asked about a scanned or keyed code the catalog does not know, before the cashier is told it is
// unknown. Returns nullopt when the code is not the plugin's.
class CodeLookup {
 public:
  virtual ~CodeLookup() = default;
  virtual std::optional<LookupItem> lookup(const std::string& code) = 0;
};

struct ReceiptText {
  std::string text;
  bool bold = false;
  bool centered = false;
};

// Lines a plugin adds at the foot of a receipt (points earned, a coupon for next time).
class ReceiptSection {
 public:
  virtual ~ReceiptSection() = default;
  virtual std::vector<ReceiptText> linesFor(const std::string& saleJson) = 0;
};

// Where a plugin registers them. Everything a plugin registered is removed when it stops or fails.
class Checkout {
 public:
  virtual ~Checkout() = default;
  // Refused when the id is empty or another tender already uses it.
  virtual Status addTender(std::shared_ptr<TenderProvider> tender) = 0;
  virtual Status addLookup(std::shared_ptr<CodeLookup> lookup) = 0;
  virtual Status addReceiptSection(std::shared_ptr<ReceiptSection> section) = 0;
};

}  // namespace possdk
