#include "poscore/counter/held_receipts.hpp"

#include <stdexcept>

#include "poscore/services/iso_time.hpp"

namespace poscore::counter {
namespace {

const std::vector<possdk::Migration> kMigrations{
    {1, "receipts held for the customer's choice",
     "CREATE TABLE held_receipts("
     " receipt_no TEXT PRIMARY KEY,"
     " held_at TEXT NOT NULL,"
     " printed_at TEXT);"}};

}  // namespace

possdk::Result<ReceiptPrinting> receiptPrintingFrom(const Config& config) {
  const auto word = config.get("receipt.print");
  if (!word || *word == "always") return ReceiptPrinting::Always;
  if (*word == "on_request") return ReceiptPrinting::OnRequest;
  return possdk::Result<ReceiptPrinting>::fail("receipt.print is \"" + *word +
                                               "\"; set it to \"always\" or \"on_request\"");
}

HeldReceipts::HeldReceipts(LaneDb& db, const possdk::Clock& clock) : db_(db), clock_(clock) {
  if (auto migrated = db_.migrate("held_receipts", kMigrations); !migrated) {
    throw std::runtime_error("cannot prepare the held receipts in " + db_.file().string() + ": " + migrated.error());
  }
}

possdk::Status HeldReceipts::holdWith(const std::function<possdk::Result<std::string>()>& commit) {
  return db_.transaction([&](possdk::Sql& sql) {
    auto receiptNo = commit();
    if (!receiptNo) return possdk::Status::fail(receiptNo.error());
    auto held = sql.exec("INSERT INTO held_receipts(receipt_no, held_at) VALUES(?, ?)",
                         {receiptNo.value(), isoUtc(clock_.now())});
    if (!held) return possdk::Status::fail("cannot hold receipt " + receiptNo.value() + ": " + held.error());
    return possdk::Status::ok();
  });
}

possdk::Result<HeldReceipts::State> HeldReceipts::state(const std::string& receiptNo) const {
  auto rows = db_.query("SELECT printed_at IS NOT NULL FROM held_receipts WHERE receipt_no = ?", {receiptNo});
  if (!rows) return possdk::Result<State>::fail("cannot read the held receipt " + receiptNo + ": " + rows.error());
  if (rows.value().empty()) return State::NotHeld;
  return std::get<std::int64_t>(rows.value().front().at(0)) != 0 ? State::Printed : State::Waiting;
}

possdk::Status HeldReceipts::markPrinted(const std::string& receiptNo) {
  auto marked = db_.exec("UPDATE held_receipts SET printed_at = ? WHERE receipt_no = ? AND printed_at IS NULL",
                         {isoUtc(clock_.now()), receiptNo});
  if (!marked) return possdk::Status::fail("cannot mark receipt " + receiptNo + " printed: " + marked.error());
  if (marked.value() != 1) return possdk::Status::fail("receipt " + receiptNo + " is not waiting to be printed");
  return possdk::Status::ok();
}

}  // namespace poscore::counter
