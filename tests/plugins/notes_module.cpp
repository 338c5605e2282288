// A plugin with a real server module: a table of notes through migrations, routes to store (once
// per Idempotency-Key) and read a note, one only admins may call, one that echoes what the module was given, and one anyone
// may call.
#include <possdk/possdk.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <optional>

namespace {

possdk::HttpResponse answer(int status, std::string body) { return possdk::HttpResponse{status, std::move(body)}; }

std::string text(const possdk::SqlValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  return "";
}

// The SDK has no JSON library, so a note is a JSON string of plain words, which need no escaping.
std::optional<std::string> plainWords(const std::string& body) {
  if (body.size() < 3 || body.size() > 202 || body.front() != '"' || body.back() != '"') return std::nullopt;
  auto words = body.substr(1, body.size() - 2);
  const bool plain = std::all_of(words.begin(), words.end(),
                                 [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == ' '; });
  return plain ? std::optional(words) : std::nullopt;
}

std::optional<std::int64_t> number(const std::string& s) {
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  return ec == std::errc{} && end == s.data() + s.size() ? std::optional(n) : std::nullopt;
}

class NotesModule final : public possdk::ServerModule {
 public:
  std::vector<possdk::Migration> migrations() const override {
    return {{1, "notes", "CREATE TABLE notes_module_notes (id {{id}}, device TEXT NOT NULL, text TEXT NOT NULL, "
                         "created_at BIGINT NOT NULL)"},
            {2, "notes by device", "CREATE INDEX notes_module_by_device ON notes_module_notes (device)"},
            {3, "idempotency keys", "ALTER TABLE notes_module_notes ADD COLUMN idempotency_key TEXT"},
            {4, "one note per key",
             "CREATE UNIQUE INDEX notes_module_by_key ON notes_module_notes (idempotency_key)"}};
  }

  std::vector<possdk::Route> routes() override {
    return {{"POST", "/notes", {"lane", "admin"}, add},
            {"GET", "/notes/{id}", {"lane", "admin"}, read},
            {"GET", "/count", {"admin"}, count},
            {"GET", "/echo/{word}", {"lane", "kiosk"}, echo},
            {"GET", "/hello", {"public"}, hello}};
  }

 private:
  // A retried request (the same Idempotency-Key) answers 200 with the note the first one stored.
  static possdk::HttpResponse add(const possdk::HttpRequest& request, possdk::ServerContext& ctx) {
    const auto note = plainWords(request.body);
    if (!note) return answer(422, R"({"error":"a note is a JSON string of 1 to 200 letters, digits and spaces"})");
    const auto at = std::chrono::duration_cast<std::chrono::seconds>(ctx.clock.now().time_since_epoch()).count();
    const auto key = request.idempotencyKey.empty() ? possdk::SqlValue{nullptr} : possdk::SqlValue{request.idempotencyKey};
    std::string id;
    bool repeated = false;
    const auto stored = ctx.db.transaction([&](possdk::Sql& tx) {
      auto row = tx.query("INSERT INTO notes_module_notes (device, text, created_at, idempotency_key) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT (idempotency_key) DO NOTHING RETURNING id",
                          {request.deviceId, *note, std::int64_t{at}, key});
      if (!row) return possdk::Status::fail(row.error());
      if (row.value().empty()) {
        row = tx.query("SELECT id FROM notes_module_notes WHERE idempotency_key = ?", {key});
        if (!row || row.value().empty()) return possdk::Status::fail("the note of a repeated key is gone");
        repeated = true;
      }
      id = text(row.value()[0][0]);
      return possdk::Status::ok();
    });
    if (!stored) return answer(500, R"({"error":"cannot store the note"})");
    return answer(repeated ? 200 : 201, "{\"id\":" + id + "}");
  }

  static possdk::HttpResponse read(const possdk::HttpRequest& request, possdk::ServerContext& ctx) {
    const auto id = number(request.pathParams.at("id"));
    if (!id) return answer(404, R"({"error":"no such note"})");
    auto rows = ctx.db.query("SELECT id, device, text, created_at FROM notes_module_notes WHERE id = ?", {*id});
    if (!rows) return answer(500, R"({"error":"cannot read the note"})");
    if (rows.value().empty()) return answer(404, R"({"error":"no such note"})");
    const auto& r = rows.value()[0];
    return answer(200, "{\"id\":" + text(r[0]) + ",\"device\":\"" + text(r[1]) + "\",\"text\":\"" + text(r[2]) +
                           "\",\"created_at\":" + text(r[3]) + "}");
  }

  static possdk::HttpResponse count(const possdk::HttpRequest&, possdk::ServerContext& ctx) {
    auto rows = ctx.db.query("SELECT COUNT(*) FROM notes_module_notes");
    if (!rows) return answer(500, R"({"error":"cannot count the notes"})");
    return answer(200, "{\"count\":" + text(rows.value()[0][0]) + "}");
  }

  static possdk::HttpResponse hello(const possdk::HttpRequest& request, possdk::ServerContext&) {
    return answer(200, "{\"device\":\"" + request.deviceId + "\"}");
  }

  static possdk::HttpResponse echo(const possdk::HttpRequest& request, possdk::ServerContext& ctx) {
    const auto q = request.query.count("q") ? request.query.at("q") : "";
    return answer(200, "{\"method\":\"" + request.method + "\",\"path\":\"" + request.path + "\",\"word\":\"" +
                           request.pathParams.at("word") + "\",\"q\":\"" + q + "\",\"device\":\"" + request.deviceId +
                           "\",\"role\":\"" + request.role + "\",\"greeting\":\"" +
                           ctx.settings.getString("greeting", "none") + "\"}");
  }
};

class NotesPlugin final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host&) override { return possdk::Status::ok(); }
  possdk::Status start() override { return possdk::Status::ok(); }
  void stop() noexcept override {}
  possdk::ServerModule* serverModule() override { return &module_; }

 private:
  NotesModule module_;
};

}  // namespace

POSSDK_PLUGIN(NotesPlugin)
