#pragma once
#include <optional>
#include <string>

#include "poscore/catalog/catalog_store.hpp"
#include "poscore/sale/sale.hpp"
#include "poscore/services/event_bus.hpp"

namespace poscore::counter {

// The sale.* bus topics (docs/weighing.md), sender "host", published once a change to the sale is
// in the lane database. The bagging-area checks follow the sale through them.
//
// Returns publish nothing: their items go back over the counter, never into the bagging area.
// A suspended sale publishes nothing either; when it is resumed its lines are added again.
class SaleEvents {
 public:
  // `bus` null: nothing is published (a counter without a runtime, as in some tools).
  SaleEvents(EventBusCore* bus, catalog::CatalogStore& catalog) : bus_(bus), catalog_(catalog) {}

  // sale.line_added, sale.line_changed (quantity) and sale.line_voided for what differs between
  // the sale shown `before` (nullopt or another sale: none of its lines) and `after`.
  void changed(const std::optional<sale::Sale>& before, const sale::Sale& after);
  void completed(const sale::Sale& sale);
  void cancelled(const sale::Sale& sale);

 private:
  void publish(const std::string& topic, const std::string& payload);
  std::string linePayload(const sale::Sale& sale, const sale::SaleLine& line);

  EventBusCore* bus_;
  catalog::CatalogStore& catalog_;
};

}  // namespace poscore::counter
