#pragma once
#include <string>

#include <Poco/JSON/Object.h>

#include "poscore/sale/sale.hpp"
#include "possdk/status.hpp"

// A sale as JSON, for the open-sale snapshot and the journal's payload. Every field of Sale is
// written, in the struct's own names (camelCase); amounts, quantities and basis points as JSON
// integers; enumerations as lower-case words ("sale", "open", "each", "line-discount", "percent");
// absent optionals as null; times as "2026-11-22T10:00:00.123Z" (UTC, kept to the millisecond).
// The object carries "format": 1 so a later layout can still read old snapshots.
namespace poscore::sale {

Poco::JSON::Object::Ptr toJsonObject(const Sale& sale);
std::string toJson(const Sale& sale);

// Strict: every field must be present with its type (optionals may be null or left out), unknown
// keys, fractions, amounts beyond kMaxAmountMinor and unknown enumeration words are refused. The
// error names the field as a path, e.g. "sale.lines[2].unitPrice: expected a whole number".
possdk::Result<Sale> saleFromJson(const std::string& text);
possdk::Result<Sale> saleFromJson(const Poco::JSON::Object& object);

}  // namespace poscore::sale
