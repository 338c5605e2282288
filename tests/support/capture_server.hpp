#pragma once
#include <Poco/Exception.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace postest {

// A port-9100 receipt printer on 127.0.0.1 for tests: listens on an ephemeral port, records every
// byte it receives, answers ESC/POS real-time status queries (DLE EOT 1/2/4) with the status bytes
// a test sets, and can go offline (connections refused) and come back on the same port. One
// connection is served at a time, as a real printer does.
class CaptureServer {
 public:
  CaptureServer() {
    bind();
    port_ = listener_.address().port();
    thread_ = std::thread([this] { run(); });
  }
  ~CaptureServer() {
    stop_ = true;
    thread_.join();
  }
  CaptureServer(const CaptureServer&) = delete;
  CaptureServer& operator=(const CaptureServer&) = delete;

  std::uint16_t port() const { return port_; }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }

  // The answers to DLE EOT 1, 2 and 4; 0x12 each is a ready printer.
  void setStatus(std::uint8_t printer, std::uint8_t offlineCause, std::uint8_t paperSensor) {
    std::lock_guard lock(mutex_);
    status_ = {printer, offlineCause, paperSensor};
  }
  // false: status queries get no answer (a printer without real-time status, or a hung one).
  void answerStatus(bool answer) { answerStatus_ = answer; }
  // true: every connection is accepted and closed at once without reading.
  void dropConnections(bool drop) { drop_ = drop; }

  // Stops listening (new connections are refused) and ends the current connection; returns once
  // that has happened.
  void goOffline() { setListening(false); }
  // Listens again on the same port.
  void comeBack() { setListening(true); }

  // Forgets what was received so far (between the steps of a longer test).
  void clear() {
    std::lock_guard lock(mutex_);
    received_.clear();
    printed_.clear();
    queries_ = 0;
  }

  // Everything received, status queries included.
  std::vector<std::uint8_t> received() const {
    std::lock_guard lock(mutex_);
    return received_;
  }
  // What was received apart from the status queries: what the printer would print.
  std::vector<std::uint8_t> printed() const {
    std::lock_guard lock(mutex_);
    return printed_;
  }
  std::size_t statusQueries() const {
    std::lock_guard lock(mutex_);
    return queries_;
  }
  std::size_t connections() const {
    std::lock_guard lock(mutex_);
    return connections_;
  }
  // Waits (up to `limit`, generous: a test fails on the content, not on time) until at least
  // `bytes` printable bytes arrived. Returns whether they did.
  bool waitForPrinted(std::size_t bytes, std::chrono::milliseconds limit = std::chrono::seconds(10)) const {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, limit, [&] { return printed_.size() >= bytes; });
  }

 private:
  static constexpr std::uint8_t DLE = 0x10;
  static constexpr std::uint8_t EOT = 0x04;

  // Port 0 the first time: the system picks a free one, which later binds reuse.
  void bind() {
    listener_ = Poco::Net::ServerSocket();
    listener_.bind(Poco::Net::SocketAddress("127.0.0.1", port_), true);
    listener_.listen();
    listening_ = true;
  }

  void setListening(bool on) {
    std::unique_lock lock(mutex_);
    wantListening_ = on;
    changed_.wait(lock, [&] { return listening_ == on; });
  }

  void syncListening() {
    std::lock_guard lock(mutex_);
    if (wantListening_ && !listening_) bind();
    if (!wantListening_ && listening_) {
      listener_.close();
      listening_ = false;
    }
    changed_.notify_all();
  }

  void run() {
    const Poco::Timespan tick(0, 10'000);
    while (!stop_) {
      syncListening();
      if (!listening_) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        continue;
      }
      if (!listener_.poll(tick, Poco::Net::Socket::SELECT_READ)) continue;
      Poco::Net::StreamSocket peer;
      try {
        peer = listener_.acceptConnection();
      } catch (const Poco::Exception&) {
        continue;  // the client gave up between poll and accept
      }
      {
        std::lock_guard lock(mutex_);
        ++connections_;
      }
      if (!drop_) serve(peer);
      peer.close();
    }
  }

  void serve(Poco::Net::StreamSocket& peer) {
    const Poco::Timespan tick(0, 10'000);
    std::array<std::uint8_t, 4096> buf{};
    while (!stop_ && wantListening()) {
      if (!peer.poll(tick, Poco::Net::Socket::SELECT_READ)) continue;
      int n = 0;
      try {
        n = peer.receiveBytes(buf.data(), static_cast<int>(buf.size()));
      } catch (const Poco::Exception&) {
        return;
      }
      if (n <= 0) return;
      for (int i = 0; i < n; ++i) take(peer, buf[static_cast<std::size_t>(i)]);
      changed_.notify_all();
    }
  }

  bool wantListening() const {
    std::lock_guard lock(mutex_);
    return wantListening_;
  }

  // Splits the stream into status queries (answered) and printable bytes.
  void take(Poco::Net::StreamSocket& peer, std::uint8_t b) {
    std::lock_guard lock(mutex_);
    received_.push_back(b);
    pending_.push_back(b);
    if (pending_.size() == 1 && b == DLE) return;
    if (pending_.size() == 2 && b == EOT) return;
    if (pending_.size() == 3 && (b == 1 || b == 2 || b == 4)) {
      ++queries_;
      if (answerStatus_) {
        const std::uint8_t answer = status_[b == 1 ? 0 : b == 2 ? 1 : 2];
        try {
          peer.sendBytes(&answer, 1);
        } catch (const Poco::Exception&) {
          // The client hung up before its answer: nothing left to tell it.
        }
      }
      pending_.clear();
      return;
    }
    printed_.insert(printed_.end(), pending_.begin(), pending_.end());
    pending_.clear();
  }

  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  Poco::Net::ServerSocket listener_;
  bool listening_ = false;
  bool wantListening_ = true;
  std::uint16_t port_ = 0;
  std::array<std::uint8_t, 3> status_{0x12, 0x12, 0x12};
  std::atomic<bool> answerStatus_{true};
  std::atomic<bool> drop_{false};
  std::atomic<bool> stop_{false};
  std::vector<std::uint8_t> received_;
  std::vector<std::uint8_t> printed_;
  std::vector<std::uint8_t> pending_;
  std::size_t queries_ = 0;
  std::size_t connections_ = 0;
  std::thread thread_;
};

}  // namespace postest
