-- wrk script for W5: 40 % W1, 40 % W2, 20 % addComment (signed in with a bearer token).
-- Arguments (after --): W1 body, W2 body template, W2 values, W5 body template, W5 values, token.
-- Body templates and value files as in graphql.lua. Prints the runner's RESULT line.
local w1, w2, w5 = {}, {}, {}
local token

local function read(path)
  local file = assert(io.open(path, "r"))
  local text = file:read("*a")
  file:close()
  return text
end

local function load(target, template_path, values_path)
  local template = read(template_path):gsub("%s+$", "")
  local at = template:find("__VALUE__", 1, true)
  target.values = {}
  if at then
    target.prefix, target.suffix = template:sub(1, at - 1), template:sub(at + #"__VALUE__")
    for line in read(values_path):gmatch("[^\n]+") do
      target.values[#target.values + 1] = line
    end
  else
    target.prefix, target.suffix = template, ""
  end
end

local function body(target)
  if #target.values == 0 then
    return target.prefix
  end
  return target.prefix .. target.values[math.random(#target.values)] .. target.suffix
end

function init(args)
  load(w1, args[1], nil)
  load(w2, args[2], args[3])
  load(w5, args[4], args[5])
  token = args[6]
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

function request()
  local r = math.random()
  if r < 0.4 then
    return wrk.format(nil, nil, nil, body(w1))
  elseif r < 0.8 then
    return wrk.format(nil, nil, nil, body(w2))
  end
  return wrk.format(nil, nil, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body(w5))
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, errors))
end
