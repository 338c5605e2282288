#include "poscore/reports/lane_report_source.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <stdexcept>

#include "poscore/services/iso_time.hpp"
#include "poscore/sale/sale_json.hpp"

namespace poscore::reports {
namespace {

using journal::Entry;

std::runtime_error unreadable(const Entry& entry, const std::string& why) {
  return std::runtime_error("journal entry " + std::to_string(entry.seq) + " (" + entry.type + ") " + why +
                            "; run `posctl journal verify` and restore the lane database from backup");
}

Poco::JSON::Object::Ptr payloadOf(const Entry& entry) {
  try {
    auto object = Poco::JSON::Parser().parse(entry.payload).extract<Poco::JSON::Object::Ptr>();
    if (object) return object;
  } catch (const Poco::Exception&) {  // not JSON, or JSON but not an object
  }
  throw unreadable(entry, "has a payload that is not a JSON object");
}

sale::Sale cancelledSale(const Entry& entry) {
  const auto payload = payloadOf(entry);
  const auto body = payload->getObject("sale");
  if (!body) throw unreadable(entry, "has no \"sale\" object in its payload");
  auto parsed = sale::saleFromJson(*body);
  if (!parsed) throw unreadable(entry, "holds a sale that cannot be read (" + parsed.error() + ")");
  return parsed.value();
}

DrawerOpen drawerOpen(const Entry& entry) {
  const auto at = parseIsoUtc(entry.time);
  if (!at) throw unreadable(entry, "has the time '" + entry.time + "', which is not a UTC time");
  const auto payload = payloadOf(entry);
  std::string reason;
  if (payload->has("reason")) {
    const auto value = payload->get("reason");
    if (!value.isString()) throw unreadable(entry, "has a \"reason\" that is not text");
    reason = value.toString();
  }
  return {*at, entry.staffId, reason};
}

std::vector<Entry> entries(const journal::Journal& journal, const char* type, const Period& period) {
  auto found = journal.entriesBetween(type, period.from, period.to);
  if (!found) throw std::runtime_error(found.error());
  return found.value();
}

}  // namespace

LaneReportSource::LaneReportSource(const sale::SaleStore& sales, const journal::Journal& journal)
    : sales_(sales), journal_(journal) {}

possdk::Result<ReportInput> LaneReportSource::activity(const Period& period) {
  using R = possdk::Result<ReportInput>;
  auto completed = sales_.salesBetween(period.from, period.to);
  if (!completed) return R::fail(completed.error());
  ReportInput input;
  for (auto& stored : completed.value()) input.completed.push_back(std::move(stored.sale));
  try {
    for (const auto& e : entries(journal_, journal::type::kVoidSale, period)) input.cancelled.push_back(cancelledSale(e));
    for (const auto& e : entries(journal_, journal::type::kNoSale, period)) input.drawerOpens.push_back(drawerOpen(e));
  } catch (const std::runtime_error& e) {
    return R::fail(e.what());
  }
  return input;
}

}  // namespace poscore::reports
