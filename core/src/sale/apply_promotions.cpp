#include "apply_promotions.hpp"

#include <algorithm>
#include <map>

#include "pro_rata.hpp"

namespace poscore::sale {
namespace {

bool takesPart(const SaleLine& line, SaleKind kind) {
  return kind == SaleKind::Sale && !line.voided && !line.returnOfLine && !line.priceOverride && !line.embeddedPrice &&
         line.quantity > 0;
}

Adjustment promotionAdjustment(const Promotion& promotion, Money amount) {
  return Adjustment{AdjustmentKind::Promotion, promotion.id, promotion.labelEn, promotion.labelZh, amount};
}

// The line's price per piece or kilogram after time prices, by line index.
std::vector<Money> applyTimePrices(Sale& sale, const Promotions& promotions,
                                   std::chrono::system_clock::time_point now) {
  std::vector<Money> prices;
  for (auto& line : sale.lines) {
    prices.push_back(line.unitPrice);
    if (!takesPart(line, sale.kind)) continue;
    const Promotion* best = nullptr;
    for (const auto& promotion : promotions.items) {
      if (promotion.kind != Promotion::Kind::TimePrice || !promotion.coversSku(line.sku) ||
          !promotion.activeAt(now, promotions.utcOffsetMinutes)) {
        continue;
      }
      if (promotion.price < prices.back() && (!best || promotion.price < best->price)) best = &promotion;
    }
    if (!best) continue;
    prices.back() = best->price;
    line.adjustments.push_back(promotionAdjustment(*best, grossAt(line, best->price) - line.gross));
  }
  return prices;
}

struct Piece {
  std::size_t line;
  Money price;
};

void applyMultiBuy(Sale& sale, const Promotion& promotion, const std::vector<Money>& prices,
                   std::vector<std::int64_t>& claimed) {
  std::vector<Piece> pieces;
  for (std::size_t i = 0; i < sale.lines.size(); ++i) {
    const auto& line = sale.lines[i];
    if (!takesPart(line, sale.kind) || line.unit != catalog::SaleUnit::Each || !promotion.coversSku(line.sku)) continue;
    for (std::int64_t n = claimed[i]; n < line.quantity; ++n) pieces.push_back({i, prices[i]});
  }
  std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.price > b.price; });
  const auto groupSize = static_cast<std::size_t>(promotion.quantity);
  std::map<std::size_t, Money> savings;
  for (std::size_t start = 0; start + groupSize <= pieces.size(); start += groupSize) {
    std::vector<std::int64_t> weights;
    Money asSingles;
    for (std::size_t k = start; k < start + groupSize; ++k) {
      weights.push_back(pieces[k].price.minorUnits());
      asSingles += pieces[k].price;
    }
    if (asSingles <= promotion.price) continue;
    const auto parts = splitProRata(promotion.price - asSingles, weights);
    for (std::size_t k = 0; k < groupSize; ++k) {
      savings[pieces[start + k].line] += parts[k];
      ++claimed[pieces[start + k].line];
    }
  }
  for (const auto& [index, saving] : savings) {
    if (!saving.isZero()) sale.lines[index].adjustments.push_back(promotionAdjustment(promotion, saving));
  }
}

}  // namespace

Money grossAt(const SaleLine& line, Money unitPrice) {
  if (line.unit == catalog::SaleUnit::Weight) {
    return Money::minor(mulDivRound(line.quantity, unitPrice.minorUnits(), 1000));
  }
  return Money::minor(line.quantity * unitPrice.minorUnits());
}

void applyPromotions(Sale& sale, const Promotions& promotions, std::chrono::system_clock::time_point now) {
  if (sale.kind != SaleKind::Sale) return;
  const auto prices = applyTimePrices(sale, promotions, now);
  std::vector<std::int64_t> claimed(sale.lines.size(), 0);
  for (const auto& promotion : promotions.items) {
    if (promotion.kind == Promotion::Kind::MultiBuy && promotion.activeAt(now, promotions.utcOffsetMinutes)) {
      applyMultiBuy(sale, promotion, prices, claimed);
    }
  }
}

}  // namespace poscore::sale
