#include "sale_json_names.hpp"

#include <array>
#include <utility>

namespace poscore::sale {
namespace {

template <typename E, std::size_t N>
using Words = std::array<std::pair<E, std::string_view>, N>;

constexpr Words<SaleKind, 2> kSaleKinds{{{SaleKind::Sale, "sale"}, {SaleKind::Return, "return"}}};
constexpr Words<SaleState, 4> kSaleStates{{{SaleState::Open, "open"},
                                           {SaleState::Suspended, "suspended"},
                                           {SaleState::Completed, "completed"},
                                           {SaleState::Cancelled, "cancelled"}}};
constexpr Words<catalog::SaleUnit, 2> kUnits{{{catalog::SaleUnit::Each, "each"}, {catalog::SaleUnit::Weight, "weight"}}};
constexpr Words<AdjustmentKind, 3> kAdjustmentKinds{{{AdjustmentKind::Promotion, "promotion"},
                                                     {AdjustmentKind::LineDiscount, "line-discount"},
                                                     {AdjustmentKind::SaleDiscount, "sale-discount"}}};
constexpr Words<ManualDiscount::Kind, 2> kDiscountKinds{
    {{ManualDiscount::Kind::Percent, "percent"}, {ManualDiscount::Kind::Amount, "amount"}}};

template <typename E, std::size_t N>
std::string_view wordOf(const Words<E, N>& words, E value) {
  for (const auto& [v, word] : words) {
    if (v == value) return word;
  }
  return "?";
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const Words<E, N>& words, std::string_view word) {
  for (const auto& [v, w] : words) {
    if (w == word) return v;
  }
  return std::nullopt;
}

}  // namespace

std::string_view toWord(SaleKind kind) { return wordOf(kSaleKinds, kind); }
std::string_view toWord(SaleState state) { return wordOf(kSaleStates, state); }
std::string_view toWord(catalog::SaleUnit unit) { return wordOf(kUnits, unit); }
std::string_view toWord(AdjustmentKind kind) { return wordOf(kAdjustmentKinds, kind); }
std::string_view toWord(ManualDiscount::Kind kind) { return wordOf(kDiscountKinds, kind); }

std::optional<SaleKind> saleKindFromWord(std::string_view word) { return valueOf(kSaleKinds, word); }
std::optional<SaleState> saleStateFromWord(std::string_view word) { return valueOf(kSaleStates, word); }
std::optional<catalog::SaleUnit> saleUnitFromWord(std::string_view word) { return valueOf(kUnits, word); }
std::optional<AdjustmentKind> adjustmentKindFromWord(std::string_view word) { return valueOf(kAdjustmentKinds, word); }
std::optional<ManualDiscount::Kind> discountKindFromWord(std::string_view word) { return valueOf(kDiscountKinds, word); }

}  // namespace poscore::sale
