// A binary built for a future SDK ABI while its plugin.json still claims 1.0: the host must trust
// the binary's symbol table over the manifest.
#include <boost/dll/alias.hpp>
#include <possdk/possdk.hpp>

namespace {
class FromTheFuture final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host&) override { return possdk::Status::ok(); }
  possdk::Status start() override { return possdk::Status::ok(); }
  void stop() noexcept override {}
};
possdk::Plugin* make() noexcept { return new FromTheFuture(); }
}  // namespace

BOOST_DLL_ALIAS(make, possdk_create_plugin_abi_2)
