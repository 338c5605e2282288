#pragma once
#include <cstddef>
#include <filesystem>

#include "poscore/sale/promotion.hpp"
#include "poscore/services/lane_db.hpp"
#include "possdk/status.hpp"

// The lane's promotions in the lane database (migrations scope "promotions"). The back office
// sends them as a JSON file (see parsePromotions); the counter reads them once per sale.
namespace poscore::sale {

class PromotionStore {
 public:
  explicit PromotionStore(LaneDb& db) : db_(db) {}
  // Creates or upgrades the tables; call once before the others.
  possdk::Status migrate();
  // Replaces every stored promotion with `promotions` in one transaction: all or nothing. Each
  // promotion is validated first.
  possdk::Status replaceAll(const Promotions& promotions);
  possdk::Result<Promotions> load() const;

 private:
  LaneDb& db_;
};

// Reads `file` with parsePromotions and replaces the stored promotions with it. Returns how many
// were loaded; on any error nothing is changed and the message names the file and the entry.
possdk::Result<std::size_t> importPromotionsFile(PromotionStore& store, const std::filesystem::path& file,
                                                 int decimals);

}  // namespace poscore::sale
