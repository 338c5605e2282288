#include "counter/counter_keys.hpp"

#include <algorithm>

namespace pos {

const std::vector<CounterKey>& counterKeyMap() {
  using C = CounterCommand;
  static const std::vector<CounterKey> map{
      {"F1", C::SignOnOff},          {"F2", C::Quantity},          {"F3", C::VoidLine},
      {"F4", C::PriceOverride},      {"F5", C::LineDiscount},      {"F6", C::SaleDiscount},
      {"F7", C::TenderCash},         {"F8", C::TenderCard},        {"Shift+F1", C::OtherTender},
      {"Shift+F2", C::Suspend},      {"Shift+F3", C::Resume},      {"Shift+F4", C::CancelSale},
      {"Shift+F5", C::NoSale},       {"Shift+F6", C::Return},      {"Shift+F7", C::ReprintLast},
      {"Shift+F8", C::XReport},      {"Shift+F9", C::ZReport},     {"Shift+F11", C::Language},
  };
  return map;
}

std::optional<CounterCommand> counterCommandFor(const std::string& key) {
  const auto& map = counterKeyMap();
  const auto found = std::find_if(map.begin(), map.end(), [&](const CounterKey& k) { return k.key == key; });
  if (found == map.end()) return std::nullopt;
  return found->command;
}

std::string counterKeyOf(CounterCommand command) {
  const auto& map = counterKeyMap();
  const auto found = std::find_if(map.begin(), map.end(), [&](const CounterKey& k) { return k.command == command; });
  return found == map.end() ? std::string() : found->key;
}

std::string counterCommandLabel(CounterCommand command, const Translate& tr) {
  switch (command) {
    case CounterCommand::SignOnOff: return tr("Sign on/off");
    case CounterCommand::Quantity: return tr("Quantity");
    case CounterCommand::VoidLine: return tr("Void line");
    case CounterCommand::PriceOverride: return tr("Price override");
    case CounterCommand::LineDiscount: return tr("Line discount");
    case CounterCommand::SaleDiscount: return tr("Sale discount");
    case CounterCommand::TenderCash: return tr("Cash");
    case CounterCommand::TenderCard: return tr("Card");
    case CounterCommand::OtherTender: return tr("Other tender");
    case CounterCommand::Suspend: return tr("Suspend");
    case CounterCommand::Resume: return tr("Resume");
    case CounterCommand::CancelSale: return tr("Cancel sale");
    case CounterCommand::NoSale: return tr("No sale");
    case CounterCommand::Return: return tr("Return");
    case CounterCommand::ReprintLast: return tr("Reprint last");
    case CounterCommand::XReport: return tr("X report");
    case CounterCommand::ZReport: return tr("Z report");
    case CounterCommand::Language: return tr("Language");
  }
  return {};
}

}  // namespace pos
