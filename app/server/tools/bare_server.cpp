// pos-bare-server: Poco's HTTPServer with pos-server's thread and queue settings and a handler that
// answers every request with one constant JSON body. Its throughput is the baseline the load
// figures of pos-server are measured against.
#include <CLI/CLI.hpp>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>

#include <algorithm>
#include <iostream>

#include "posserver/http/http_service.hpp"
#include "posserver/http/server_options.hpp"
#include "posserver/http/termination.hpp"
#include "constant_handler.hpp"

int main(int argc, char** argv) {
  posserver::http::blockTerminationSignals();
  const posserver::http::ServiceOptions defaults;
  std::string listen = "127.0.0.1:8081";
  int threads = defaults.threads;
  int maxQueued = defaults.maxQueued;
  CLI::App app{"pos-bare-server: a constant JSON answer over Poco's HTTPServer, the load baseline"};
  app.add_option("--listen", listen, "HOST:PORT; IPv6 as [::1]:8081")->capture_default_str();
  app.add_option("--threads", threads, "request threads")->check(CLI::Range(1, 1024))->capture_default_str();
  app.add_option("--max-queued", maxQueued, "connections waiting for a thread")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  const auto address = posserver::http::parseListenAddress(listen);
  if (!address) {
    std::cerr << "pos-bare-server: " << address.error() << "\n";
    return 2;
  }
  try {
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(address.value().host, address.value().port),
                                   std::max(maxQueued, 64));
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(threads);
    params->setMaxQueued(maxQueued);
    params->setKeepAlive(defaults.keepAlive);
    Poco::ThreadPool pool(std::min(2, threads), threads);
    Poco::Net::HTTPServer server(new posserver::tools::ConstantHandlerFactory, pool, socket, params);
    server.start();
    std::cout << "pos-bare-server listening on " << listen << " (port " << socket.address().port() << ")"
              << std::endl;
    posserver::http::waitForTermination();
    server.stop();
    pool.joinAll();
  } catch (const Poco::Exception& e) {
    std::cerr << "pos-bare-server: cannot serve on " << listen << ": " << e.displayText() << "\n";
    return 1;
  }
  return 0;
}
