#include "posserver/api/core_api.hpp"
#include "resource_routes.hpp"

namespace posserver::api {

void configureCoreRateLimits(http::RateLimiter& limiter, std::int64_t lookupsPerMinute) {
  limiter.configure(kEnrolBucket, {10, 10});
  limiter.configure(kMemberLookupBucket, {lookupsPerMinute, lookupsPerMinute});
}

void addCoreRoutes(http::Routes& routes, db::Database& database, const possdk::Clock& clock, http::Metrics& metrics) {
  const Services services{database, clock, metrics};
  addEnrolmentRoutes(routes, services);
  addDeviceRoutes(routes, services);
  addStoreRoutes(routes, services);
  addCatalogRoutes(routes, services);
  addSaleRoutes(routes, services);
  addMemberRoutes(routes, services);
  addPointsRoutes(routes, services);
}

}  // namespace posserver::api
