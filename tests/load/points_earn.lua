-- wrk script for scripts/bench-server.sh: every request earns 1 point for a member, spread round
-- robin over members FIRST .. FIRST+COUNT-1, each with an Idempotency-Key of its own (PREFIX, the
-- thread and a counter), so every request is a new ledger entry and none is a replay.
--   wrk ... -s tests/load/points_earn.lua URL -- TOKEN FIRST COUNT PREFIX
-- Prints one line: RESULT rps=N p50_us=N p99_us=N failed=N (answers of 400 and up, socket errors
-- and timeouts), which the bench script parses. No response() hook: wrk then skips reading bodies
-- into Lua.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  token = args[1]
  first = tonumber(args[2])
  count = tonumber(args[3])
  prefix = args[4]
  sent = 0
  headers = {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
  }
end

function request()
  local member = first + (sent * 2 + id) % count
  sent = sent + 1
  headers["Idempotency-Key"] = prefix .. "-" .. id .. "-" .. sent
  return wrk.format("POST", "/api/v1/members/" .. member .. "/points", headers, '{"kind":"earn","points":1}')
end

function done(summary, latency, requests)
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout +
    summary.errors.status
  io.write(string.format("RESULT rps=%d p50_us=%d p99_us=%d failed=%d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), failed))
end
