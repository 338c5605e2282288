#include "server/api_failure.hpp"
#include "server/catalog_item.hpp"
#include "server/idempotency.hpp"
#include "server/item_weights.hpp"
#include "server/module_routes.hpp"
#include "server/request_body.hpp"
#include "server/sql_access.hpp"

namespace weighing::server {
namespace {

using possdk::HttpRequest;
using possdk::HttpResponse;
using possdk::ServerContext;
using possdk::Sql;

HttpResponse addSamples(const HttpRequest& request, ServerContext& ctx) {
  const RequestBody body(request.body, {"samples"});
  const auto list = body.array("samples", 1, 100);
  std::vector<std::pair<std::string, std::int64_t>> samples;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const auto prefix = "samples[" + std::to_string(i) + "].";
    const auto object = list->getObject(static_cast<unsigned>(i));
    if (!object) throw ApiFailure(422, "invalid_field", "samples[" + std::to_string(i) + "]", "a sample is {\"sku\",\"mg\"}");
    const RequestBody sample(object, {"sku", "mg"}, prefix);
    samples.emplace_back(sample.text("sku", 64, isPlainChar, "of A-Z a-z 0-9 . _ : -"),
                         sample.integer("mg", kMinSampleMg, kMaxSampleMg));
  }
  return onceByKey(request, ctx.db, [&](Sql& tx) {
    for (std::size_t i = 0; i < samples.size(); ++i) {
      if (!catalogHasSku(tx, samples[i].first)) {
        throw ApiFailure(404, "product_unknown", "samples[" + std::to_string(i) + "].sku",
                         "the store's catalog has no sku " + samples[i].first);
      }
      if (!addWeightSample(tx, samples[i].first, samples[i].second)) {
        throw ApiFailure(422, "sample_refused", "samples[" + std::to_string(i) + "].mg",
                         "the sample is too far from the first one learned for " + samples[i].first +
                             " for its statistics; leave it out");
      }
    }
    Poco::JSON::Object answer;
    answer.set("accepted", static_cast<std::int64_t>(samples.size()));
    return jsonAnswer(200, answer);
  });
}

}  // namespace

std::vector<possdk::Route> weightRoutes() { return {{"POST", "/weights/samples", {"lane"}, guarded<addSamples>}}; }

}  // namespace weighing::server
