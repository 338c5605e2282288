#pragma once
#include <functional>
#include <string>

#include "poscore/counter/counter_session.hpp"
#include "poscore/services/config.hpp"
#include "poscore/services/lane_db.hpp"
#include "possdk/clock.hpp"

namespace poscore::counter {

// "receipt.print": "always" (the default) or "on_request". Fails naming the key and the words it takes.
possdk::Result<ReceiptPrinting> receiptPrintingFrom(const Config& config);

// The receipts of sales completed under ReceiptPrinting::OnRequest, kept until they are printed so
// that each prints once, across restarts too (table held_receipts, migration scope
// "held_receipts"). A sale not held here printed as it completed.
class HeldReceipts {
 public:
  enum class State { NotHeld, Waiting, Printed };

  // Creates the table when missing. Throws std::runtime_error naming the migration when it fails.
  HeldReceipts(LaneDb& db, const possdk::Clock& clock);

  // Runs `commit`, which completes a sale and answers its receipt number, and holds that receipt,
  // in one transaction: a sale is never kept without its hold, nor a hold without its sale.
  possdk::Status holdWith(const std::function<possdk::Result<std::string>()>& commit);
  possdk::Result<State> state(const std::string& receiptNo) const;
  // Fails when the receipt is not held or was printed already.
  possdk::Status markPrinted(const std::string& receiptNo);

 private:
  LaneDb& db_;
  const possdk::Clock& clock_;
};

}  // namespace poscore::counter
