#pragma once
#include <string>

#include <Poco/JSON/Object.h>

#include "poscore/catalog/product.hpp"
#include "possdk/status.hpp"

namespace poscore::catalog {

// Why a product from JSON was refused: the field's full name ("upserts[3].price") and whether the
// key was missing, unknown or had a value that does not fit.
struct ProductJsonRefusal {
  enum class Kind { Missing, Unknown, Invalid };
  Kind kind = Kind::Invalid;
  std::string field;
};

// A product as the server API writes it (docs/server-api.md): the catalog file's column names as
// keys, price in minor units, weights in grams — the one reader of it, for the server taking a
// publish and the lane applying a catalog change. sku, name_en, name_zh, price, tax_class and unit
// are required (name_zh as the catalog file requires it: receipts print it); barcodes, the weights and
// the flags default to empty, 0 and false. Barcodes may be EAN-8, UPC-A, EAN-13 or GTIN-14 with a
// valid check digit, at most 16 and none twice, and come back as GTIN-14 keys; tax_class is 1-8 of
// A-Z0-9; then the product rules (checkProduct) hold. Unknown keys, fractions and wrong types are
// refused. The message names `where.key`; `refusal`, when given, gets the field and the kind.
possdk::Result<Product> productFromApiJson(const Poco::JSON::Object& object, const std::string& where,
                                           ProductJsonRefusal* refusal = nullptr);

// The product in that same shape (barcodes as GTIN-14 keys), for the server publishing a change and
// posctl publishing a catalog to it.
Poco::JSON::Object::Ptr productToApiJson(const Product& product);

}  // namespace poscore::catalog
