#pragma once
// Requests that write carry an Idempotency-Key (docs/server-api.md): the key is kept with the
// request's hash and the answer, in the transaction that writes, so a repeated key gets the first
// answer and writes nothing, and the same key with another request is 409 idempotency_key_reused.
#include <functional>

#include "possdk/server_module.hpp"

namespace weighing::server {

// Validates the header (400 missing_header / invalid_header), then runs `work` in one transaction
// with the key claimed, unless the key was answered before. A refused request does not spend it.
possdk::HttpResponse onceByKey(const possdk::HttpRequest& request, possdk::Sql& db,
                               const std::function<possdk::HttpResponse(possdk::Sql&)>& work);

}  // namespace weighing::server
