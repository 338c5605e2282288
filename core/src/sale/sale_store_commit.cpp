#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>

#include <set>
#include <sstream>

#include "poscore/sale/sale_json.hpp"
#include "poscore/sale/sale_store.hpp"
#include "receipt_numbers_sequence.hpp"
#include "sale_store_rows.hpp"

namespace poscore::sale {
namespace {

using rows::attempt;
using rows::must;

// Empty when the sale may be completed, otherwise what is wrong with it.
std::string refusal(const Sale& sale) {
  if (sale.id.empty()) return "it has no id";
  if (sale.cashierId.empty()) return "it names no cashier";
  // Open, or just settled by the tender rules, which mark a paid sale Completed before it is stored.
  if (sale.state != SaleState::Open && sale.state != SaleState::Completed) return "it is suspended or cancelled";
  if (!sale.receiptNo.empty()) return "it already has receipt number " + sale.receiptNo;
  if (sale.lines.empty()) return "it has no lines";
  std::set<int> numbers;
  for (const auto& line : sale.lines) {
    if (line.lineNo < 1 || !numbers.insert(line.lineNo).second) {
      return "line number " + std::to_string(line.lineNo) + " is below 1 or used twice";
    }
  }
  if (sale.kind == SaleKind::Return && sale.originalReceiptNo.empty()) return "the return names no original receipt";
  return {};
}

std::string voidPayload(const Sale& sale, const std::string& reason) {
  Poco::JSON::Object payload(Poco::JSON_PRESERVE_KEY_ORDER);
  payload.set("reason", reason);
  payload.set("sale", toJsonObject(sale));
  std::ostringstream out;
  Poco::JSON::Stringifier::condense(payload, out);
  return out.str();
}

}  // namespace

possdk::Status SaleStore::checkReturn(possdk::Sql& sql, const Sale& sale) const {
  return attempt([&] {
    const auto original = rows::saleIdOf(sql, sale.originalReceiptNo);
    auto stored = original ? rows::loadCompleted(sql, *original) : std::nullopt;
    if (!stored || stored->sale.kind != SaleKind::Sale) {
      throw std::runtime_error("the original receipt " + sale.originalReceiptNo +
                               " is not a sale on this lane; check the number on the receipt");
    }
    auto returned = rows::returnedOf(sql, sale.originalReceiptNo);
    for (const auto& line : sale.lines) {
      if (line.voided) continue;
      const auto where = "return line " + std::to_string(line.lineNo);
      if (!line.returnOfLine || line.quantity >= 0) {
        throw std::runtime_error(where + " must name the original line and take back a negative quantity");
      }
      const SaleLine* sold = nullptr;
      for (const auto& l : stored->sale.lines) {
        if (l.lineNo == *line.returnOfLine && !l.voided) sold = &l;
      }
      if (sold == nullptr) {
        throw std::runtime_error(where + " names line " + std::to_string(*line.returnOfLine) + ", which receipt " +
                                 sale.originalReceiptNo + " did not sell");
      }
      auto& taken = returned[*line.returnOfLine];
      taken -= line.quantity;
      if (taken > sold->quantity) {
        throw std::runtime_error(where + " would take back " + std::to_string(taken) + " of line " +
                                 std::to_string(sold->lineNo) + ", but only " + std::to_string(sold->quantity) +
                                 " were sold (earlier returns included)");
      }
    }
  });
}

possdk::Status SaleStore::commit(Sale& sale) {
  if (auto why = refusal(sale); !why.empty()) {
    return possdk::Status::fail("cannot complete sale " + (sale.id.empty() ? std::string("without id") : sale.id) +
                                ": " + why);
  }
  Sale done = sale;
  done.state = SaleState::Completed;
  done.closedAt = std::chrono::floor<std::chrono::milliseconds>(clock_.now());  // as stored
  auto written = db_.transaction([&](possdk::Sql& sql) {
    if (done.kind == SaleKind::Return) {
      if (auto valid = checkReturn(sql, done); !valid) return valid;
    }
    auto stored = attempt([&] {
      auto already = must(sql.query("SELECT receipt_no FROM sales WHERE sale_id = ?", {done.id}));
      if (!already.empty()) throw std::runtime_error("it is already completed; start a new sale");
      done.receiptNo = must(takeReceiptNo(sql, laneId_));
      const auto entry = must(journal_.append(
          sql, {done.kind == SaleKind::Return ? journal::type::kReturn : journal::type::kSale, done.cashierId,
                done.receiptNo, toJson(done)}));
      rows::insertCompleted(sql, done, entry.seq);
      must(sql.exec("DELETE FROM open_sales WHERE sale_id = ?", {done.id}));
    });
    if (!stored || !commitHook_) return stored;
    return commitHook_(sql, done);
  });
  if (!written) return possdk::Status::fail("cannot complete sale " + sale.id + ": " + written.error());
  sale = std::move(done);
  return written;
}

possdk::Status SaleStore::cancel(Sale& sale, const std::string& reason, const std::string& staffId) {
  if (reason.empty() || staffId.empty()) {
    return possdk::Status::fail("cannot cancel sale " + sale.id + ": give the reason and who cancels it");
  }
  if (sale.state != SaleState::Open && sale.state != SaleState::Suspended) {
    return possdk::Status::fail("cannot cancel sale " + sale.id + ": only an open or suspended sale can be cancelled");
  }
  Sale cancelled = sale;
  cancelled.state = SaleState::Cancelled;
  cancelled.closedAt = std::chrono::floor<std::chrono::milliseconds>(clock_.now());
  auto written = db_.transaction([&](possdk::Sql& sql) {
    return attempt([&] {
      auto already = must(sql.query("SELECT receipt_no FROM sales WHERE sale_id = ?", {sale.id}));
      if (!already.empty()) throw std::runtime_error("it is already completed; a completed sale is undone by a return");
      must(journal_.append(sql, {journal::type::kVoidSale, staffId, sale.id, voidPayload(cancelled, reason)}));
      must(sql.exec("DELETE FROM open_sales WHERE sale_id = ?", {sale.id}));
    });
  });
  if (!written) return possdk::Status::fail("cannot cancel sale " + sale.id + ": " + written.error());
  sale = std::move(cancelled);
  return written;
}

}  // namespace poscore::sale
