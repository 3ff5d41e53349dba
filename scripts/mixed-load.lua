-- The request mix of scripts/measure-mixed-load.sh for wrk: reads, creates, updates and deletes
-- of several users' todo items, each of which a correct service answers with 2xx.
--
--   wrk -t2 -c50 -d60s --latency -s scripts/mixed-load.lua URL -- DATA_FILE THREADS
--
-- DATA_FILE has one line per user ("user INDEX TOKEN"), list ("list USER LIST_ID") and item
-- ("item USER LIST_ID ITEM_ID VERSION"). Each wrk thread has a Lua state of its own, so the items
-- are dealt out between the threads, and a thread changes only its own. An item is taken out of its
-- thread's pool when a request to change or delete it is sent, and put back, with its new version,
-- only once the update's answer came, so no two requests in flight ever touch the same item and
-- every If-Match names the version stored. Answers are matched to their requests by the
-- X-Request-Id the service echoes. done() prints the answers by operation and status. (wrk builds
-- one request before it starts, to check the script, and never sends it: that item is left out.)

-- Cumulative percentages: 60 % list reads, 10 % page reads, 10 % creates, 10 % updates, 10 % deletes.
local MIX = {
  { upTo = 60, operation = "read-lists" },
  { upTo = 70, operation = "read-items-page" },
  { upTo = 80, operation = "create-item" },
  { upTo = 90, operation = "update-item" },
  { upTo = 100, operation = "delete-item" },
}
-- A new item's version, as stored by its create.
local NEW_ITEM_VERSION = 0

local threads = {}

function setup(thread)
  thread:set("threadIndex", #threads)
  table.insert(threads, thread)
end

local tokens = {}   -- user index -> bearer token
local lists = {}    -- user index -> array of list ids
local users = {}    -- array of user indexes
local pool = {}     -- this thread's items that no request in flight touches
local pending = {}  -- request id -> { operation, item }
local sent = 0
answers = {}        -- "operation status" -> count, read by done() through thread:get

function init(args)
  local dataFile, threadCount = args[1], tonumber(args[2])
  local itemNumber = 0
  for line in io.lines(dataFile) do
    local fields = {}
    for field in line:gmatch("%S+") do table.insert(fields, field) end
    local kind, user = fields[1], tonumber(fields[2])
    if kind == "user" then
      tokens[user] = fields[3]
      lists[user] = {}
      table.insert(users, user)
    elseif kind == "list" then
      table.insert(lists[user], tonumber(fields[3]))
    elseif kind == "item" then
      if itemNumber % threadCount == threadIndex then
        table.insert(pool, {
          user = user, list = tonumber(fields[3]), id = tonumber(fields[4]),
          version = tonumber(fields[5]),
        })
      end
      itemNumber = itemNumber + 1
    end
  end
  math.randomseed(os.time() * 100 + threadIndex)
end

local function pick(array)
  return array[math.random(#array)]
end

-- Removes a random item from the pool in constant time, or returns nil if the pool is empty.
local function takeItem()
  local count = #pool
  if count == 0 then return nil end
  local index = math.random(count)
  local item = pool[index]
  pool[index] = pool[count]
  pool[count] = nil
  return item
end

local function chooseOperation()
  local roll = math.random(100)
  for _, share in ipairs(MIX) do
    if roll <= share.upTo then return share.operation end
  end
end

local function send(operation, item, user, method, path, body, extraHeaders)
  sent = sent + 1
  local requestId = "op-" .. threadIndex .. "-" .. sent
  pending[requestId] = { operation = operation, item = item }
  local headers = {
    ["Authorization"] = "Bearer " .. tokens[user],
    ["X-Request-Id"] = requestId,
  }
  if body then headers["Content-Type"] = "application/json" end
  for name, value in pairs(extraHeaders or {}) do headers[name] = value end
  return wrk.format(method, path, headers, body)
end

function request()
  local operation = chooseOperation()
  local item
  if operation == "update-item" or operation == "delete-item" then
    item = takeItem()
    -- Every item of this thread is in flight: read instead, rather than touch one twice.
    if not item then operation = "read-lists" end
  end
  if operation == "read-lists" then
    return send(operation, nil, pick(users), "GET", "/api/todo-lists")
  end
  if operation == "read-items-page" then
    local user = pick(users)
    return send(operation, nil, user, "GET",
      "/api/todo-items?listId=" .. pick(lists[user]) .. "&pageSize=10")
  end
  if operation == "create-item" then
    local user = pick(users)
    local list = pick(lists[user])
    return send(operation, { user = user, list = list }, user, "POST", "/api/todo-items",
      string.format('{"listId":%d,"title":"Item %d-%d"}', list, threadIndex, sent + 1))
  end
  local ifMatch = { ["If-Match"] = '"' .. item.version .. '"' }
  if operation == "update-item" then
    -- A new title every time, so every update changes the item and advances its version by one.
    return send(operation, item, item.user, "PUT", "/api/todo-items/" .. item.id,
      string.format('{"title":"Item %d-%d","done":%s}', threadIndex, sent + 1,
        tostring(math.random(2) == 1)),
      ifMatch)
  end
  return send(operation, item, item.user, "DELETE", "/api/todo-items/" .. item.id, nil, ifMatch)
end

local function header(headers, wanted)
  for name, value in pairs(headers) do
    if name:lower() == wanted then return value end
  end
end

local reported = 0

function response(status, headers, body)
  local requestId = header(headers, "x-request-id")
  local request = requestId and pending[requestId]
  if not request then
    answers["uncorrelated " .. status] = (answers["uncorrelated " .. status] or 0) + 1
    return
  end
  pending[requestId] = nil
  local key = request.operation .. " " .. status
  answers[key] = (answers[key] or 0) + 1
  local item = request.item
  if status >= 200 and status < 300 then
    if request.operation == "update-item" then
      item.version = item.version + 1
      table.insert(pool, item)
    elseif request.operation == "create-item" then
      local id = (header(headers, "location") or ""):match("/(%d+)$")
      if id then
        table.insert(pool, { user = item.user, list = item.list, id = tonumber(id),
          version = NEW_ITEM_VERSION })
      end
    end
  elseif reported < 5 then
    -- The first few refusals, with what was asked, to tell the service's fault from the script's.
    reported = reported + 1
    io.stderr:write(string.format("%s %s %s item %s: %s\n", requestId, request.operation, status,
      item and item.id or "-", body))
  end
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for key, count in pairs(thread:get("answers")) do
      totals[key] = (totals[key] or 0) + count
    end
  end
  local keys = {}
  for key in pairs(totals) do table.insert(keys, key) end
  table.sort(keys)
  local all, non2xx, serverErrors = 0, 0, 0
  io.write("answers by operation and status:\n")
  for _, key in ipairs(keys) do
    local count = totals[key]
    local status = tonumber(key:match("(%d+)$"))
    io.write(string.format("  %-22s %d\n", key, count))
    all = all + count
    if status < 200 or status > 299 then non2xx = non2xx + count end
    if status >= 500 then serverErrors = serverErrors + count end
  end
  local errors = summary.errors
  io.write(string.format("mixed-load: answers %d non-2xx %d 5xx %d socket-errors %d timeouts %d\n",
    all, non2xx, serverErrors, errors.connect + errors.read + errors.write, errors.timeout))
end
