#pragma once
#include "possdk/clock.hpp"
#include "posserver/db/database.hpp"
#include "posserver/http/metrics.hpp"
#include "posserver/http/routes.hpp"

namespace posserver::api {

// What the core handlers work with; owned by the server, outliving the routes.
struct Services {
  db::Database& database;
  const possdk::Clock& clock;
  http::Metrics& metrics;
};

// One per resource file; addCoreRoutes calls them all.
void addEnrolmentRoutes(http::Routes& routes, const Services& services);
void addDeviceRoutes(http::Routes& routes, const Services& services);
void addStoreRoutes(http::Routes& routes, const Services& services);
void addCatalogRoutes(http::Routes& routes, const Services& services);
void addSaleRoutes(http::Routes& routes, const Services& services);
void addMemberRoutes(http::Routes& routes, const Services& services);
void addPointsRoutes(http::Routes& routes, const Services& services);

}  // namespace posserver::api
