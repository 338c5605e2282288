#include "product_json.hpp"

namespace posserver::api {

const char* const kProductSchema =
    R"({"type":"object","additionalProperties":false,"required":["sku","name_en","name_zh","price","tax_class","unit"],)"
    R"("properties":{"sku":{"type":"string","maxLength":40},"barcodes":{"type":"array","maxItems":16,)"
    R"("items":{"type":"string","pattern":"^[0-9]{8,14}$"}},"name_en":{"type":"string","maxLength":120},)"
    R"("name_zh":{"type":"string","maxLength":120},"price":{"type":"integer","minimum":0,"maximum":1000000000},)"
    R"("tax_class":{"type":"string","pattern":"^[A-Z0-9]{1,8}$"},"unit":{"enum":["each","weight"]},)"
    R"("tare_g":{"type":"integer","minimum":0,"maximum":1000000},)"
    R"("expected_weight_g":{"type":"integer","minimum":0,"maximum":1000000},)"
    R"("weight_spread_g":{"type":"integer","minimum":0,"maximum":1000000},)"
    R"("eas":{"type":"boolean"},"age_restricted":{"type":"boolean"}}})";

}  // namespace posserver::api
