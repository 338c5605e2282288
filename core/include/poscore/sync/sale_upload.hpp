#pragma once
#include <string>

#include "poscore/sale/sale.hpp"
#include "poscore/sale/sale_store.hpp"
#include "poscore/services/outbox.hpp"

namespace poscore::sync {

// The body of POST /api/v1/sales for a completed sale or return (docs/server-api.md): lane_id,
// receipt, kind, completed_at, currency, total and the sale record as the lane keeps it.
std::string saleUploadBody(const sale::Sale& sale, const std::string& laneId, const std::string& currency);

// The outbox key of a sale's upload: the receipt, which the server also dedupes on.
std::string saleUploadKey(const sale::Sale& sale);

// A SaleStore commit hook that queues the sale's upload in `outbox` inside the sale's own
// transaction. `outbox` must outlive the store.
sale::SaleStore::CommitHook saleUploader(Outbox& outbox, std::string laneId, std::string currency);

}  // namespace poscore::sync
