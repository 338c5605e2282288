#pragma once
#include <string>

#include <Poco/JSON/Object.h>

#include "poscore/catalog/product.hpp"
#include "possdk/status.hpp"

namespace poscore::catalog {

// A product as the server API writes it (docs/server-api.md): the catalog file's column names as
// keys, price in minor units, weights in grams. sku, name_en, price, tax_class and unit are
// required; barcodes, name_zh, the weights and the flags default to empty, 0 and false. Unknown
// keys, fractions and wrong types are refused naming `where.key`. The product rules
// (checkProduct) are the caller's next step.
possdk::Result<Product> productFromApiJson(const Poco::JSON::Object& object, const std::string& where);

}  // namespace poscore::catalog
