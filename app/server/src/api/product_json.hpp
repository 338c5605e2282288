#pragma once
namespace posserver::api {

// The JSON Schema of a product, for the OpenAPI document.
extern const char* const kProductSchema;

}  // namespace posserver::api
