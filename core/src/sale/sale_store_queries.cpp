#include "poscore/services/iso_time.hpp"
#include "../services/sql_cells.hpp"
#include "poscore/sale/sale_store.hpp"
#include "sale_store_rows.hpp"

namespace poscore::sale {
namespace {

using rows::attempt;
using rows::must;

std::vector<StoredSale> loadAll(possdk::Sql& sql, const std::vector<possdk::SqlRow>& ids) {
  std::vector<StoredSale> sales;
  for (const auto& r : ids) {
    if (auto stored = rows::loadCompleted(sql, sql::text(r, 0))) sales.push_back(std::move(*stored));
  }
  return sales;
}

}  // namespace

possdk::Result<std::optional<Sale>> SaleStore::findByReceipt(const std::string& receiptNo) const {
  std::optional<Sale> found;
  auto read = attempt([&] {
    if (auto id = rows::saleIdOf(db_, receiptNo)) {
      if (auto stored = rows::loadCompleted(db_, *id)) found = std::move(stored->sale);
    }
  });
  if (!read) return possdk::Result<std::optional<Sale>>::fail("cannot read receipt " + receiptNo + ": " + read.error());
  return found;
}

possdk::Result<std::map<int, std::int64_t>> SaleStore::returnedQuantities(const std::string& receiptNo) const {
  using Returned = possdk::Result<std::map<int, std::int64_t>>;
  std::map<int, std::int64_t> returned;
  auto read = attempt([&] {
    if (!rows::saleIdOf(db_, receiptNo)) {
      throw std::runtime_error("no sale on this lane has the receipt number " + receiptNo);
    }
    returned = rows::returnedOf(db_, receiptNo);
  });
  if (!read) return Returned::fail("cannot tell what was returned of receipt " + receiptNo + ": " + read.error());
  return returned;
}

possdk::Result<std::vector<Sale>> SaleStore::returnsOf(const std::string& receiptNo) const {
  std::vector<Sale> returns;
  auto read = attempt([&] {
    auto stored = loadAll(db_, must(db_.query("SELECT sale_id FROM sales WHERE kind = 'return' AND original_receipt_no = ?"
                                              " ORDER BY journal_seq",
                                              {receiptNo})));
    for (auto& entry : stored) returns.push_back(std::move(entry.sale));
  });
  if (!read) return possdk::Result<std::vector<Sale>>::fail("cannot read the returns of receipt " + receiptNo + ": " + read.error());
  return returns;
}

possdk::Result<std::vector<StoredSale>> SaleStore::salesAfter(std::int64_t afterJournalSeq) const {
  std::vector<StoredSale> sales;
  auto read = attempt([&] {
    sales = loadAll(db_, must(db_.query("SELECT sale_id FROM sales WHERE journal_seq > ? ORDER BY journal_seq",
                                        {afterJournalSeq})));
  });
  if (!read) return possdk::Result<std::vector<StoredSale>>::fail("cannot read the completed sales: " + read.error());
  return sales;
}

possdk::Result<std::vector<StoredSale>> SaleStore::salesBetween(std::chrono::system_clock::time_point from,
                                                                std::chrono::system_clock::time_point to) const {
  std::vector<StoredSale> sales;
  auto read = attempt([&] {
    sales = loadAll(db_, must(db_.query("SELECT sale_id FROM sales WHERE closed_at >= ? AND closed_at < ?"
                                        " ORDER BY journal_seq",
                                        {isoUtc(from), isoUtc(to)})));
  });
  if (!read) return possdk::Result<std::vector<StoredSale>>::fail("cannot read the completed sales: " + read.error());
  return sales;
}

}  // namespace poscore::sale
