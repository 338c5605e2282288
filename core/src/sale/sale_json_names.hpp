#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "poscore/sale/sale.hpp"

// The words the sale's enumerations are written as, in JSON and in the sale store's columns.
namespace poscore::sale {

std::string_view toWord(SaleKind kind);
std::string_view toWord(SaleState state);
std::string_view toWord(catalog::SaleUnit unit);
std::string_view toWord(AdjustmentKind kind);
std::string_view toWord(ManualDiscount::Kind kind);

// nullopt for a word that names no value.
std::optional<SaleKind> saleKindFromWord(std::string_view word);
std::optional<SaleState> saleStateFromWord(std::string_view word);
std::optional<catalog::SaleUnit> saleUnitFromWord(std::string_view word);
std::optional<AdjustmentKind> adjustmentKindFromWord(std::string_view word);
std::optional<ManualDiscount::Kind> discountKindFromWord(std::string_view word);

}  // namespace poscore::sale
