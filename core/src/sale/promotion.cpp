#include "poscore/sale/promotion.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <regex>
#include <set>
#include <stdexcept>

#include "../util/json_fields.hpp"

namespace poscore::sale {
namespace {

using std::chrono::system_clock;

constexpr int kMinutesPerDay = 24 * 60;

int minuteOfDay(system_clock::time_point now, int utcOffsetMinutes) {
  const auto local = std::chrono::floor<std::chrono::minutes>(now) + std::chrono::minutes(utcOffsetMinutes);
  const auto sinceMidnight = local - std::chrono::floor<std::chrono::days>(local);
  return static_cast<int>(sinceMidnight.count());
}

// "17:30" -> 1050; nullopt unless HH:MM with HH 00..23 and MM 00..59.
std::optional<int> parseTimeOfDay(const std::string& text) {
  static const std::regex pattern(R"(([01][0-9]|2[0-3]):([0-5][0-9]))");
  std::smatch match;
  if (!std::regex_match(text, match, pattern)) return std::nullopt;
  return std::stoi(match[1]) * 60 + std::stoi(match[2]);
}

std::string fieldError(const std::string& where, const std::string& field, const std::string& expected) {
  return json::keyPath(where, field) + ": expected " + expected;
}

std::optional<system_clock::time_point> readInstant(const Poco::JSON::Object& object, const std::string& key,
                                                    const std::string& where) {
  const auto text = json::optionalString(object, key, where);
  if (!text) return std::nullopt;
  auto instant = parseIsoInstant(*text);
  if (!instant) json::fail(where, key, "an ISO 8601 instant such as \"2026-11-01T08:00:00+08:00\"");
  return instant;
}

Promotion readPromotion(const Poco::JSON::Object& object, const std::string& where, int decimals) {
  json::refuseUnknownKeys(object, {"id", "kind", "label_en", "label_zh", "skus", "quantity", "price", "from", "to",
                                   "daily_from", "daily_to"},
                          where);
  Promotion promotion;
  promotion.id = json::requiredString(object, "id", where);
  const auto kind = json::requiredString(object, "kind", where);
  if (kind == "multi_buy") {
    promotion.kind = Promotion::Kind::MultiBuy;
    const auto quantity = json::optionalInteger(object, "quantity", where);
    if (!quantity) json::fail(where, "quantity", "the number of pieces per group (a multi-buy needs it)");
    promotion.quantity = *quantity;
  } else if (kind == "time_price") {
    promotion.kind = Promotion::Kind::TimePrice;
    if (object.has("quantity")) json::fail(where, "quantity", "no quantity: a time price has none");
  } else {
    json::fail(where, "kind", "\"multi_buy\" or \"time_price\"");
  }
  promotion.labelEn = json::requiredString(object, "label_en", where);
  promotion.labelZh = json::requiredString(object, "label_zh", where);
  const auto skus = json::optionalArray(object, "skus", where);
  if (!skus) json::fail(where, "skus", "an array of SKUs such as [\"100001\"]");
  for (std::size_t i = 0; i < skus->size(); ++i) {
    const auto sku = skus->get(static_cast<unsigned>(i));
    if (!sku.isString()) json::fail(where, "skus[" + std::to_string(i) + "]", "a SKU as a string");
    promotion.skus.push_back(sku.extract<std::string>());
  }
  const auto price = parseMoney(json::requiredString(object, "price", where), decimals);
  if (!price) json::fail(where, "price", "a decimal amount such as \"10.00\" with at most " +
                                             std::to_string(decimals) + " decimals");
  promotion.price = *price;
  promotion.from = readInstant(object, "from", where);
  promotion.to = readInstant(object, "to", where);
  const auto dailyFrom = json::optionalString(object, "daily_from", where);
  const auto dailyTo = json::optionalString(object, "daily_to", where);
  if (dailyFrom.has_value() != dailyTo.has_value()) {
    json::fail(where, dailyFrom ? "daily_to" : "daily_from", "daily_from and daily_to together, or neither");
  }
  if (dailyFrom) {
    const auto fromMinute = parseTimeOfDay(*dailyFrom);
    const auto toMinute = parseTimeOfDay(*dailyTo);
    if (!fromMinute) json::fail(where, "daily_from", "a time of day as HH:MM, e.g. \"17:00\"");
    if (!toMinute) json::fail(where, "daily_to", "a time of day as HH:MM, e.g. \"19:00\"");
    promotion.hours = DailyHours{*fromMinute, *toMinute};
  }
  return promotion;
}

Promotions readPromotions(const std::string& jsonText, const std::string& source, int decimals) {
  Poco::Dynamic::Var parsed;
  try {
    parsed = Poco::JSON::Parser().parse(jsonText);
  } catch (const Poco::Exception& e) {
    throw std::invalid_argument(source + ": not valid JSON: " + e.message());
  }
  if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) {
    throw std::invalid_argument(source + ": expected a JSON object with a \"promotions\" array");
  }
  const auto root = parsed.extract<Poco::JSON::Object::Ptr>();
  const std::string top = source + ":";
  json::refuseUnknownKeys(*root, {"utc_offset_minutes", "promotions"}, top);
  Promotions promotions;
  const auto offset = json::optionalInteger(*root, "utc_offset_minutes", top).value_or(promotions.utcOffsetMinutes);
  if (offset < -14 * 60 || offset > 14 * 60) json::fail(top, "utc_offset_minutes", "minutes from -840 to 840");
  promotions.utcOffsetMinutes = static_cast<int>(offset);
  const auto list = json::optionalArray(*root, "promotions", top);
  if (!list) json::fail(top, "promotions", "an array of promotions");
  std::set<std::string> ids;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string where = source + ": promotions[" + std::to_string(i) + "]";
    auto promotion = readPromotion(*json::objectAt(*list, i, source + ": promotions"), where, decimals);
    if (auto status = validatePromotion(promotion, where); !status) throw std::invalid_argument(status.error());
    if (!ids.insert(promotion.id).second) {
      json::fail(where, "id", "an id not used before (\"" + promotion.id + "\" appears twice)");
    }
    promotions.items.push_back(std::move(promotion));
  }
  return promotions;
}

}  // namespace

bool DailyHours::contains(int minute) const {
  if (fromMinute <= toMinute) return minute >= fromMinute && minute < toMinute;
  return minute >= fromMinute || minute < toMinute;
}

bool Promotion::coversSku(const std::string& sku) const {
  return std::find(skus.begin(), skus.end(), sku) != skus.end();
}

bool Promotion::activeAt(system_clock::time_point now, int utcOffsetMinutes) const {
  if (from && now < *from) return false;
  if (to && now >= *to) return false;
  return !hours || hours->contains(minuteOfDay(now, utcOffsetMinutes));
}

possdk::Status validatePromotion(const Promotion& p, const std::string& where) {
  const auto fail = [&](const std::string& field, const std::string& expected) {
    return possdk::Status::fail(fieldError(where, field, expected) + "; fix the promotion and load it again");
  };
  if (p.id.empty() || p.id.size() > 64) return fail("id", "an id of 1 to 64 characters");
  if (p.labelEn.empty()) return fail("label_en", "the English receipt text");
  if (p.labelZh.empty()) return fail("label_zh", "the Chinese receipt text");
  if (p.skus.empty()) return fail("skus", "at least one SKU");
  for (std::size_t i = 0; i < p.skus.size(); ++i) {
    if (p.skus[i].empty()) return fail("skus[" + std::to_string(i) + "]", "a non-empty SKU");
    if (std::find(p.skus.begin(), p.skus.begin() + static_cast<std::ptrdiff_t>(i), p.skus[i]) !=
        p.skus.begin() + static_cast<std::ptrdiff_t>(i)) {
      return fail("skus[" + std::to_string(i) + "]", "each SKU once (\"" + p.skus[i] + "\" is listed twice)");
    }
  }
  if (p.kind == Promotion::Kind::MultiBuy && (p.quantity < 2 || p.quantity > 99)) {
    return fail("quantity", "2 to 99 pieces per group (it is " + std::to_string(p.quantity) + ")");
  }
  if (p.price.minorUnits() <= 0 || p.price.minorUnits() > kMaxAmountMinor) {
    return fail("price", "an amount above zero and at most " + formatMoney(Money::minor(kMaxAmountMinor)));
  }
  if (p.from && p.to && *p.from >= *p.to) return fail("to", "an instant after from");
  if (p.hours) {
    const auto inDay = [](int m) { return m >= 0 && m < kMinutesPerDay; };
    if (!inDay(p.hours->fromMinute) || !inDay(p.hours->toMinute)) return fail("daily_from", "times within 00:00..23:59");
    if (p.hours->fromMinute == p.hours->toMinute) return fail("daily_to", "a time different from daily_from");
  }
  return possdk::Status::ok();
}

possdk::Result<Promotions> parsePromotions(const std::string& jsonText, const std::string& source, int decimals) {
  try {
    return readPromotions(jsonText, source, decimals);
  } catch (const std::invalid_argument& e) {
    return possdk::Result<Promotions>::fail(e.what());
  }
}

std::optional<system_clock::time_point> parseIsoInstant(const std::string& text) {
  static const std::regex pattern(
      R"((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2})))");
  std::smatch m;
  if (!std::regex_match(text, m, pattern)) return std::nullopt;
  const auto number = [&](int i) { return m[i].matched ? std::stoi(m[i]) : 0; };
  const std::chrono::year_month_day date{std::chrono::year(number(1)), std::chrono::month(static_cast<unsigned>(number(2))),
                                         std::chrono::day(static_cast<unsigned>(number(3)))};
  if (!date.ok() || number(4) > 23 || number(5) > 59 || number(6) > 59 || number(9) > 14 || number(10) > 59) {
    return std::nullopt;
  }
  const int offsetMinutes = (m[8] == "-" ? -1 : 1) * (number(9) * 60 + number(10));
  return std::chrono::sys_days(date) + std::chrono::hours(number(4)) + std::chrono::minutes(number(5)) +
         std::chrono::seconds(number(6)) - std::chrono::minutes(offsetMinutes);
}

}  // namespace poscore::sale
