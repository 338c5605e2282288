#pragma once
#include <map>
#include <string>
#include <vector>

#include "poscore/counter/counter_session.hpp"

namespace pos::test {

// An in-memory counter for the shell's tests: a handful of products, two staff (cashier 1001/1234,
// supervisor 9001/9999), 13 % tax included in every price, cash change, suspend and resume, returns
// against its own receipts. It answers the way the real session is specified to, so the screen
// can be driven without the catalog, journal or printer behind it.
class FakeCounterSession final : public poscore::counter::CounterSession {
 public:
  FakeCounterSession();

  const poscore::counter::View& view() const override { return view_; }
  void onChange(std::function<void()> listener) override { listener_ = std::move(listener); }
  void dismissNotices() override;

  possdk::Status signOn(const std::string& staffId, const std::string& pin) override;
  possdk::Status signOff() override;
  possdk::Status scan(const std::string& code) override;
  possdk::Status setQuantity(int lineNo, std::int64_t quantity) override;
  possdk::Status voidLine(int lineNo) override;
  possdk::Status overridePrice(int lineNo, poscore::Money price, const std::string& reason,
                               const std::optional<poscore::counter::Approval>& approval) override;
  possdk::Status discountLine(int lineNo, poscore::sale::ManualDiscount discount,
                              const std::optional<poscore::counter::Approval>& approval) override;
  possdk::Status discountSale(poscore::sale::ManualDiscount discount,
                              const std::optional<poscore::counter::Approval>& approval) override;
  possdk::Status cancelSale(const std::string& reason) override;
  possdk::Status suspend() override;
  std::vector<poscore::counter::SuspendedSale> suspended() const override;
  possdk::Status resume(const std::string& saleId) override;
  std::vector<std::pair<std::string, std::string>> tenderKinds() const override;
  possdk::Status tender(const std::string& kind, poscore::Money amount, const std::string& reference) override;
  possdk::Status noSale(const std::string& reason) override;
  possdk::Status reprintLast() override;
  poscore::counter::ReceiptPrinting receiptPrinting() const override { return printing_; }
  void setReceiptPrinting(poscore::counter::ReceiptPrinting printing) override { printing_ = printing; }
  possdk::Result<poscore::counter::Paper> printReceipt(const std::string& receiptNo) override;
  possdk::Status startReturn(const std::string& receiptNo) override;
  possdk::Status returnLine(int originalLineNo, std::int64_t quantity) override;
  possdk::Status completeReturn(const std::optional<poscore::counter::Approval>& approval) override;
  possdk::Result<std::string> xReport() override;
  possdk::Result<std::string> zReport(const std::optional<poscore::counter::Approval>& approval) override;

  // For tests: a notice as the printer would raise it, and what was asked of the session.
  void addNotice(poscore::counter::Notice notice);
  void setPrinterState(std::string state);
  std::vector<std::string> calls;

 private:
  struct Item {
    std::string nameEn, nameZh;
    poscore::Money price;
    poscore::catalog::SaleUnit unit = poscore::catalog::SaleUnit::Each;
    std::int64_t weighedGrams = 0;
  };
  struct StaffRecord {
    poscore::counter::Staff staff;
    std::string pin;
  };
  possdk::Status changed();
  possdk::Status needsSignOn() const;
  possdk::Status needsSupervisor(const std::optional<poscore::counter::Approval>& approval) const;
  poscore::sale::SaleLine* openLine(int lineNo);
  void price(poscore::sale::Sale& sale) const;
  void complete();

  poscore::counter::View view_;
  std::function<void()> listener_;
  std::map<std::string, Item> items_;
  std::vector<StaffRecord> staff_;
  std::vector<poscore::sale::Sale> suspended_;
  std::vector<poscore::sale::Sale> completed_;
  int nextSale_ = 1;
  poscore::counter::ReceiptPrinting printing_ = poscore::counter::ReceiptPrinting::Always;
  std::vector<std::string> held_;  // receipts completed on request and not printed yet
};

}  // namespace pos::test
