#include "poscore/printer/print_queue.hpp"

#include <algorithm>
#include <stdexcept>

#include "poscore/services/iso_time.hpp"

namespace poscore::printer {

namespace {

const std::vector<possdk::Migration> kMigrations{
    {1, "print jobs",
     "CREATE TABLE print_jobs("
     " id INTEGER PRIMARY KEY AUTOINCREMENT,"
     " kind TEXT NOT NULL CHECK(kind IN ('sale', 'return', 'reprint', 'no_sale', 'report')),"
     " receipt_no TEXT NOT NULL DEFAULT '',"
     " body BLOB NOT NULL,"
     " reprint_body BLOB,"
     " created_at TEXT NOT NULL,"
     " attempts INTEGER NOT NULL DEFAULT 0,"
     " last_error TEXT NOT NULL DEFAULT '',"
     " printed_at TEXT);"
     "CREATE INDEX print_jobs_waiting ON print_jobs(printed_at, id);"}};

constexpr const char* kColumns = "id, kind, receipt_no, body, reprint_body, attempts, last_error, printed_at";

const char* kindName(JobKind kind) {
  switch (kind) {
    case JobKind::Sale: return "sale";
    case JobKind::Return: return "return";
    case JobKind::Reprint: return "reprint";
    case JobKind::NoSale: return "no_sale";
    case JobKind::Report: return "report";
  }
  return "sale";
}

JobKind kindOf(const std::string& name) {
  if (name == "return") return JobKind::Return;
  if (name == "reprint") return JobKind::Reprint;
  if (name == "no_sale") return JobKind::NoSale;
  if (name == "report") return JobKind::Report;
  return JobKind::Sale;
}

// What the cashier calls the slip.
std::string noun(JobKind kind) {
  switch (kind) {
    case JobKind::Sale:
    case JobKind::Return: return "receipt";
    case JobKind::Reprint: return "reprint";
    case JobKind::NoSale: return "no-sale slip";
    case JobKind::Report: return "report";
  }
  return "receipt";
}

Bytes bytesOf(const possdk::SqlValue& v) {
  if (const auto* b = std::get_if<std::vector<std::uint8_t>>(&v)) return *b;
  return {};
}

PrintJob jobOf(const possdk::SqlRow& row) {
  PrintJob job;
  job.id = std::get<std::int64_t>(row.at(0));
  job.kind = kindOf(std::get<std::string>(row.at(1)));
  job.receiptNo = std::get<std::string>(row.at(2));
  job.body = bytesOf(row.at(3));
  job.reprintBody = bytesOf(row.at(4));
  job.attempts = static_cast<int>(std::get<std::int64_t>(row.at(5)));
  job.lastError = std::get<std::string>(row.at(6));
  job.printed = !std::holds_alternative<std::nullptr_t>(row.at(7));
  return job;
}


}  // namespace

std::string PrinterState::summary() const {
  if (waiting == 0) return condition;
  return condition + ", " + std::to_string(waiting) + (waiting == 1 ? " receipt queued" : " receipts queued");
}

PrintQueue::PrintQueue(LaneDb& db, PrinterPort& port, const possdk::Clock& clock)
    : PrintQueue(db, port, clock, Options{}) {}

PrintQueue::PrintQueue(LaneDb& db, PrinterPort& port, const possdk::Clock& clock, Options options)
    : db_(db), port_(port), clock_(clock), options_(options) {
  if (auto migrated = db_.migrate("print_queue", kMigrations); !migrated) {
    throw std::runtime_error("cannot prepare the print queue in " + db_.file().string() + ": " + migrated.error());
  }
  refreshWaiting();
}

std::vector<PrintJob> PrintQueue::jobs(const std::string& where) const {
  auto rows = db_.query(std::string("SELECT ") + kColumns + " FROM print_jobs " + where);
  if (!rows) throw std::runtime_error("cannot read the print queue: " + rows.error());
  std::vector<PrintJob> out;
  for (const auto& row : rows.value()) out.push_back(jobOf(row));
  return out;
}

std::vector<PrintJob> PrintQueue::waitingJobs() const { return jobs("WHERE printed_at IS NULL ORDER BY id"); }

std::optional<PrintJob> PrintQueue::lastReceipt() const {
  auto found = jobs("WHERE kind IN ('sale', 'return') ORDER BY id DESC LIMIT 1");
  if (found.empty()) return std::nullopt;
  return found.front();
}

void PrintQueue::refreshWaiting() {
  auto counted = db_.query("SELECT count(*) FROM print_jobs WHERE printed_at IS NULL");
  if (counted) state_.waiting = static_cast<std::size_t>(std::get<std::int64_t>(counted.value().at(0).at(0)));
}

possdk::Result<Delivery> PrintQueue::submit(const NewPrintJob& job, bool kickDrawer) {
  using R = possdk::Result<Delivery>;
  if (job.body.empty()) return R::fail("refused an empty " + noun(job.kind) + " for the print queue");
  possdk::SqlValue reprint = nullptr;
  if (!job.reprintBody.empty()) reprint = job.reprintBody;
  auto stored = db_.query(
      "INSERT INTO print_jobs(kind, receipt_no, body, reprint_body, created_at) VALUES(?, ?, ?, ?, ?) RETURNING id",
      {kindName(job.kind), job.receiptNo, job.body, reprint, isoUtc(clock_.now())});
  if (!stored) return R::fail("cannot queue the " + noun(job.kind) + " " + job.receiptNo + ": " + stored.error());
  const auto id = std::get<std::int64_t>(stored.value().at(0).at(0));

  Delivery d;
  d.printed = deliver(id, kickDrawer);
  d.state = state_;
  if (d.printed) {
    d.message = noun(job.kind) + " printed";
    if (state_.condition != "ready") d.message += "; printer " + state_.condition;
  } else {
    d.message = noun(job.kind) + " queued: printer " + state_.condition;
    if (kickDrawer) d.message += "; the drawer did not open";
  }
  return d;
}

PrinterState PrintQueue::pump() {
  if (state_.waiting == 0 || clock_.monotonic() < nextAttempt_) return state_;
  deliver(0, false);
  return state_;
}

PrinterState PrintQueue::retryNow() {
  deliver(0, false);
  return state_;
}

void PrintQueue::failed(const std::string& condition, const std::string& detail, std::int64_t jobId) {
  (void)db_.exec("UPDATE print_jobs SET attempts = attempts + 1, last_error = ? WHERE id = ?", {detail, jobId});
  state_.condition = condition;
  state_.detail = detail;
  backoff_ = backoff_.count() == 0 ? options_.firstRetry : std::min(backoff_ * 2, options_.maxRetry);
  nextAttempt_ = clock_.monotonic() + backoff_;
  refreshWaiting();
}

bool PrintQueue::deliver(std::int64_t watched, bool kickDrawer) {
  const auto waiting = waitingJobs();
  if (waiting.empty()) {
    refreshWaiting();
    return false;
  }
  if (auto opened = port_.open(); !opened) {
    failed("offline", opened.error(), waiting.front().id);
    return false;
  }
  std::string condition = "ready";
  auto status = port_.queryStatus(options_.statusTimeout);
  if (!status) {
    port_.close();
    failed("offline", status.error(), waiting.front().id);
    return false;
  }
  if (status.value()) {
    const PrinterStatus& s = *status.value();
    condition = s.describe();
    if (!s.canPrint()) {
      port_.close();
      failed(condition, port_.describe() + " reports " + condition, waiting.front().id);
      return false;
    }
  }
  bool watchedPrinted = false;
  for (const auto& job : waiting) {
    Bytes bytes = job.id == watched && kickDrawer ? escpos::drawerKick() : Bytes{};
    bytes.insert(bytes.end(), job.body.begin(), job.body.end());
    if (auto sent = port_.write(bytes); !sent) {
      port_.close();
      failed("offline", sent.error(), job.id);
      return watchedPrinted;
    }
    auto marked = db_.exec("UPDATE print_jobs SET attempts = attempts + 1, printed_at = ?, last_error = '' WHERE id = ?",
                           {isoUtc(clock_.now()), job.id});
    if (!marked) {
      // It printed, but the queue cannot say so: stop rather than print the rest twice later too.
      port_.close();
      failed("in error", "printed job " + std::to_string(job.id) + " but could not record it: " + marked.error(), job.id);
      return watchedPrinted || job.id == watched;
    }
    watchedPrinted = watchedPrinted || job.id == watched;
  }
  port_.close();
  state_.condition = condition;
  state_.detail.clear();
  backoff_ = std::chrono::milliseconds{0};
  nextAttempt_ = clock_.monotonic();
  prunePrinted();
  refreshWaiting();
  return watchedPrinted;
}

void PrintQueue::prunePrinted() {
  // Keep the newest printed jobs and always the latest receipt, which "reprint last" needs.
  (void)db_.exec(
      "DELETE FROM print_jobs WHERE printed_at IS NOT NULL"
      " AND id NOT IN (SELECT id FROM print_jobs WHERE printed_at IS NOT NULL ORDER BY id DESC LIMIT ?)"
      " AND id <> (SELECT coalesce(max(id), 0) FROM print_jobs WHERE kind IN ('sale', 'return'))",
      {static_cast<std::int64_t>(options_.keepPrinted)});
}

}  // namespace poscore::printer
