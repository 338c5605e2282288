#include "poscore/counter/counter_lane.hpp"

#include <stdexcept>

#include "poscore/catalog/catalog_csv.hpp"
#include "poscore/printer/printer_port_factory.hpp"
#include "poscore/receipt/receipt_settings.hpp"
#include "poscore/sale/promotion_store.hpp"
#include "poscore/sale/receipt_numbers.hpp"
#include "poscore/staff/demo_staff.hpp"
#include "poscore/sync/sale_upload.hpp"

namespace poscore::counter {
namespace {

template <typename T>
T must(possdk::Result<T> result, const std::string& what) {
  if (!result) throw std::runtime_error(what + ": " + result.error());
  return std::move(result.value());
}

std::string laneIdOf(const Config& config) { return must(sale::laneIdFrom(config), "the lane id (lane.id)"); }
sale::PricingRules pricingOf(const Config& config) { return must(sale::loadPricingRules(config), "the sale settings"); }

}  // namespace

CounterLane::CounterLane(LaneDb& db, const Config& config, std::shared_ptr<const possdk::Clock> clock,
                         const Catalogs* text, CheckoutRegistry& checkout, WeightSource* scale, Outbox* outbox,
                         EventBusCore* bus)
    : db_(db),
      clock_(std::move(clock)),
      pricing_(pricingOf(config)),
      catalog_(must(catalog::CatalogStore::open(db), "the catalog")),
      journal_(db, *clock_),
      ownOutbox_(outbox ? nullptr : std::make_unique<Outbox>(db, *clock_)),
      outbox_(outbox ? *outbox : *ownOutbox_),
      sales_(db, journal_, *clock_, laneIdOf(config)),
      staff_(db, *clock_),
      port_(must(printer::printerPortFrom(config, nullptr), "the receipt printer (printer.connection)")),
      queue_(std::make_unique<printer::PrintQueue>(db, *port_, *clock_)),
      printer_(std::make_unique<printer::ReceiptPrinter>(
          *queue_, must(receipt::receiptSettingsFrom(config, pricing_), "the receipt settings"))),
      heldReceipts_(db, *clock_),
      days_(db, *clock_),
      reportSource_(sales_, journal_) {
  // Every sale and return is queued for the store server as it completes, whether or not the lane
  // has a server yet: once it has one, nothing sold before is missing there.
  sales_.setCommitHook(sync::saleUploader(outbox_, sales_.laneId(), pricing_.currency));
  // The first business day opens with the lane, not with its first report, so it holds every sale.
  must(days_.current(), "the business day");
  sale::PromotionStore promotions(db);
  if (auto migrated = promotions.migrate(); !migrated) throw std::runtime_error("the promotions: " + migrated.error());
  CounterParts parts{*clock_,
                     CounterText(text),
                     *catalog_,
                     must(barcode::loadDecodeSettings(config, pricing_, clock_), "the barcode settings"),
                     pricing_,
                     must(promotions.load(), "the promotions"),
                     sales_,
                     journal_,
                     staff_,
                     *queue_,
                     *printer_,
                     days_,
                     reportSource_,
                     checkout,
                     heldReceipts_,
                     scale,
                     bus,
                     must(receiptPrintingFrom(config), "the receipt settings")};
  counter_ = std::make_unique<LaneCounter>(std::move(parts));
}

possdk::Status CounterLane::seedDemo(const Config& config) {
  if (auto file = config.get("demo.catalog"); file) {
    auto count = catalog_->count();
    if (!count) return possdk::Status::fail(count.error());
    if (count.value() == 0) {
      catalog::ImportOptions options;
      options.taxClasses = pricing_.taxClassCodes();
      auto imported = catalog::importCatalogCsvFile(*catalog_, config.resolvePath(*file), options);
      if (!imported) return possdk::Status::fail(imported.error());
      if (!imported.value().clean()) {
        return possdk::Status::fail("the demo catalog " + *file + " has issues: " + catalog::describe(imported.value().issues.front()));
      }
    }
  }
  if (auto file = config.get("demo.promotions"); file) {
    sale::PromotionStore promotions(db_);
    auto loaded = promotions.load();
    if (!loaded) return possdk::Status::fail(loaded.error());
    if (loaded.value().items.empty()) {
      auto imported = sale::importPromotionsFile(promotions, config.resolvePath(*file), pricing_.decimals);
      if (!imported) return possdk::Status::fail(imported.error());
      auto now = promotions.load();
      if (!now) return possdk::Status::fail(now.error());
      counter_->setPromotions(std::move(now.value()));
    }
  }
  if (config.get("demo.staff") == std::optional<std::string>("true")) {
    auto seeded = staff::seedDemoStaff(staff_);
    if (!seeded) return possdk::Status::fail(seeded.error());
  }
  return possdk::Status::ok();
}

}  // namespace poscore::counter
