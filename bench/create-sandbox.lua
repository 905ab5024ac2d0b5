-- wrk script: POST /api/v1/sandboxes with a name no other request uses.
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
function init(args)
  token = os.getenv("PYRO_TOKEN")
  counter = 0
end
function request()
  counter = counter + 1
  local body = '{"name":"bench-' .. tid .. '-' .. counter .. '","sandbox_type":"cpu-sandbox","resource_config":{"cpu":1,"memory":1}}'
  return wrk.format("POST", "/api/v1/sandboxes",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
