#include "fake_counter_session.hpp"

#include <algorithm>

namespace pos::test {

using poscore::Money;
using poscore::counter::Approval;
using poscore::counter::Role;
using poscore::sale::SaleLine;
using possdk::Status;

namespace {
constexpr std::int64_t kTaxPercent = 13;
constexpr std::int64_t kBasisPoints = 10000;
constexpr std::int64_t kGramsPerKilo = 1000;
}  // namespace

FakeCounterSession::FakeCounterSession() {
  using poscore::catalog::SaleUnit;
  items_["4006381333931"] = {"Sparkling water 1.5 l", "气泡水 1.5 升", Money::minor(150), SaleUnit::Each, 0};
  items_["1111"] = {"Wholemeal bread", "全麦面包", Money::minor(320), SaleUnit::Each, 0};
  items_["2000"] = {"Apples, Fuji", "富士苹果", Money::minor(1200), SaleUnit::Weight, 455};
  items_["4711"] = {"Green tea 500 g", "绿茶 500 克", Money::minor(4680), SaleUnit::Each, 0};
  staff_.push_back({{"1001", "Li Na", Role::Cashier}, "1234"});
  staff_.push_back({{"9001", "Wang Wei", Role::Supervisor}, "9999"});
  view_.printerState = "ready";
}

Status FakeCounterSession::changed() {
  if (view_.sale) price(*view_.sale);
  if (listener_) listener_();
  return Status::ok();
}

void FakeCounterSession::dismissNotices() {
  view_.notices.clear();
  changed().isOk();
}

void FakeCounterSession::addNotice(poscore::counter::Notice notice) {
  view_.notices.push_back(std::move(notice));
  changed().isOk();
}

void FakeCounterSession::setPrinterState(std::string state) {
  view_.printerState = std::move(state);
  changed().isOk();
}

Status FakeCounterSession::needsSignOn() const {
  return view_.staff ? Status::ok() : Status::fail("Nobody is signed on: sign on with your staff id and PIN first.");
}

Status FakeCounterSession::needsSupervisor(const std::optional<Approval>& approval) const {
  if (view_.staff && view_.staff->role == Role::Supervisor) return Status::ok();
  if (!approval) return Status::fail("This needs a supervisor's approval.");
  const auto found = std::find_if(staff_.begin(), staff_.end(), [&](const StaffRecord& s) {
    return s.staff.id == approval->supervisorId && s.pin == approval->pin && s.staff.role == Role::Supervisor;
  });
  return found == staff_.end() ? Status::fail("Supervisor " + approval->supervisorId + ": id or PIN is wrong.")
                               : Status::ok();
}

Status FakeCounterSession::signOn(const std::string& staffId, const std::string& pin) {
  calls.push_back("signOn " + staffId);
  const auto found = std::find_if(staff_.begin(), staff_.end(),
                                  [&](const StaffRecord& s) { return s.staff.id == staffId && s.pin == pin; });
  if (found == staff_.end()) return Status::fail("Staff id " + staffId + " or its PIN is wrong; key both again.");
  view_.staff = found->staff;
  return changed();
}

Status FakeCounterSession::signOff() {
  if (view_.sale) return Status::fail("A sale is open: finish, suspend or cancel it before signing off.");
  view_.staff.reset();
  return changed();
}

Status FakeCounterSession::scan(const std::string& code) {
  calls.push_back("scan " + code);
  if (auto ok = needsSignOn(); !ok) return ok;
  const auto item = items_.find(code);
  if (item == items_.end()) return Status::fail("No product has the code " + code + "; key it again or look it up.");
  if (!view_.sale) {
    view_.sale.emplace();
    view_.sale->id = "S" + std::to_string(nextSale_++);
    view_.sale->cashierId = view_.staff->id;
  }
  SaleLine line;
  line.lineNo = view_.sale->lines.empty() ? 1 : view_.sale->lines.back().lineNo + 1;
  line.nameEn = item->second.nameEn;
  line.nameZh = item->second.nameZh;
  line.scannedCode = code;
  line.unit = item->second.unit;
  line.unitPrice = item->second.price;
  line.quantity = line.unit == poscore::catalog::SaleUnit::Weight ? item->second.weighedGrams : 1;
  view_.sale->lines.push_back(line);
  return changed();
}

SaleLine* FakeCounterSession::openLine(int lineNo) {
  if (!view_.sale) return nullptr;
  for (auto& l : view_.sale->lines) {
    if (l.lineNo == lineNo && !l.voided) return &l;
  }
  return nullptr;
}

Status FakeCounterSession::setQuantity(int lineNo, std::int64_t quantity) {
  calls.push_back("setQuantity " + std::to_string(lineNo) + " " + std::to_string(quantity));
  SaleLine* line = openLine(lineNo);
  if (!line) return Status::fail("Line " + std::to_string(lineNo) + " is not an open line of this sale.");
  if (quantity <= 0) return Status::fail("A quantity must be above zero.");
  line->quantity = quantity;
  return changed();
}

Status FakeCounterSession::voidLine(int lineNo) {
  calls.push_back("voidLine " + std::to_string(lineNo));
  SaleLine* line = openLine(lineNo);
  if (!line) return Status::fail("Line " + std::to_string(lineNo) + " is not an open line of this sale.");
  line->voided = true;
  return changed();
}

Status FakeCounterSession::overridePrice(int lineNo, Money price, const std::string& reason,
                                         const std::optional<Approval>& approval) {
  calls.push_back("overridePrice " + std::to_string(lineNo) + " " + std::to_string(price.minorUnits()) + " " + reason);
  SaleLine* line = openLine(lineNo);
  if (!line) return Status::fail("Line " + std::to_string(lineNo) + " is not an open line of this sale.");
  if (auto ok = needsSupervisor(approval); !ok) return ok;
  line->priceOverride = price;
  return changed();
}

Status FakeCounterSession::discountLine(int lineNo, poscore::sale::ManualDiscount discount,
                                        const std::optional<Approval>& approval) {
  calls.push_back("discountLine " + std::to_string(lineNo) + " " + std::to_string(discount.value));
  SaleLine* line = openLine(lineNo);
  if (!line) return Status::fail("Line " + std::to_string(lineNo) + " is not an open line of this sale.");
  if (auto ok = needsSupervisor(approval); !ok) return ok;
  line->discount = discount;
  return changed();
}

Status FakeCounterSession::discountSale(poscore::sale::ManualDiscount discount, const std::optional<Approval>& approval) {
  calls.push_back("discountSale " + std::to_string(discount.value));
  if (!view_.sale) return Status::fail("There is no open sale.");
  if (auto ok = needsSupervisor(approval); !ok) return ok;
  view_.sale->saleDiscount = discount;
  return changed();
}

Status FakeCounterSession::cancelSale(const std::string& reason) {
  calls.push_back("cancelSale " + reason);
  if (!view_.sale) return Status::fail("There is no open sale.");
  view_.sale.reset();
  return changed();
}

Status FakeCounterSession::suspend() {
  if (!view_.sale) return Status::fail("There is no open sale.");
  view_.sale->state = poscore::sale::SaleState::Suspended;
  suspended_.push_back(*view_.sale);
  view_.sale.reset();
  return changed();
}

std::vector<poscore::counter::SuspendedSale> FakeCounterSession::suspended() const {
  std::vector<poscore::counter::SuspendedSale> list;
  for (const auto& s : suspended_) {
    list.push_back({s.id, s.cashierId, s.totals.due, static_cast<int>(s.lines.size())});
  }
  return list;
}

Status FakeCounterSession::resume(const std::string& saleId) {
  calls.push_back("resume " + saleId);
  if (view_.sale) return Status::fail("A sale is open: finish or suspend it first.");
  const auto found = std::find_if(suspended_.begin(), suspended_.end(), [&](const auto& s) { return s.id == saleId; });
  if (found == suspended_.end()) return Status::fail("No suspended sale " + saleId + ".");
  view_.sale = *found;
  view_.sale->state = poscore::sale::SaleState::Open;
  suspended_.erase(found);
  return changed();
}

std::vector<std::pair<std::string, std::string>> FakeCounterSession::tenderKinds() const {
  return {{"cash", "Cash"}, {"card", "Card"}, {"voucher", "Gift voucher"}};
}

Status FakeCounterSession::tender(const std::string& kind, Money amount, const std::string& reference) {
  calls.push_back("tender " + kind + " " + std::to_string(amount.minorUnits()) + " " + reference);
  if (!view_.sale) return Status::fail("There is no open sale to pay.");
  if (amount.minorUnits() <= 0) return Status::fail("A tender must be above zero.");
  auto& totals = view_.sale->totals;
  const Money left = totals.due - totals.paid;
  if (kind != "cash" && amount > left) return Status::fail("Only cash may exceed what is due.");
  poscore::sale::Tender t;
  t.seq = static_cast<int>(view_.sale->tenders.size()) + 1;
  t.kind = kind;
  t.amount = std::min(amount, left);
  t.received = kind == "cash" ? amount : Money();
  t.reference = reference;
  view_.sale->tenders.push_back(t);
  price(*view_.sale);
  if (view_.sale->totals.paid >= view_.sale->totals.due) complete();
  return changed();
}

void FakeCounterSession::complete() {
  auto sale = *view_.sale;
  sale.state = poscore::sale::SaleState::Completed;
  sale.receiptNo = "R" + std::to_string(1000 + completed_.size() + 1);
  completed_.push_back(sale);
  if (printing_ == poscore::counter::ReceiptPrinting::OnRequest) held_.push_back(sale.receiptNo);
  view_.lastCompleted = sale;
  view_.sale.reset();
}

Status FakeCounterSession::noSale(const std::string& reason) {
  calls.push_back("noSale " + reason);
  return needsSignOn();
}

Status FakeCounterSession::reprintLast() {
  if (!view_.lastCompleted) return Status::fail("Nothing has been sold yet on this lane.");
  return Status::ok();
}

possdk::Result<poscore::counter::Paper> FakeCounterSession::printReceipt(const std::string& receiptNo) {
  using R = possdk::Result<poscore::counter::Paper>;
  calls.push_back("printReceipt " + receiptNo);
  const auto found = std::find(held_.begin(), held_.end(), receiptNo);
  if (found == held_.end()) return R::fail("Receipt " + receiptNo + " is not waiting to be printed.");
  held_.erase(found);
  return poscore::counter::Paper::Printed;
}

Status FakeCounterSession::startReturn(const std::string& receiptNo) {
  calls.push_back("startReturn " + receiptNo);
  if (view_.sale) return Status::fail("A sale is open: finish it before a return.");
  const auto found = std::find_if(completed_.begin(), completed_.end(), [&](const auto& s) { return s.receiptNo == receiptNo; });
  if (found == completed_.end()) return Status::fail("No receipt " + receiptNo + " on this lane; check the number.");
  view_.sale.emplace();
  view_.sale->id = "S" + std::to_string(nextSale_++);
  view_.sale->kind = poscore::sale::SaleKind::Return;
  view_.sale->originalReceiptNo = receiptNo;
  return changed();
}

Status FakeCounterSession::returnLine(int originalLineNo, std::int64_t quantity) {
  calls.push_back("returnLine " + std::to_string(originalLineNo) + " " + std::to_string(quantity));
  if (!view_.sale || view_.sale->kind != poscore::sale::SaleKind::Return) return Status::fail("No return is open.");
  const auto& original = *std::find_if(completed_.begin(), completed_.end(),
                                       [&](const auto& s) { return s.receiptNo == view_.sale->originalReceiptNo; });
  for (const auto& l : original.lines) {
    if (l.lineNo != originalLineNo || l.voided) continue;
    if (quantity > l.quantity) return Status::fail("Line " + std::to_string(originalLineNo) + " sold only " + std::to_string(l.quantity) + ".");
    SaleLine back = l;
    back.lineNo = static_cast<int>(view_.sale->lines.size()) + 1;
    back.quantity = -quantity;
    back.returnOfLine = originalLineNo;
    view_.sale->lines.push_back(back);
    return changed();
  }
  return Status::fail("Receipt " + original.receiptNo + " has no line " + std::to_string(originalLineNo) + ".");
}

Status FakeCounterSession::completeReturn(const std::optional<Approval>& approval) {
  calls.push_back("completeReturn");
  if (auto ok = needsSupervisor(approval); !ok) return ok;
  if (!view_.sale || view_.sale->lines.empty()) return Status::fail("Pick at least one line to return.");
  view_.sale->totals.paid = view_.sale->totals.due;
  complete();
  return changed();
}

possdk::Result<std::string> FakeCounterSession::xReport() {
  calls.push_back("xReport");
  return std::string("kind,count\nsales," + std::to_string(completed_.size()) + "\n");
}

possdk::Result<std::string> FakeCounterSession::zReport(const std::optional<Approval>& approval) {
  calls.push_back("zReport");
  if (auto ok = needsSupervisor(approval); !ok) return possdk::Result<std::string>::fail(ok.error());
  return std::string("kind,count\nsales," + std::to_string(completed_.size()) + "\n");
}

// Prices the way a plausible engine would: gross from quantity and price (per kilogram for weighed
// items), manual discounts as adjustments, tax included at 13 %.
void FakeCounterSession::price(poscore::sale::Sale& sale) const {
  auto& t = sale.totals;
  const Money paid = [&] {
    Money sum;
    for (const auto& tender : sale.tenders) sum += tender.amount;
    return sum;
  }();
  Money received;
  for (const auto& tender : sale.tenders) received += tender.kind == "cash" ? tender.received : tender.amount;
  t = {};
  for (auto& l : sale.lines) {
    const Money unit = l.priceOverride.value_or(l.unitPrice);
    l.gross = Money::minor(l.unit == poscore::catalog::SaleUnit::Weight
                               ? poscore::mulDivRound(unit.minorUnits(), l.quantity, kGramsPerKilo)
                               : unit.minorUnits() * l.quantity);
    l.adjustments.clear();
    if (l.discount) {
      const Money off = l.discount->kind == poscore::sale::ManualDiscount::Kind::Percent
                            ? Money::minor(poscore::mulDivRound(l.gross.minorUnits(), l.discount->value, kBasisPoints))
                            : l.discount->value > l.gross.minorUnits() ? l.gross : Money::minor(l.discount->value);
      l.adjustments.push_back({poscore::sale::AdjustmentKind::LineDiscount, "line-discount", "Line discount", "单品折扣", -off});
    }
    if (sale.saleDiscount && sale.saleDiscount->kind == poscore::sale::ManualDiscount::Kind::Percent) {
      const Money off = Money::minor(poscore::mulDivRound(l.gross.minorUnits(), sale.saleDiscount->value, kBasisPoints));
      l.adjustments.push_back({poscore::sale::AdjustmentKind::SaleDiscount, "sale-discount", "Sale discount", "整单折扣", -off});
    }
    l.net = l.gross;
    for (const auto& a : l.adjustments) l.net += a.amount;
    l.tax = Money::minor(poscore::mulDivRound(l.net.minorUnits(), kTaxPercent, 100 + kTaxPercent));
    if (l.voided) continue;
    t.gross += l.gross;
    t.net += l.net;
    for (const auto& a : l.adjustments) t.discounts += a.amount;
  }
  Money tax;
  for (const auto& l : sale.lines) {
    if (!l.voided) tax += l.tax;
  }
  t.taxes.push_back({"A", t.net, tax});
  t.total = t.net;
  t.due = t.total;
  t.paid = paid;
  t.change = received > t.due ? received - t.due : Money();
}

}  // namespace pos::test
