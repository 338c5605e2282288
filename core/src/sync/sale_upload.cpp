#include "poscore/sync/sale_upload.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

#include "poscore/services/iso_time.hpp"
#include "poscore/sale/sale_json.hpp"
#include "poscore/sync/outbox_queue.hpp"

namespace poscore::sync {

std::string saleUploadBody(const sale::Sale& sale, const std::string& laneId, const std::string& currency) {
  Poco::JSON::Object body(Poco::JSON_PRESERVE_KEY_ORDER);
  body.set("lane_id", laneId);
  body.set("receipt", sale.receiptNo);
  body.set("kind", sale.kind == sale::SaleKind::Return ? "return" : "sale");
  body.set("completed_at", isoUtc(sale.closedAt));
  body.set("currency", currency);
  body.set("total", static_cast<Poco::Int64>(sale.totals.total.minorUnits()));
  body.set("sale", sale::toJsonObject(sale));
  std::ostringstream out;
  Poco::JSON::Stringifier::condense(body, out);
  return out.str();
}

std::string saleUploadKey(const sale::Sale& sale) { return "sale:" + sale.receiptNo; }

sale::SaleStore::CommitHook saleUploader(Outbox& outbox, std::string laneId, std::string currency) {
  return [&outbox, laneId = std::move(laneId), currency = std::move(currency)](possdk::Sql&, const sale::Sale& sale) {
    // The outbox's own transaction joins the sale's: both are written or neither.
    auto queued = outbox.enqueue(kCoreSender, "/sales", saleUploadBody(sale, laneId, currency), saleUploadKey(sale));
    return queued ? possdk::Status::ok() : possdk::Status::fail(queued.error());
  };
}

}  // namespace poscore::sync
