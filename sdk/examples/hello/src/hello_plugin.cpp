// The SDK's vendor template: one plugin that uses every part a feature plugin needs — a driver
// it brings itself, a device it claims, a screen and an action, its own table, settings, the event
// bus, the audit log and its own translations.
#include <possdk/possdk.hpp>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <sstream>

#include "bell_driver.hpp"
#include "hello_screen.hpp"

namespace hello {

class HelloPlugin final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host& host) override {
    host_ = &host;
    if (auto s = host.storage().migrate({{1, "presses", "CREATE TABLE hello_presses (id INTEGER PRIMARY KEY, at TEXT NOT NULL)"}}); !s) {
      return s;
    }
    host.devices().registerDriver(std::make_shared<BellDriver>());
    addAction();
    host.ui().onEvent(kScreenId, [this](const possdk::UiEvent& e) { onUi(e); });
    host.i18n().onLanguageChanged([this] {
      addAction();  // same id: the shell replaces the button, now in the new language
      if (showing_) show();
    });
    scans_ = host.events().subscribe("scanner.barcode", [this](const possdk::BusMessage& m) {
      view_.lastScan = codeOf(m.payload);
      if (showing_) show();
    });
    view_.greeting = host.settings().getString("greeting", "");
    view_.presses = countPresses();
    return possdk::Status::ok();
  }

  possdk::Status start() override {
    for (const auto& d : host_->devices().list()) {
      if (d.driver != "hello-bell" || !d.claimant.empty()) continue;
      auto handle = host_->devices().claim(d.info.id, [this](const possdk::DeviceEvent& e) { onDevice(e); });
      if (!handle) return possdk::Status::fail(handle.error());
      bell_ = handle.value();
      view_.bellId = d.info.id;
      view_.bellStatus = "ready";
      break;
    }
    host_->log().info(view_.bellId.empty() ? "started without a bell" : "started with bell " + view_.bellId);
    return possdk::Status::ok();
  }

  void stop() noexcept override {
    bell_.reset();
    scans_.reset();
  }

 private:
  // scanner.barcode carries {"code": "..."}.
  static std::string codeOf(const std::string& payload) {
    try {
      std::istringstream in(payload);
      boost::property_tree::ptree tree;
      boost::property_tree::read_json(in, tree);
      return tree.get<std::string>("code", "");
    } catch (const std::exception&) {
      return {};
    }
  }

  void addAction() { host_->ui().addAction({"hello", host_->i18n().tr("Hello"), "F9", {}, [this] { show(); }}); }

  std::int64_t countPresses() {
    auto rows = host_->storage().query("SELECT COUNT(*) FROM hello_presses");
    return rows && !rows.value().empty() ? std::get<std::int64_t>(rows.value()[0][0]) : 0;
  }

  void show() {
    showing_ = true;
    host_->ui().show(helloScreen(view_, host_->i18n()));
  }

  void onUi(const possdk::UiEvent& e) {
    if (e.element == "close") {
      showing_ = false;
      host_->ui().close(kScreenId);
    } else if (e.element == "ring" && bell_) {
      auto s = bell_->execute("ring", "{}");
      view_.bellStatus = s ? "ringing" : s.error();
      if (auto a = host_->audit().record("hello.ring", "{\"device\":\"" + view_.bellId + "\"}"); !a) {
        host_->log().error(a.error());
      }
      show();
    }
  }

  void onDevice(const possdk::DeviceEvent& e) {
    if (e.name == "button.pressed") {
      const auto at = std::chrono::duration_cast<std::chrono::seconds>(host_->clock().now().time_since_epoch()).count();
      if (auto saved = host_->storage().exec("INSERT INTO hello_presses (at) VALUES (?)", {std::to_string(at)}); !saved) {
        host_->log().error(saved.error());
      }
      view_.presses = countPresses();
      host_->events().publish("hello.pressed", "{\"presses\":" + std::to_string(view_.presses) + "}");
    } else if (e.name == "bell.rang") {
      view_.bellStatus = "rang";
    } else if (e.kind == possdk::DeviceEventKind::Error) {
      view_.bellStatus = "offline";
    }
    if (showing_) show();
  }

  possdk::Host* host_ = nullptr;
  HelloView view_;
  bool showing_ = false;
  std::shared_ptr<possdk::DeviceHandle> bell_;
  std::unique_ptr<possdk::Subscription> scans_;
};

}  // namespace hello

POSSDK_PLUGIN(hello::HelloPlugin)
