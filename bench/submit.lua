-- wrk script: server-mode letter submissions, each from a different resident (unique email per request).
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local counter = 0

request = function()
  counter = counter + 1
  local body = string.format(
    '{"name":"Bench Resident %d","email":"bench-%s-%s-%d@example.org","address":"%s","language":"en","mode":"server"}',
    counter, os.getenv("BENCH_RUN") or "run", tostring(thread_id), counter,
    os.getenv("BENCH_ADDRESS") or "2650 W 51st St")
  -- Each request as from its own resident's network (an address of the benchmarking range 198.18.0.0/15, only
  -- ever a header value): the app trusts it when ALDERMAIL_ABUSE_TRUSTED_PROXIES lists 127.0.0.1, as behind a proxy.
  local headers = { ["Content-Type"] = "application/json",
    ["X-Forwarded-For"] = string.format("198.18.%d.%d", math.floor(counter / 250) % 250, counter % 250 + 1) }
  return wrk.format(nil, nil, headers, body)
end
