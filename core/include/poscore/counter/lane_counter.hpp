#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "poscore/barcode/decode.hpp"
#include "poscore/barcode/decode_settings.hpp"
#include "poscore/catalog/catalog_store.hpp"
#include "poscore/counter/checkout_registry.hpp"
#include "poscore/counter/counter_session.hpp"
#include "poscore/counter/counter_text.hpp"
#include "poscore/counter/held_receipts.hpp"
#include "poscore/counter/printer_text.hpp"
#include "poscore/counter/sale_events.hpp"
#include "poscore/counter/weight_source.hpp"
#include "poscore/journal/journal.hpp"
#include "poscore/printer/print_queue.hpp"
#include "poscore/printer/receipt_printer.hpp"
#include "poscore/reports/business_days.hpp"
#include "poscore/reports/report_source.hpp"
#include "poscore/sale/promotion.hpp"
#include "poscore/sale/sale_store.hpp"
#include "poscore/sale/tax_rules.hpp"
#include "poscore/sale/tender_rules.hpp"
#include "poscore/staff/staff_store.hpp"
#include "possdk/clock.hpp"

namespace poscore::counter {

// Everything the counter works with, owned elsewhere (see CounterLane, which builds them from the
// lane's settings; tests build them by hand).
struct CounterParts {
  const possdk::Clock& clock;
  CounterText text;
  catalog::CatalogStore& catalog;
  barcode::DecodeSettings decode;
  sale::PricingRules pricing;
  sale::Promotions promotions;
  sale::SaleStore& sales;
  journal::Journal& journal;
  staff::StaffStore& staff;
  printer::PrintQueue& printQueue;
  printer::ReceiptPrinter& printer;
  reports::BusinessDays& days;
  reports::ReportSource& reportSource;
  CheckoutRegistry& checkout;
  HeldReceipts& heldReceipts;
  WeightSource* scale = nullptr;  // null: no scale at this counter
  EventBusCore* bus = nullptr;    // where the sale.* topics go; null: nowhere
  ReceiptPrinting receiptPrinting = ReceiptPrinting::Always;
};

// The counter session of one lane. Every change to the open sale is priced and saved to the lane
// database before the screen hears of it, so a crash at any point restores the sale as it was shown.
class LaneCounter final : public CounterSession {
 public:
  // Restores the sale that was open when the lane last stopped.
  explicit LaneCounter(CounterParts parts);

  const View& view() const override { return view_; }
  void onChange(std::function<void()> listener) override { listeners_.push_back(std::move(listener)); }
  void dismissNotices() override;
  void poll() override;
  // New promotions (a fresh demo lane, an import) apply from the next change to the sale.
  void setPromotions(sale::Promotions promotions) { parts_.promotions = std::move(promotions); }

  possdk::Status signOn(const std::string& staffId, const std::string& pin) override;
  possdk::Status signOff() override;

  possdk::Status scan(const std::string& code) override;
  possdk::Status setQuantity(int lineNo, std::int64_t quantity) override;
  possdk::Status voidLine(int lineNo) override;
  possdk::Status overridePrice(int lineNo, Money price, const std::string& reason,
                               const std::optional<Approval>& approval) override;
  possdk::Status discountLine(int lineNo, sale::ManualDiscount discount, const std::optional<Approval>& approval) override;
  possdk::Status discountSale(sale::ManualDiscount discount, const std::optional<Approval>& approval) override;
  possdk::Status cancelSale(const std::string& reason) override;

  possdk::Status suspend() override;
  std::vector<SuspendedSale> suspended() const override;
  possdk::Status resume(const std::string& saleId) override;

  std::vector<std::pair<std::string, std::string>> tenderKinds() const override;
  possdk::Status tender(const std::string& kind, Money amount, const std::string& reference) override;

  possdk::Status noSale(const std::string& reason) override;
  possdk::Status reprintLast() override;
  ReceiptPrinting receiptPrinting() const override { return parts_.receiptPrinting; }
  void setReceiptPrinting(ReceiptPrinting printing) override { parts_.receiptPrinting = printing; }
  possdk::Result<Paper> printReceipt(const std::string& receiptNo) override;

  possdk::Status startReturn(const std::string& receiptNo) override;
  possdk::Status returnLine(int originalLineNo, std::int64_t quantity) override;
  possdk::Status completeReturn(const std::optional<Approval>& approval) override;

  possdk::Result<std::string> xReport() override;
  possdk::Result<std::string> zReport(const std::optional<Approval>& approval) override;

 private:
  struct PendingPayment {
    std::string saleId;
    std::string kind;
    std::string pluginId;
    std::shared_ptr<possdk::TenderProvider> provider;
    Money amount;
  };
  struct ReturnContext {
    sale::Sale original;
    std::vector<sale::Sale> earlier;
  };

  possdk::Status fail(const std::string& msgid, std::initializer_list<std::string> values = {}) const;
  possdk::Status needStaff() const;
  possdk::Status needOpenSale() const;
  possdk::Status needNoPayment() const;
  possdk::Status needNotWaiting() const;
  possdk::Status needLine(int lineNo) const;
  // The supervisor who allows it: the signed-on user when a supervisor, else the approval's.
  possdk::Result<std::string> authorize(const std::optional<Approval>& approval);
  // Applies `edit` to a copy of the open sale, prices and saves it, then shows it; any failure
  // leaves the sale as it was.
  possdk::Status changeSale(const std::function<possdk::Status(sale::Sale&)>& edit);
  possdk::Status show(sale::Sale draft);
  sale::Sale newSale(sale::SaleKind kind) const;
  possdk::Result<sale::SaleLine> lineFor(const std::string& code);
  possdk::Result<sale::SaleLine> lineForPluginItem(const std::string& code);
  possdk::Status measure(sale::SaleLine& line, const catalog::Product& product, const barcode::Decoded& decoded);
  void warnAbout(const catalog::Product& product);
  sale::TenderKinds kindsWithPlugins() const;
  possdk::Status payWithPlugin(const CheckoutRegistry::TenderEntry& entry, Money amount);
  void settlePending(possdk::Result<possdk::TenderApproval> approval);
  void giveBack(const PendingPayment& asked, const possdk::TenderApproval& approval);
  possdk::Status applyPayment(const std::string& kind, Money amount, const std::string& reference);
  possdk::Status complete(sale::Sale draft, Money change);
  // Whether this completed sale waits for printReceipt() rather than printing now.
  bool holdsReceipt(const sale::Sale& sale) const;
  void refundPluginTenders(const sale::Sale& refund);
  void handBack(const sale::Tender& tender);
  // Runs printer work after a sale is committed: a database failure there becomes a notice, since
  // the sale itself already stands.
  void safely(const std::function<void()>& work);
  // Shows the printer's state after a slip went to the queue, and tells the cashier when it waits.
  void printed(const possdk::Result<printer::Delivery>& delivery, Slip slip);
  possdk::Status journal(const std::string& type, const std::string& reference, const std::string& payload);
  possdk::Result<reports::Report> printReport(possdk::Result<reports::Report> report);
  void notice(Notice::Level level, std::string text);
  // Drops the change notice of the sale before, once another sale or return is open: the cashier
  // must not read it as the change of the one in front of them.
  void forgetChange();
  void notify();

  CounterParts parts_;
  SaleEvents events_;
  View view_;
  std::optional<ReturnContext> return_;
  std::optional<PendingPayment> pending_;  // a plugin tender asked and not yet answered
  // Plugins may answer after the counter is gone; their callbacks check this first.
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
  std::string changeNotice_;  // the text of the last sale's change notice, while it is shown
  std::vector<std::function<void()>> listeners_;
};

}  // namespace poscore::counter
