#pragma once
#include <Poco/JSON/Object.h>

#include "poscore/catalog/product.hpp"
#include "posserver/http/json_body.hpp"

namespace posserver::api {

// A product of a catalog change, checked by the lane's own product rules (poscore::catalog::checkProduct)
// so the server never publishes what a lane would refuse. Barcodes may be EAN-8, UPC-A, EAN-13 or
// GTIN-14 with a valid GS1 check digit and are kept as GTIN-14 keys. Throws 422 naming the field
// with its path ("upserts[3].price").
poscore::catalog::Product productFromJson(const http::JsonBody& body);

Poco::JSON::Object::Ptr productToJson(const poscore::catalog::Product& product);

// The JSON Schema of a product, for the OpenAPI document.
extern const char* const kProductSchema;

}  // namespace posserver::api
