#pragma once
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "poscore/journal/journal.hpp"
#include "poscore/sale/sale.hpp"
#include "poscore/services/lane_db.hpp"
#include "possdk/clock.hpp"
#include "possdk/status.hpp"

namespace poscore::sale {

// A completed sale or return as reports list it.
struct StoredSale {
  Sale sale;
  std::int64_t journalSeq = 0;  // the journal entry written with it
};

// The lane's sales on disk (migration scope "sales"). An open or suspended sale is kept as a JSON
// snapshot, rewritten on every change, so it survives a crash; a completed sale is written with its
// lines, adjustments, taxes, tenders and journal entry in one transaction, so after a power cut it
// is either all there or not there at all. Every call is durable when it returns (the lane
// database runs with synchronous=FULL).
class SaleStore {
 public:
  // Applies the store's migrations. Throws std::invalid_argument for a bad lane id (see
  // receipt_numbers.hpp) and std::runtime_error when the tables cannot be made.
  SaleStore(LaneDb& db, journal::Journal& journal, const possdk::Clock& clock, std::string laneId);

  // Writes the snapshot of an open sale, replacing the one with the same id. Refuses a sale that is
  // not Open, has no id or cashier, is already completed, or while another sale is open.
  possdk::Status saveOpen(const Sale& sale);
  // The open sale left when the lane stopped, if any.
  possdk::Result<std::optional<Sale>> restoreOpen() const;

  // Parks the open sale (state becomes Suspended) so another can be rung up.
  possdk::Status suspend(Sale& sale);
  // Suspended sales, oldest first.
  possdk::Result<std::vector<Sale>> suspended() const;
  // Makes a suspended sale the open one again; refused while another sale is open.
  possdk::Result<Sale> resume(const std::string& saleId);

  // Completes the sale: assigns the receipt number, closedAt and state Completed, then writes the
  // sale's rows and its "sale" or "return" journal entry and drops its snapshot, in one
  // transaction. On failure nothing is written, `sale` is left as it was, and the receipt number is
  // not used up. A return must name an original receipt on this lane and the lines it returns.
  possdk::Status commit(Sale& sale);

  // Abandons an open or suspended sale: journals a "void-sale" entry with the sale and the reason,
  // drops its snapshot, and marks `sale` Cancelled. No receipt number is used.
  possdk::Status cancel(Sale& sale, const std::string& reason, const std::string& staffId);

  // A completed sale or return with its lines; nullopt when no such receipt is stored.
  possdk::Result<std::optional<Sale>> findByReceipt(const std::string& receiptNo) const;
  // For each line of the original receipt that completed returns took back: the quantity returned,
  // as a positive number. Refuses an unknown receipt.
  possdk::Result<std::map<int, std::int64_t>> returnedQuantities(const std::string& receiptNo) const;

  // The completed returns against `receiptNo`, oldest first.
  possdk::Result<std::vector<Sale>> returnsOf(const std::string& receiptNo) const;
  // Completed sales and returns whose journal entry came after `afterJournalSeq`, in journal order:
  // what a report that remembers where it stopped reads next.
  possdk::Result<std::vector<StoredSale>> salesAfter(std::int64_t afterJournalSeq) const;
  // Completed sales and returns closed in [from, to), in journal order.
  possdk::Result<std::vector<StoredSale>> salesBetween(std::chrono::system_clock::time_point from,
                                                       std::chrono::system_clock::time_point to) const;

  const std::string& laneId() const { return laneId_; }

  // Work written with every completed sale and return, inside its transaction, after its rows: the
  // sale's upload to the store server is queued this way, so a sale is never kept without it. A
  // failing hook fails the commit and nothing of it is written.
  using CommitHook = std::function<possdk::Status(possdk::Sql&, const Sale&)>;
  void setCommitHook(CommitHook hook) { commitHook_ = std::move(hook); }

 private:
  possdk::Status writeSnapshot(possdk::Sql& sql, const Sale& sale);
  possdk::Status checkReturn(possdk::Sql& sql, const Sale& sale) const;

  LaneDb& db_;
  journal::Journal& journal_;
  const possdk::Clock& clock_;
  std::string laneId_;
  CommitHook commitHook_;
};

}  // namespace poscore::sale
