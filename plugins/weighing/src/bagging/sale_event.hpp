#pragma once
#include <cstdint>
#include <string>
#include <variant>

#include "possdk/status.hpp"

// The host's sale and self-checkout topics (docs/weighing.md, "Bus topics") as the bagging check
// reads them.
namespace weighing {

// sale.line_added and sale.line_changed: the line as it now is.
struct SaleLine {
  std::string saleId;
  std::int64_t lineNo = 0;
  std::string sku;
  std::int64_t quantity = 1;
  std::int64_t weightGrams = 0;    // weighed at the counter (sold by weight); 0 otherwise
  std::int64_t expectedGrams = 0;  // the catalog's weight of one unit; 0 when unknown
  std::int64_t spreadGrams = 0;    // the catalog's spread; 0 when unknown
};

struct LineVoided {
  std::string saleId;
  std::int64_t lineNo = 0;
};

struct SaleEnded {  // sale.completed or sale.cancelled
  std::string saleId;
};

struct AttendantApproved {
  std::int64_t lineNo = 0;
  std::string supervisor;
};

struct LineAdded : SaleLine {};
struct LineChanged : SaleLine {};

using SaleEvent = std::variant<LineAdded, LineChanged, LineVoided, SaleEnded, AttendantApproved>;

// The event a topic's payload carries; a failure names the topic and the field that was wrong.
possdk::Result<SaleEvent> parseSaleEvent(const std::string& topic, const std::string& payload);

}  // namespace weighing
