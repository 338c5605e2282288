#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "poscore/printer/escpos_encoder.hpp"
#include "poscore/printer/printer_port.hpp"
#include "poscore/services/lane_db.hpp"
#include "possdk/clock.hpp"

namespace poscore::printer {

enum class JobKind { Sale, Return, Reprint, NoSale, Report };

struct NewPrintJob {
  JobKind kind = JobKind::Sale;
  std::string receiptNo;  // empty for a no-sale slip and a report
  Bytes body;             // the slip as the printer takes it, without any drawer kick
  Bytes reprintBody;      // the same receipt with its REPRINT banner, kept for "reprint last"
};

struct PrintJob {
  std::int64_t id = 0;
  JobKind kind = JobKind::Sale;
  std::string receiptNo;
  Bytes body;
  Bytes reprintBody;
  int attempts = 0;
  std::string lastError;  // why the latest attempt failed
  bool printed = false;
};

// What the lane shows about its printer.
struct PrinterState {
  // "ready", "paper near end", "out of paper", "cover open", "in error", "offline".
  std::string condition = "ready";
  std::string detail;  // the full reason of the latest failure, empty when the latest attempt printed
  std::size_t waiting = 0;
  // "ready", or "out of paper, 2 receipts queued".
  std::string summary() const;
};

// The outcome of a submit: printed at once, or queued and why.
struct Delivery {
  bool printed = false;
  std::string message;  // "receipt printed", "receipt queued: printer out of paper"
  PrinterState state;
};

// Every slip goes into the lane database (table print_jobs, migration scope "print_queue") before
// a byte is sent, so a sale completes whatever the printer does and nothing is lost in a power cut.
// Jobs print oldest first. Before sending, the printer's real-time status is asked; a printer that
// is offline, out of paper, has its cover open or reports an error gets nothing, and the jobs wait.
// Waiting jobs are retried by pump(), which the caller runs (from its UI timer): after a failure
// the next attempt waits 2 s, then 4 s, 8 s ... up to 60 s, measured on the injected clock;
// retryNow() tries at once. A job is marked printed when the printer took its bytes; a power cut
// between the two prints it again rather than not at all. Reading the queue throws
// std::runtime_error when the lane database itself fails (a broken disk), as LaneDb users do.
class PrintQueue {
 public:
  struct Options {
    std::chrono::milliseconds statusTimeout{1000};
    std::chrono::milliseconds firstRetry{2000};
    std::chrono::milliseconds maxRetry{60000};
    std::size_t keepPrinted = 200;  // printed jobs kept for reprints and inspection
  };

  // Creates the table when missing. Throws std::runtime_error naming the migration when it fails.
  PrintQueue(LaneDb& db, PrinterPort& port, const possdk::Clock& clock, Options options);
  PrintQueue(LaneDb& db, PrinterPort& port, const possdk::Clock& clock);

  // Stores the job, then tries to print everything waiting. With `kickDrawer`, the drawer pulse
  // goes out in front of this job's bytes, only if it prints now: a drawer that springs open
  // minutes later, when a queued slip finally prints, would be a till left open. Fails only when
  // the job cannot be stored.
  possdk::Result<Delivery> submit(const NewPrintJob& job, bool kickDrawer);
  // Prints waiting jobs when the backoff allows it; does nothing when none wait.
  PrinterState pump();
  // Prints waiting jobs now, whatever the backoff.
  PrinterState retryNow();

  const PrinterState& state() const { return state_; }
  std::vector<PrintJob> waitingJobs() const;
  // The newest sale or return receipt, printed or not; nullopt before the first.
  std::optional<PrintJob> lastReceipt() const;
  // When pump() tries next (on the clock's monotonic time).
  std::chrono::steady_clock::time_point nextAttempt() const { return nextAttempt_; }

 private:
  // Sends what waits, oldest first; returns whether job `watched` printed. With `kickDrawer`, the
  // drawer pulse goes in front of that job's bytes.
  bool deliver(std::int64_t watched, bool kickDrawer);
  void failed(const std::string& condition, const std::string& detail, std::int64_t jobId);
  void refreshWaiting();
  void prunePrinted();
  std::vector<PrintJob> jobs(const std::string& where) const;

  LaneDb& db_;
  PrinterPort& port_;
  const possdk::Clock& clock_;
  Options options_;
  PrinterState state_;
  std::chrono::milliseconds backoff_{0};
  std::chrono::steady_clock::time_point nextAttempt_{};
};

}  // namespace poscore::printer
