#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "possdk/checkout.hpp"

namespace poscore::counter {

// What plugins added to the sale through possdk::Checkout, by plugin. Every call into a plugin's
// object goes through callPlugin, so a throwing tender or lookup is contained and named.
class CheckoutRegistry {
 public:
  struct TenderEntry {
    std::string pluginId;
    std::shared_ptr<possdk::TenderProvider> provider;
    std::string kind;  // read once at registration: the provider's id()
  };

  // Tender kinds the host itself handles; plugins may not take these ids.
  explicit CheckoutRegistry(std::vector<std::string> builtInTenders = {"cash", "card"});

  std::unique_ptr<possdk::Checkout> facadeFor(const std::string& pluginId);
  // Drops everything `pluginId` registered, when it stops or fails.
  void forget(const std::string& pluginId);

  const std::vector<TenderEntry>& tenders() const { return tenders_; }
  const TenderEntry* tender(const std::string& kind) const;
  // The first plugin that knows `code`; a lookup that throws is skipped (its error is logged).
  std::optional<possdk::LookupItem> lookup(const std::string& code);
  // Every section's lines, in registration order; a throwing section adds nothing.
  std::vector<possdk::ReceiptText> receiptLines(const std::string& saleJson);

  possdk::Status addTender(const std::string& pluginId, std::shared_ptr<possdk::TenderProvider> tender);
  possdk::Status addLookup(const std::string& pluginId, std::shared_ptr<possdk::CodeLookup> lookup);
  possdk::Status addReceiptSection(const std::string& pluginId, std::shared_ptr<possdk::ReceiptSection> section);

 private:
  template <typename T>
  struct Owned {
    std::string pluginId;
    std::shared_ptr<T> object;
  };

  std::vector<std::string> builtIn_;
  std::vector<TenderEntry> tenders_;
  std::vector<Owned<possdk::CodeLookup>> lookups_;
  std::vector<Owned<possdk::ReceiptSection>> sections_;
};

}  // namespace poscore::counter
