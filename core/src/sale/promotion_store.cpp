#include "poscore/sale/promotion_store.hpp"

#include <fstream>
#include <sstream>

namespace poscore::sale {
namespace {

using possdk::SqlRow;
using possdk::SqlValue;
using std::chrono::system_clock;

const std::vector<possdk::Migration> kMigrations = {
    {1, "promotions and their SKUs",
     "CREATE TABLE promotions ("
     "  id TEXT PRIMARY KEY, position INTEGER NOT NULL,"
     "  kind TEXT NOT NULL CHECK (kind IN ('multi_buy', 'time_price')),"
     "  label_en TEXT NOT NULL, label_zh TEXT NOT NULL,"
     "  quantity INTEGER NOT NULL, price_minor INTEGER NOT NULL,"
     "  from_us INTEGER, to_us INTEGER, daily_from_minute INTEGER, daily_to_minute INTEGER);"
     "CREATE TABLE promotion_skus ("
     "  promotion_id TEXT NOT NULL REFERENCES promotions(id) ON DELETE CASCADE,"
     "  sku TEXT NOT NULL, PRIMARY KEY (promotion_id, sku));"
     "CREATE TABLE promotion_settings (key TEXT PRIMARY KEY, value INTEGER NOT NULL);"},
};

SqlValue instantValue(const std::optional<system_clock::time_point>& at) {
  if (!at) return nullptr;
  return static_cast<std::int64_t>(std::chrono::duration_cast<std::chrono::microseconds>(at->time_since_epoch()).count());
}

SqlValue minuteValue(const std::optional<DailyHours>& hours, int DailyHours::*field) {
  if (!hours) return nullptr;
  return static_cast<std::int64_t>((*hours).*field);
}

std::optional<system_clock::time_point> instantOf(const SqlValue& value) {
  if (!std::holds_alternative<std::int64_t>(value)) return std::nullopt;
  return system_clock::time_point(std::chrono::microseconds(std::get<std::int64_t>(value)));
}

std::int64_t integer(const SqlValue& value) { return std::get<std::int64_t>(value); }
const std::string& text(const SqlValue& value) { return std::get<std::string>(value); }

possdk::Status insert(possdk::Sql& sql, const Promotion& p, std::int64_t position) {
  const bool multiBuy = p.kind == Promotion::Kind::MultiBuy;
  SqlRow row{p.id, position, std::string(multiBuy ? "multi_buy" : "time_price"), p.labelEn, p.labelZh,
             p.quantity, p.price.minorUnits(), instantValue(p.from), instantValue(p.to)};
  row.push_back(minuteValue(p.hours, &DailyHours::fromMinute));
  row.push_back(minuteValue(p.hours, &DailyHours::toMinute));
  auto done = sql.exec("INSERT INTO promotions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
  if (!done) return possdk::Status::fail("promotion " + p.id + ": " + done.error());
  for (const auto& sku : p.skus) {
    auto added = sql.exec("INSERT INTO promotion_skus (promotion_id, sku) VALUES (?, ?)", {p.id, sku});
    if (!added) return possdk::Status::fail("promotion " + p.id + ", SKU " + sku + ": " + added.error());
  }
  return possdk::Status::ok();
}

Promotion promotionOf(const SqlRow& row) {
  Promotion p;
  p.id = text(row[0]);
  p.kind = text(row[1]) == "multi_buy" ? Promotion::Kind::MultiBuy : Promotion::Kind::TimePrice;
  p.labelEn = text(row[2]);
  p.labelZh = text(row[3]);
  p.quantity = integer(row[4]);
  p.price = Money::minor(integer(row[5]));
  p.from = instantOf(row[6]);
  p.to = instantOf(row[7]);
  if (std::holds_alternative<std::int64_t>(row[8])) {
    p.hours = DailyHours{static_cast<int>(integer(row[8])), static_cast<int>(integer(row[9]))};
  }
  return p;
}

}  // namespace

possdk::Status PromotionStore::migrate() { return db_.migrate("promotions", kMigrations); }

possdk::Status PromotionStore::replaceAll(const Promotions& promotions) {
  for (std::size_t i = 0; i < promotions.items.size(); ++i) {
    if (auto status = validatePromotion(promotions.items[i], "promotions[" + std::to_string(i) + "]"); !status) {
      return status;
    }
  }
  return db_.transaction([&](possdk::Sql& sql) {
    for (const char* statement : {"DELETE FROM promotion_skus", "DELETE FROM promotions"}) {
      if (auto done = sql.exec(statement); !done) return possdk::Status::fail(done.error());
    }
    auto offset = sql.exec("INSERT OR REPLACE INTO promotion_settings (key, value) VALUES ('utc_offset_minutes', ?)",
                           {static_cast<std::int64_t>(promotions.utcOffsetMinutes)});
    if (!offset) return possdk::Status::fail(offset.error());
    for (std::size_t i = 0; i < promotions.items.size(); ++i) {
      if (auto status = insert(sql, promotions.items[i], static_cast<std::int64_t>(i)); !status) return status;
    }
    return possdk::Status::ok();
  });
}

possdk::Result<Promotions> PromotionStore::load() const {
  using Failure = possdk::Result<Promotions>;
  Promotions promotions;
  auto offset = db_.query("SELECT value FROM promotion_settings WHERE key = 'utc_offset_minutes'");
  if (!offset) return Failure::fail("reading promotions: " + offset.error());
  if (!offset.value().empty()) promotions.utcOffsetMinutes = static_cast<int>(integer(offset.value()[0][0]));
  auto rows = db_.query(
      "SELECT id, kind, label_en, label_zh, quantity, price_minor, from_us, to_us, daily_from_minute,"
      " daily_to_minute FROM promotions ORDER BY position");
  if (!rows) return Failure::fail("reading promotions: " + rows.error());
  auto skus = db_.query("SELECT promotion_id, sku FROM promotion_skus ORDER BY promotion_id, rowid");
  if (!skus) return Failure::fail("reading promotion SKUs: " + skus.error());
  for (const auto& row : rows.value()) {
    auto promotion = promotionOf(row);
    for (const auto& sku : skus.value()) {
      if (text(sku[0]) == promotion.id) promotion.skus.push_back(text(sku[1]));
    }
    promotions.items.push_back(std::move(promotion));
  }
  return promotions;
}

possdk::Result<std::size_t> importPromotionsFile(PromotionStore& store, const std::filesystem::path& file,
                                                 int decimals) {
  using Failure = possdk::Result<std::size_t>;
  std::ifstream in(file, std::ios::binary);
  if (!in) return Failure::fail("cannot read promotions file " + file.string() + "; check the path and permissions");
  std::ostringstream content;
  content << in.rdbuf();
  auto parsed = parsePromotions(content.str(), file.filename().string(), decimals);
  if (!parsed) return Failure::fail(parsed.error());
  if (auto stored = store.replaceAll(parsed.value()); !stored) {
    return Failure::fail("promotions file " + file.string() + ": " + stored.error());
  }
  return parsed.value().items.size();
}

}  // namespace poscore::sale
