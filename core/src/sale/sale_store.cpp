#include "poscore/sale/sale_store.hpp"

#include <stdexcept>

#include "poscore/services/iso_time.hpp"
#include "../services/sql_cells.hpp"
#include "poscore/sale/receipt_numbers.hpp"
#include "poscore/sale/sale_json.hpp"
#include "sale_json_names.hpp"
#include "sale_store_migrations.hpp"
#include "sale_store_rows.hpp"

namespace poscore::sale {
namespace {

using rows::attempt;
using rows::must;

possdk::Status checkIdentity(const Sale& sale, const std::string& action) {
  if (sale.id.empty()) return possdk::Status::fail("cannot " + action + " a sale without an id; give it one when it opens");
  if (sale.cashierId.empty()) {
    return possdk::Status::fail("cannot " + action + " sale " + sale.id + ": it names no cashier; sign on first");
  }
  return possdk::Status::ok();
}

void refuseCompleted(possdk::Sql& sql, const std::string& saleId) {
  auto done = must(sql.query("SELECT receipt_no FROM sales WHERE sale_id = ?", {saleId}));
  if (!done.empty()) {
    throw std::runtime_error("sale " + saleId + " is already completed as receipt " + sql::text(done[0], 0) +
                             "; start a new sale");
  }
}

void refuseOtherOpen(possdk::Sql& sql, const std::string& saleId) {
  auto open = must(sql.query("SELECT sale_id FROM open_sales WHERE state = 'open' AND sale_id <> ?", {saleId}));
  if (!open.empty()) {
    throw std::runtime_error("sale " + sql::text(open[0], 0) + " is open; complete, suspend or cancel it first");
  }
}

Sale parsedSnapshot(const std::string& saleId, const std::string& body) {
  auto parsed = saleFromJson(body);
  if (!parsed) {
    throw std::runtime_error("the kept copy of sale " + saleId + " cannot be read (" + parsed.error() +
                             "); cancel it with posctl or restore the lane database from backup");
  }
  return parsed.value();
}

}  // namespace

SaleStore::SaleStore(LaneDb& db, journal::Journal& journal, const possdk::Clock& clock, std::string laneId)
    : db_(db), journal_(journal), clock_(clock), laneId_(std::move(laneId)) {
  if (auto valid = checkLaneId(laneId_); !valid) throw std::invalid_argument(valid.error());
  if (auto migrated = db_.migrate("sales", saleStoreMigrations()); !migrated) {
    throw std::runtime_error("cannot prepare the sale tables: " + migrated.error());
  }
}

possdk::Status SaleStore::writeSnapshot(possdk::Sql& sql, const Sale& sale) {
  return attempt([&] {
    must(sql.exec(
        "INSERT INTO open_sales(sale_id, state, cashier_id, updated_at, body) VALUES(?, ?, ?, ?, ?)"
        " ON CONFLICT(sale_id) DO UPDATE SET state = excluded.state, cashier_id = excluded.cashier_id,"
        " updated_at = excluded.updated_at, body = excluded.body",
        {sale.id, std::string(toWord(sale.state)), sale.cashierId, isoUtc(clock_.now()), toJson(sale)}));
  });
}

possdk::Status SaleStore::saveOpen(const Sale& sale) {
  if (auto valid = checkIdentity(sale, "keep"); !valid) return valid;
  if (sale.state != SaleState::Open) {
    return possdk::Status::fail("sale " + sale.id + " is " + std::string(toWord(sale.state)) +
                                ", not open; only the open sale is kept this way");
  }
  auto saved = db_.transaction([&](possdk::Sql& sql) {
    if (auto checked = attempt([&] { 
          refuseCompleted(sql, sale.id);
          refuseOtherOpen(sql, sale.id);
        }); !checked) {
      return checked;
    }
    return writeSnapshot(sql, sale);
  });
  if (!saved) return possdk::Status::fail("cannot keep open sale " + sale.id + ": " + saved.error());
  return saved;
}

possdk::Result<std::optional<Sale>> SaleStore::restoreOpen() const {
  using Restored = possdk::Result<std::optional<Sale>>;
  std::optional<Sale> open;
  auto read = attempt([&] {
    auto found = must(db_.query("SELECT sale_id, body FROM open_sales WHERE state = 'open' ORDER BY updated_at DESC LIMIT 1"));
    if (!found.empty()) open = parsedSnapshot(sql::text(found[0], 0), sql::text(found[0], 1));
  });
  if (!read) return Restored::fail("cannot restore the open sale: " + read.error());
  return open;
}

possdk::Status SaleStore::suspend(Sale& sale) {
  if (auto valid = checkIdentity(sale, "suspend"); !valid) return valid;
  if (sale.state != SaleState::Open || sale.lines.empty()) {
    return possdk::Status::fail("cannot suspend sale " + sale.id + ": only an open sale with lines can be suspended");
  }
  Sale parked = sale;
  parked.state = SaleState::Suspended;
  auto saved = db_.transaction([&](possdk::Sql& sql) {
    if (auto checked = attempt([&] { refuseCompleted(sql, sale.id); }); !checked) return checked;
    return writeSnapshot(sql, parked);
  });
  if (!saved) return possdk::Status::fail("cannot suspend sale " + sale.id + ": " + saved.error());
  sale = std::move(parked);
  return saved;
}

possdk::Result<std::vector<Sale>> SaleStore::suspended() const {
  std::vector<Sale> parked;
  auto read = attempt([&] {
    for (const auto& r : must(db_.query("SELECT sale_id, body FROM open_sales WHERE state = 'suspended'"
                                        " ORDER BY updated_at, sale_id"))) {
      parked.push_back(parsedSnapshot(sql::text(r, 0), sql::text(r, 1)));
    }
  });
  if (!read) return possdk::Result<std::vector<Sale>>::fail("cannot list suspended sales: " + read.error());
  return parked;
}

possdk::Result<Sale> SaleStore::resume(const std::string& saleId) {
  Sale resumed;
  auto done = db_.transaction([&](possdk::Sql& sql) {
    if (auto found = attempt([&] {
          refuseOtherOpen(sql, saleId);
          auto body = must(sql.query("SELECT body FROM open_sales WHERE sale_id = ? AND state = 'suspended'", {saleId}));
          if (body.empty()) throw std::runtime_error("no suspended sale has the id " + saleId + "; pick one from the list");
          resumed = parsedSnapshot(saleId, sql::text(body[0], 0));
        });
        !found) {
      return found;
    }
    resumed.state = SaleState::Open;
    return writeSnapshot(sql, resumed);
  });
  if (!done) return possdk::Result<Sale>::fail("cannot resume sale " + saleId + ": " + done.error());
  return resumed;
}

}  // namespace poscore::sale
