#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "poscore/money/money.hpp"
#include "possdk/status.hpp"

// Promotions as data. Two kinds:
//  - multi-buy: `quantity` pieces from a set of SKUs for `price` together ("3 for 10.00"), as many
//    groups as fit;
//  - time price: a special unit price (per piece or per kilogram) for a set of SKUs, between two
//    instants and, optionally, only between two times of day.
// SKUs are the store's article numbers as text ("100001"); a promotion naming a SKU the catalog
// does not hold simply never applies.
namespace poscore::sale {

// Minutes after local midnight; `to` before `from` spans midnight (22:00-02:00).
struct DailyHours {
  int fromMinute = 0;
  int toMinute = 0;
  bool contains(int minuteOfDay) const;
};

struct Promotion {
  enum class Kind { MultiBuy, TimePrice };
  std::string id;  // printed as the adjustment's code
  Kind kind = Kind::MultiBuy;
  std::string labelEn;  // receipt text under the line, e.g. "3 for 10.00"
  std::string labelZh;
  std::vector<std::string> skus;
  std::int64_t quantity = 0;  // multi-buy: pieces per group (2..99); unused for a time price
  Money price;                // multi-buy: the group's price; time price: the special unit price
  std::optional<std::chrono::system_clock::time_point> from;  // inclusive; open when absent
  std::optional<std::chrono::system_clock::time_point> to;    // exclusive; open when absent
  std::optional<DailyHours> hours;                            // local time of day, lane's UTC offset

  bool coversSku(const std::string& sku) const;
  // Whether it applies at `now`; `utcOffsetMinutes` turns the instant into the lane's time of day.
  bool activeAt(std::chrono::system_clock::time_point now, int utcOffsetMinutes) const;
};

struct Promotions {
  std::vector<Promotion> items;  // multi-buys claim pieces in this order
  int utcOffsetMinutes = 8 * 60;  // the lane's offset for daily hours (China Standard Time, no DST)
};

// Checks one promotion: id, both labels, at least one SKU, group size 2..99, price above zero and
// within kMaxAmountMinor, from before to, daily minutes within 0..1439 and not equal. The message
// names `where` (e.g. "promotions.json: promotions[2]") and the field.
possdk::Status validatePromotion(const Promotion& promotion, const std::string& where);

// Reads promotions from JSON text:
//   {"utc_offset_minutes": 480, "promotions": [{"id": "...", "kind": "multi_buy" | "time_price",
//     "label_en": "...", "label_zh": "...", "skus": ["100001"], "quantity": 3, "price": "10.00",
//     "from": "2026-11-01T00:00:00+08:00", "to": "...", "daily_from": "17:00", "daily_to": "19:00"}]}
// Prices are decimal text in the lane currency (`decimals`); instants are ISO 8601 with Z or an
// offset. Ids must be unique. Errors name `source`, the entry, the field and what to write instead.
possdk::Result<Promotions> parsePromotions(const std::string& jsonText, const std::string& source, int decimals);

// "2026-11-01T08:00:00Z" or "...+08:00" (seconds optional); nullopt for anything else, including
// dates that do not exist.
std::optional<std::chrono::system_clock::time_point> parseIsoInstant(const std::string& text);

}  // namespace poscore::sale
