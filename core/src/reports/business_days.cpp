#include "poscore/reports/business_days.hpp"

#include <stdexcept>

#include "poscore/reports/report_json.hpp"

namespace poscore::reports {
namespace {

using possdk::Status;

const std::vector<possdk::Migration> kMigrations = {
    {1, "business days",
     "CREATE TABLE business_day("
     " day INTEGER PRIMARY KEY CHECK(day >= 1),"
     " opened_at INTEGER NOT NULL,"  // unix milliseconds
     " closed_at INTEGER,"           // NULL while the day is open
     " z_report TEXT,"               // the Z report as JSON (report_json.hpp), set when it closes
     " CHECK((closed_at IS NULL) = (z_report IS NULL)));"
     "CREATE UNIQUE INDEX business_day_one_open ON business_day((closed_at IS NULL)) WHERE closed_at IS NULL"},
};

std::int64_t ms(std::chrono::system_clock::time_point at) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
}

std::int64_t asInt(const possdk::SqlValue& v) { return std::get<std::int64_t>(v); }

possdk::Result<BusinessDay> openDay(possdk::Sql& sql) {
  auto rows = sql.query("SELECT day, opened_at FROM business_day WHERE closed_at IS NULL");
  if (!rows) return possdk::Result<BusinessDay>::fail(rows.error());
  if (rows.value().empty()) return possdk::Result<BusinessDay>::fail("no business day is open");
  const auto& row = rows.value()[0];
  return BusinessDay{asInt(row[0]), std::chrono::system_clock::time_point{std::chrono::milliseconds{asInt(row[1])}}};
}

}  // namespace

BusinessDays::BusinessDays(LaneDb& db, const possdk::Clock& clock) : db_(db), clock_(clock) {
  if (auto migrated = db_.migrate("business_day", kMigrations); !migrated) {
    throw std::runtime_error("business day table could not be created in " + db_.file().string() + ": " +
                             migrated.error());
  }
}

possdk::Result<BusinessDay> BusinessDays::current() {
  auto opened = db_.transaction([&](possdk::Sql& sql) {
    auto any = sql.query("SELECT count(*) FROM business_day");
    if (!any) return Status::fail(any.error());
    if (asInt(any.value()[0][0]) > 0) return Status::ok();
    auto first = sql.exec("INSERT INTO business_day(day, opened_at) VALUES(1, ?)", {ms(clock_.now())});
    return first ? Status::ok() : Status::fail(first.error());
  });
  if (!opened) return possdk::Result<BusinessDay>::fail("business day unavailable: " + opened.error());
  auto day = openDay(db_);
  if (!day) return possdk::Result<BusinessDay>::fail("business day unavailable: " + day.error());
  return day;
}

possdk::Result<BusinessDay> BusinessDays::close(const Report& z, bool saleOpen) {
  using Closed = possdk::Result<BusinessDay>;
  if (saleOpen) return Closed::fail("Z report refused: a sale is open; complete, suspend or cancel it first");
  if (z.kind != ReportKind::Z) return Closed::fail("an X report cannot close the business day; take a Z report");
  auto day = current();
  if (!day) return day;
  if (z.period.businessDay != day.value().number) {
    return Closed::fail("Z report refused: it is for business day " + std::to_string(z.period.businessDay) +
                        " but day " + std::to_string(day.value().number) + " is open; take the Z report again");
  }
  BusinessDay next{day.value().number + 1, z.period.to};
  auto closed = db_.transaction([&](possdk::Sql& sql) {
    auto done = sql.exec("UPDATE business_day SET closed_at = ?, z_report = ? WHERE day = ? AND closed_at IS NULL",
                         {ms(z.period.to), toJson(z), day.value().number});
    if (!done) return Status::fail(done.error());
    if (done.value() != 1) return Status::fail("day " + std::to_string(day.value().number) + " was closed meanwhile");
    auto opened = sql.exec("INSERT INTO business_day(day, opened_at) VALUES(?, ?)", {next.number, ms(next.openedAt)});
    return opened ? Status::ok() : Status::fail(opened.error());
  });
  if (!closed) return Closed::fail("business day " + std::to_string(day.value().number) + " not closed: " + closed.error());
  return next;
}

possdk::Result<Report> BusinessDays::storedZ(std::int64_t number) {
  using Stored = possdk::Result<Report>;
  auto rows = db_.query("SELECT z_report FROM business_day WHERE day = ?", {number});
  if (!rows) return Stored::fail("Z report of day " + std::to_string(number) + " unavailable: " + rows.error());
  if (rows.value().empty()) {
    return Stored::fail("there is no business day " + std::to_string(number) + " on this lane");
  }
  if (std::holds_alternative<std::nullptr_t>(rows.value()[0][0])) {
    return Stored::fail("business day " + std::to_string(number) + " is still open; it has no Z report yet (an X report reads it)");
  }
  auto report = reportFromJson(std::get<std::string>(rows.value()[0][0]));
  if (!report) return Stored::fail("Z report of day " + std::to_string(number) + ": " + report.error());
  return report;
}

}  // namespace poscore::reports
