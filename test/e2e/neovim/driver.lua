-- Drives the headless Neovim started with config.lua: opens the fixture files, waits for Vouch's diagnostics, runs
-- the "Allow this secret here" code action the way a user does (vim.lsp.buf.code_action, choosing from the menu),
-- writes the file, and records everything in the JSON file $VOUCH_NVIM_OUT. Exits 0 when it could record, 1 when
-- the driver itself failed (the mocha test asserts on the JSON).
local out = assert(os.getenv('VOUCH_NVIM_OUT'), 'VOUCH_NVIM_OUT is not set')
local files = vim.split(assert(os.getenv('VOUCH_NVIM_FILES')), '\t', { plain = true })
local result = { nvim = vim.version(), files = {}, steps = {} }

local function step(msg) table.insert(result.steps, string.format('%.0f ms: %s', vim.loop.hrtime() / 1e6, msg)) end

local function diagnostics(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity, message = d.message,
      source = d.source or lsp.source, code = lsp.code,
    })
  end
  return list
end

local function wait_for(what, timeout, cond)
  if not vim.wait(timeout, cond, 50) then error('timed out after ' .. timeout .. ' ms waiting for ' .. what) end
  step(what)
end

local function run()
  local bufs = {}
  for _, file in ipairs(files) do
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    bufs[file] = vim.api.nvim_get_current_buf()
    wait_for('a client attached to ' .. file, 20000, function() return #vim.lsp.buf_get_clients(bufs[file]) > 0 end)
  end
  for _, file in ipairs(files) do
    wait_for('diagnostics for ' .. file, 20000, function() return #vim.diagnostic.get(bufs[file]) > 0 end)
    result.files[file] = { diagnostics = diagnostics(bufs[file]) }
  end

  -- The code action, as a user runs it: cursor on the secret, :lua vim.lsp.buf.code_action(), pick from the menu.
  local target = files[1]
  vim.cmd('buffer ' .. bufs[target])
  local d = vim.diagnostic.get(bufs[target])[1]
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col + 2 })
  local offered
  vim.ui.select = function(items, opts, on_choice)
    offered = {}
    local chosen
    for i, item in ipairs(items) do
      local action = item.action or item[2] or item
      local title = action.title or ''
      table.insert(offered, title)
      if not chosen and title:find('Allow this secret here', 1, true) then chosen = i end
    end
    if chosen then on_choice(items[chosen], chosen) else on_choice(nil, nil) end
  end
  vim.lsp.buf.code_action()
  wait_for('the code-action menu', 10000, function() return offered ~= nil end)
  result.offered = offered
  wait_for('the allow comment in the buffer', 10000, function()
    return table.concat(vim.api.nvim_buf_get_lines(bufs[target], 0, -1, false), '\n'):find('vouch:allow', 1, true) ~= nil
  end)
  vim.cmd('write')
  wait_for('diagnostics cleared after the fix', 10000, function() return #vim.diagnostic.get(bufs[target]) == 0 end)
  result.after = { file = target, diagnostics = diagnostics(bufs[target]) }
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
local fh = assert(io.open(out, 'w'))
fh:write(vim.json.encode(result))
fh:close()
vim.cmd(ok and 'qall!' or 'cquit! 1')
