#pragma once
#include <chrono>
#include <cstdint>
#include <string>

#include "poscore/sale/promotion.hpp"
#include "poscore/sale/reprice.hpp"
#include "poscore/sale/sale.hpp"
#include "poscore/sale/tax_rules.hpp"

// Small builders for sales in tests: lines with the fields a scan fills, and a reprice that must succeed.
namespace saletest {

using poscore::Money;
using namespace poscore::sale;

inline Money yuan(std::int64_t minor) { return Money::minor(minor); }

inline SaleLine piece(int lineNo, const std::string& sku, std::int64_t priceMinor, std::int64_t quantity = 1,
                      const std::string& taxClass = "A") {
  SaleLine line;
  line.lineNo = lineNo;
  line.sku = sku;
  line.nameEn = "Item " + sku;
  line.nameZh = "商品 " + sku;
  line.taxClass = taxClass;
  line.quantity = quantity;
  line.unitPrice = Money::minor(priceMinor);
  return line;
}

inline SaleLine weighed(int lineNo, const std::string& sku, std::int64_t pricePerKgMinor, std::int64_t grams,
                        const std::string& taxClass = "B") {
  SaleLine line = piece(lineNo, sku, pricePerKgMinor, grams, taxClass);
  line.unit = poscore::catalog::SaleUnit::Weight;
  return line;
}

inline Sale openSale(std::vector<SaleLine> lines, SaleKind kind = SaleKind::Sale) {
  Sale sale;
  sale.id = "S-1";
  sale.kind = kind;
  sale.lines = std::move(lines);
  return sale;
}

inline std::chrono::system_clock::time_point at(const std::string& iso) { return *parseIsoInstant(iso); }

inline const std::chrono::system_clock::time_point kNoon = at("2026-11-22T12:00:00+08:00");

inline Sale priced(Sale sale, const PricingRules& rules = defaultPricingRules(), const Promotions& promotions = {},
                   std::chrono::system_clock::time_point now = kNoon) {
  const auto status = reprice(sale, rules, promotions, now);
  if (!status) throw std::runtime_error("reprice refused: " + status.error());
  return sale;
}

inline Money adjustmentsOf(const SaleLine& line) {
  Money sum;
  for (const auto& adjustment : line.adjustments) sum += adjustment.amount;
  return sum;
}

}  // namespace saletest
