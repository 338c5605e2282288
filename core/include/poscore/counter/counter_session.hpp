#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "poscore/money/money.hpp"
#include "poscore/sale/sale.hpp"
#include "possdk/status.hpp"

// What the counter screen drives: one cashier's shift at one lane. Every call validates its input
// and answers with a Status whose message says what was wrong and what to do, already in the
// lane's current language. Nothing is half applied: a call that fails changes nothing.
namespace poscore::counter {

enum class Role { Cashier, Supervisor };

struct Staff {
  std::string id;
  std::string name;
  Role role = Role::Cashier;
};

// A supervisor's say-so for something a cashier may not do alone. Not needed when the signed-on
// user is a supervisor.
struct Approval {
  std::string supervisorId;
  std::string pin;
};

struct SuspendedSale {
  std::string saleId;
  std::string cashierId;
  Money total;
  int lineCount = 0;
};

// A message for the cashier that is not an error: "receipt queued, printer out of paper".
struct Notice {
  enum class Level { Info, Warning };
  Level level = Level::Info;
  std::string text;
};

// Whether a completed sale prints its receipt. Always: as it completes. OnRequest: the customer
// decides after paying (self-checkout), and printReceipt() prints it. Under OnRequest a sale with
// a cash tender still prints as it completes, since the drawer's pulse goes out with its receipt;
// returns always print.
enum class ReceiptPrinting { Always, OnRequest };

// What became of a receipt asked for: on paper now, or waiting in the print queue for the printer.
enum class Paper { Printed, Queued };

// What the screen shows; read it again after every onChange().
struct View {
  std::optional<Staff> staff;            // nobody signed on: only sign-on works
  std::optional<sale::Sale> sale;        // the open sale or return, if any
  std::optional<sale::Sale> lastCompleted;
  std::vector<Notice> notices;           // newest last; cleared by dismissNotices()
  std::string printerState;              // "ready", "offline", "paper out", "3 receipts queued"
};

class CounterSession {
 public:
  virtual ~CounterSession() = default;

  virtual const View& view() const = 0;
  // Runs on the caller's thread after every change to view().
  virtual void onChange(std::function<void()> listener) = 0;
  virtual void dismissNotices() = 0;
  // Periodic work (sending receipts that wait for the printer); the shell calls it about once a second.
  virtual void poll() {}

  virtual possdk::Status signOn(const std::string& staffId, const std::string& pin) = 0;
  virtual possdk::Status signOff() = 0;  // refused while a sale is open

  // A scanned or keyed code: looked up and added as a line (opening a sale when none is open).
  // Weighed items take the scale's stable weight; variable-measure labels carry price or weight.
  virtual possdk::Status scan(const std::string& code) = 0;
  virtual possdk::Status setQuantity(int lineNo, std::int64_t quantity) = 0;
  virtual possdk::Status voidLine(int lineNo) = 0;
  virtual possdk::Status overridePrice(int lineNo, Money price, const std::string& reason,
                                       const std::optional<Approval>& approval) = 0;
  virtual possdk::Status discountLine(int lineNo, sale::ManualDiscount discount,
                                      const std::optional<Approval>& approval) = 0;
  virtual possdk::Status discountSale(sale::ManualDiscount discount, const std::optional<Approval>& approval) = 0;
  virtual possdk::Status cancelSale(const std::string& reason) = 0;

  virtual possdk::Status suspend() = 0;
  virtual std::vector<SuspendedSale> suspended() const = 0;
  virtual possdk::Status resume(const std::string& saleId) = 0;

  // The tender kinds the lane takes, built-in ("cash", "card") and from plugins, with labels.
  virtual std::vector<std::pair<std::string, std::string>> tenderKinds() const = 0;
  // Pays part or all of the sale. Cash may exceed what is due (change is given); other kinds may
  // not. The sale completes, is journaled, printed (see ReceiptPrinting) and the drawer opened when
  // it is fully paid.
  virtual possdk::Status tender(const std::string& kind, Money amount, const std::string& reference) = 0;

  // Opens the drawer outside a sale; needs a reason and is audited.
  virtual possdk::Status noSale(const std::string& reason) = 0;
  virtual possdk::Status reprintLast() = 0;

  virtual ReceiptPrinting receiptPrinting() const = 0;
  virtual void setReceiptPrinting(ReceiptPrinting printing) = 0;
  // Prints the original receipt (no REPRINT banner) of a sale completed under OnRequest, once.
  // Refused for a receipt number that is no sale of this lane, and for a receipt already printed
  // (also one printed as its sale completed): reprintLast() gives a copy. A printer that cannot
  // print is not a failure: the receipt waits in the queue (Paper::Queued) and prints later.
  virtual possdk::Result<Paper> printReceipt(const std::string& receiptNo) = 0;

  // Returns: look up the original by receipt number (as keyed or scanned from the receipt's
  // barcode), then pick lines and quantities, then refund to the original tenders.
  virtual possdk::Status startReturn(const std::string& receiptNo) = 0;
  virtual possdk::Status returnLine(int originalLineNo, std::int64_t quantity) = 0;
  virtual possdk::Status completeReturn(const std::optional<Approval>& approval) = 0;

  // X: totals so far, nothing closed. Z: totals of the business day, which it closes. Both print;
  // the returned text is the report as CSV.
  virtual possdk::Result<std::string> xReport() = 0;
  virtual possdk::Result<std::string> zReport(const std::optional<Approval>& approval) = 0;
};

}  // namespace poscore::counter
