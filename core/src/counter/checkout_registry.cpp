#include "poscore/counter/checkout_registry.hpp"

#include <algorithm>

#include "poscore/plugins/plugin_call.hpp"
#include "poscore/services/log.hpp"

namespace poscore::counter {
namespace {

class CheckoutFacade final : public possdk::Checkout {
 public:
  CheckoutFacade(CheckoutRegistry& registry, std::string pluginId) : registry_(registry), pluginId_(std::move(pluginId)) {}
  possdk::Status addTender(std::shared_ptr<possdk::TenderProvider> tender) override {
    return registry_.addTender(pluginId_, std::move(tender));
  }
  possdk::Status addLookup(std::shared_ptr<possdk::CodeLookup> lookup) override {
    return registry_.addLookup(pluginId_, std::move(lookup));
  }
  possdk::Status addReceiptSection(std::shared_ptr<possdk::ReceiptSection> section) override {
    return registry_.addReceiptSection(pluginId_, std::move(section));
  }

 private:
  CheckoutRegistry& registry_;
  std::string pluginId_;
};

template <typename Entries>
void eraseOwnedBy(Entries& entries, const std::string& pluginId) {
  std::erase_if(entries, [&](const auto& entry) { return entry.pluginId == pluginId; });
}

void logFailure(const std::string& pluginId, const std::string& error) {
  LogSink::instance().write(possdk::LogLevel::Error, pluginId, error);
}

}  // namespace

CheckoutRegistry::CheckoutRegistry(std::vector<std::string> builtInTenders) : builtIn_(std::move(builtInTenders)) {}

std::unique_ptr<possdk::Checkout> CheckoutRegistry::facadeFor(const std::string& pluginId) {
  return std::make_unique<CheckoutFacade>(*this, pluginId);
}

void CheckoutRegistry::forget(const std::string& pluginId) {
  eraseOwnedBy(tenders_, pluginId);
  eraseOwnedBy(lookups_, pluginId);
  eraseOwnedBy(sections_, pluginId);
}

const CheckoutRegistry::TenderEntry* CheckoutRegistry::tender(const std::string& kind) const {
  auto found = std::find_if(tenders_.begin(), tenders_.end(), [&](const auto& t) { return t.kind == kind; });
  return found == tenders_.end() ? nullptr : &*found;
}

possdk::Status CheckoutRegistry::addTender(const std::string& pluginId, std::shared_ptr<possdk::TenderProvider> tender) {
  if (!tender) return possdk::Status::fail("plugin " + pluginId + " added an empty tender; pass a TenderProvider object");
  auto kind = callPluginFor(pluginId, "TenderProvider::id", [&] { return tender->id(); });
  if (!kind) return possdk::Status::fail(kind.error());
  if (kind.value().empty()) {
    return possdk::Status::fail("plugin " + pluginId + " added a tender whose id() is empty; give it a unique id such as \"points\"");
  }
  if (std::find(builtIn_.begin(), builtIn_.end(), kind.value()) != builtIn_.end()) {
    return possdk::Status::fail("plugin " + pluginId + " added tender \"" + kind.value() +
                                "\", which the host handles itself; choose another id");
  }
  if (const auto* taken = this->tender(kind.value())) {
    return possdk::Status::fail("plugin " + pluginId + " added tender \"" + kind.value() + "\", already added by plugin " +
                                taken->pluginId + "; tender ids must be unique on the lane");
  }
  tenders_.push_back({pluginId, std::move(tender), kind.value()});
  return possdk::Status::ok();
}

possdk::Status CheckoutRegistry::addLookup(const std::string& pluginId, std::shared_ptr<possdk::CodeLookup> lookup) {
  if (!lookup) return possdk::Status::fail("plugin " + pluginId + " added an empty lookup; pass a CodeLookup object");
  lookups_.push_back({pluginId, std::move(lookup)});
  return possdk::Status::ok();
}

possdk::Status CheckoutRegistry::addReceiptSection(const std::string& pluginId,
                                                   std::shared_ptr<possdk::ReceiptSection> section) {
  if (!section) return possdk::Status::fail("plugin " + pluginId + " added an empty receipt section; pass a ReceiptSection object");
  sections_.push_back({pluginId, std::move(section)});
  return possdk::Status::ok();
}

std::optional<possdk::LookupItem> CheckoutRegistry::lookup(const std::string& code) {
  // A copy: a plugin's lookup may fail and be forgotten while we iterate.
  const auto lookups = lookups_;
  for (const auto& entry : lookups) {
    auto found = callPluginFor(entry.pluginId, "CodeLookup::lookup", [&] { return entry.object->lookup(code); });
    if (!found) {
      logFailure(entry.pluginId, found.error());
      continue;
    }
    if (found.value()) return found.value();
  }
  return std::nullopt;
}

std::vector<possdk::ReceiptText> CheckoutRegistry::receiptLines(const std::string& saleJson) {
  std::vector<possdk::ReceiptText> lines;
  const auto sections = sections_;
  for (const auto& entry : sections) {
    auto added = callPluginFor(entry.pluginId, "ReceiptSection::linesFor", [&] { return entry.object->linesFor(saleJson); });
    if (!added) {
      logFailure(entry.pluginId, added.error());
      continue;
    }
    lines.insert(lines.end(), added.value().begin(), added.value().end());
  }
  return lines;
}

}  // namespace poscore::counter
