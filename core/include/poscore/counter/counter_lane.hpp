#pragma once
#include <memory>
#include <optional>

#include "poscore/counter/lane_counter.hpp"
#include "poscore/i18n/catalogs.hpp"
#include "poscore/printer/printer_port.hpp"
#include "poscore/reports/lane_report_source.hpp"
#include "poscore/services/config.hpp"
#include "poscore/services/event_bus.hpp"
#include "poscore/services/lane_db.hpp"
#include "poscore/services/outbox.hpp"

namespace poscore::counter {

// The counter of one lane, built from its settings: catalog, pricing, sale store and journal, staff,
// printer and its queue, business days and reports, wired into one LaneCounter. "receipt.print"
// ("always" or "on_request", see ReceiptPrinting) is the counter's own choice; a self-checkout
// session turns it to on_request while it drives the counter.
class CounterLane {
 public:
  // Throws std::runtime_error naming the setting that is wrong and what to do. Completed sales are
  // queued in `outbox` (the runtime's, whose sync client then sends them at once), or in the
  // lane's own outbox when it is null (sent at the next round of whatever syncs the lane).
  // The sale.* topics go to `bus` (the runtime's), or nowhere when it is null.
  CounterLane(LaneDb& db, const Config& config, std::shared_ptr<const possdk::Clock> clock, const Catalogs* text,
              CheckoutRegistry& checkout, WeightSource* scale, Outbox* outbox = nullptr, EventBusCore* bus = nullptr);

  // Fills an empty lane with the demo's catalog, promotions and staff when the settings name them
  // ("demo.catalog", "demo.promotions", "demo.staff": true); a lane that has data is left alone.
  possdk::Status seedDemo(const Config& config);

  CounterSession& session() { return *counter_; }
  catalog::CatalogStore& catalog() { return *catalog_; }

 private:
  LaneDb& db_;
  std::shared_ptr<const possdk::Clock> clock_;
  sale::PricingRules pricing_;
  std::optional<catalog::CatalogStore> catalog_;
  journal::Journal journal_;
  std::unique_ptr<Outbox> ownOutbox_;
  Outbox& outbox_;
  sale::SaleStore sales_;
  staff::StaffStore staff_;
  std::unique_ptr<printer::PrinterPort> port_;
  std::unique_ptr<printer::PrintQueue> queue_;
  std::unique_ptr<printer::ReceiptPrinter> printer_;
  HeldReceipts heldReceipts_;
  reports::BusinessDays days_;
  reports::LaneReportSource reportSource_;
  std::unique_ptr<LaneCounter> counter_;
};

}  // namespace poscore::counter
