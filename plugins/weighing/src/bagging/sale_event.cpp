#include "src/bagging/sale_event.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

namespace weighing {

namespace {

class Fields {
 public:
  Fields(std::string topic, Poco::JSON::Object::Ptr object) : topic_(std::move(topic)), object_(std::move(object)) {}

  std::string text(const std::string& key) {
    const auto value = object_->get(key);
    if (value.isString()) return value.extract<std::string>();
    if (value.isInteger()) return value.toString();
    fail(key, "a string");
    return {};
  }

  std::int64_t whole(const std::string& key, bool required, std::int64_t least) {
    const auto value = object_->get(key);
    if (value.isEmpty() && !required) return 0;
    if (!value.isInteger()) {
      fail(key, "a whole number");
      return 0;
    }
    const auto number = value.convert<Poco::Int64>();
    if (number < least) fail(key, "at least " + std::to_string(least));
    return number;
  }

  const std::string& error() const { return error_; }

 private:
  void fail(const std::string& key, const std::string& wanted) {
    if (error_.empty()) {
      error_ = topic_ + ": field \"" + key + "\" must be " + wanted + "; fix the sender of this topic";
    }
  }

  std::string topic_;
  Poco::JSON::Object::Ptr object_;
  std::string error_;
};

SaleLine lineFrom(Fields& f) {
  SaleLine line;
  line.saleId = f.text("sale_id");
  line.lineNo = f.whole("line_no", true, 1);
  line.sku = f.text("sku");
  line.quantity = f.whole("quantity", true, 0);
  line.weightGrams = f.whole("weight_grams", false, 0);
  line.expectedGrams = f.whole("expected_grams", false, 0);
  line.spreadGrams = f.whole("spread_grams", false, 0);
  return line;
}

possdk::Result<SaleEvent> eventFrom(const std::string& topic, Fields& f) {
  if (topic == "sale.line_added") return SaleEvent{LineAdded{lineFrom(f)}};
  if (topic == "sale.line_changed") return SaleEvent{LineChanged{lineFrom(f)}};
  if (topic == "sale.line_voided") return SaleEvent{LineVoided{f.text("sale_id"), f.whole("line_no", true, 1)}};
  if (topic == "sale.completed" || topic == "sale.cancelled") return SaleEvent{SaleEnded{f.text("sale_id")}};
  if (topic == "selfcheckout.attendant_approved") {
    return SaleEvent{AttendantApproved{f.whole("line_no", false, 0), f.text("supervisor")}};
  }
  return possdk::Result<SaleEvent>::fail(topic + ": not a topic the bagging check reads");
}

}  // namespace

possdk::Result<SaleEvent> parseSaleEvent(const std::string& topic, const std::string& payload) {
  Poco::JSON::Object::Ptr object;
  try {
    object = Poco::JSON::Parser().parse(payload).extract<Poco::JSON::Object::Ptr>();
  } catch (const Poco::Exception& e) {
    return possdk::Result<SaleEvent>::fail(topic + ": the payload is not a JSON object (" + e.displayText() + ")");
  }
  if (!object) return possdk::Result<SaleEvent>::fail(topic + ": the payload is not a JSON object");
  Fields fields(topic, object);
  auto event = eventFrom(topic, fields);
  if (!fields.error().empty()) return possdk::Result<SaleEvent>::fail(fields.error());
  return event;
}

}  // namespace weighing
