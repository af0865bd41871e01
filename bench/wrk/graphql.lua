-- wrk script: POSTs one GraphQL document per request, with a variable picked at random from a
-- list. Arguments (after --): a body template file holding the request JSON with the marker
-- __VALUE__ where the variable's JSON value goes, and a file of JSON values, one per line
-- (absent for documents without variables). Prints one RESULT line the runner parses; its errors
-- count failed connections, non-2xx statuses and answers that carry GraphQL errors (a refusal
-- such as UNAVAILABLE comes with status 200 under application/json).
local prefix, suffix, values = nil, "", {}

local function read(path)
  local file = assert(io.open(path, "r"))
  local text = file:read("*a")
  file:close()
  return text
end

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  answers_with_errors = 0
  local template = read(args[1]):gsub("%s+$", "")
  local at = template:find("__VALUE__", 1, true)
  if at then
    prefix, suffix = template:sub(1, at - 1), template:sub(at + #"__VALUE__")
    for line in read(args[2]):gmatch("[^\n]+") do
      values[#values + 1] = line
    end
  else
    prefix = template
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

function request()
  local body = prefix
  if #values > 0 then
    body = prefix .. values[math.random(#values)] .. suffix
  end
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status == 200 and body:find('"errors"', 1, true) then
    answers_with_errors = answers_with_errors + 1
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout
  for _, thread in ipairs(threads) do
    errors = errors + thread:get("answers_with_errors")
  end
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, errors))
end
