#pragma once
#include <Poco/JSON/Object.h>

#include "poscore/catalog/product.hpp"

namespace posserver::api {

// A product of a catalog change is read by poscore::catalog::productFromApiJson, the lane's own reader,
// so the server never publishes what a lane would refuse; this writes it back in the same shape.
Poco::JSON::Object::Ptr productToJson(const poscore::catalog::Product& product);

// The JSON Schema of a product, for the OpenAPI document.
extern const char* const kProductSchema;

}  // namespace posserver::api
