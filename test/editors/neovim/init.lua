-- Headless Neovim (0.7+) as a third-party LSP client of the built Disclose server.
--
--   DISCLOSE_SERVER=server/dist/server.js DISCLOSE_NVIM_OUT=out.json [DISCLOSE_NODE=node] \
--     nvim --headless -n -i NONE -u test/editors/neovim/init.lua policy.md
--
-- Attaches the server to the Markdown buffer from a FileType autocmd, waits for its diagnostics,
-- appends a complaint section with nvim_buf_set_lines, waits for the complaint-channel diagnostic
-- to go away, writes what it saw as JSON to $DISCLOSE_NVIM_OUT (stdout when unset) and quits.
-- Neovim 0.7 has no vim.lsp.start and supports push diagnostics only.

local server = assert(os.getenv('DISCLOSE_SERVER'), 'DISCLOSE_SERVER must name server/dist/server.js')
local node = os.getenv('DISCLOSE_NODE') or 'node'
local out_path = os.getenv('DISCLOSE_NVIM_OUT')
local message_language = os.getenv('DISCLOSE_MESSAGE_LANGUAGE') or 'zh-cn'
local timeout_ms = tonumber(os.getenv('DISCLOSE_NVIM_TIMEOUT_MS') or '') or 10000
local complaint_lines = {
  '',
  '## 投诉',
  '',
  '如需投诉，请发送邮件至 complaints@example.cn。',
}

local uv = vim.loop
local t0 = uv.hrtime()
local function ms_since(start)
  return (uv.hrtime() - start) / 1e6
end

local report = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, events = {} }
local client_id = nil
local exit_info = nil

local function event(name)
  table.insert(report.events, { name = name, ms = ms_since(t0) })
end

local function finish(ok)
  report.ok = ok
  report.total_ms = ms_since(t0)
  -- Stop the server the polite way (shutdown, then exit) and record how it exited.
  if client_id then
    vim.lsp.stop_client(client_id)
    vim.wait(3000, function()
      return exit_info ~= nil
    end, 10)
  end
  local json = vim.fn.json_encode(report)
  if out_path and out_path ~= '' then
    vim.fn.writefile({ json }, out_path)
  else
    io.stdout:write(json .. '\n')
  end
  vim.cmd(ok and 'qa!' or 'cq!')
end

local function snapshot(bufnr)
  local items = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(items, {
      code = d.code,
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      source = d.source,
      message = d.message,
    })
  end
  table.sort(items, function(a, b)
    if a.lnum ~= b.lnum then
      return a.lnum < b.lnum
    end
    return tostring(a.code) < tostring(b.code)
  end)
  return items
end

local function has_code(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then
      return true
    end
  end
  return false
end

local function scenario(bufnr)
  -- 1. The diagnostics of the file as opened.
  local waited = uv.hrtime()
  local got = vim.wait(timeout_ms, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 5)
  if not got then
    report.error = 'no diagnostics within ' .. timeout_ms .. ' ms after attaching'
    return finish(false)
  end
  event('first-diagnostics')
  report.first_wait_ms = ms_since(waited)
  report.initial = snapshot(bufnr)

  -- 2. An edit: append a complaint section; Neovim sends didChange after its debounce.
  local edited = uv.hrtime()
  local last = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, last, last, false, complaint_lines)
  got = vim.wait(timeout_ms, function()
    return not has_code(bufnr, 'complaint-channel') and #vim.diagnostic.get(bufnr) > 0
  end, 5)
  if not got then
    report.error = 'complaint-channel still reported ' .. timeout_ms .. ' ms after the edit'
    report.after_edit = snapshot(bufnr)
    return finish(false)
  end
  event('edit-diagnostics')
  report.edit_wait_ms = ms_since(edited)
  report.after_edit = snapshot(bufnr)
  report.changedtick = vim.api.nvim_buf_get_changedtick(bufnr)
  finish(true)
end

vim.cmd('filetype on')
vim.o.swapfile = false

local group = vim.api.nvim_create_augroup('DiscloseTest', { clear = true })
vim.api.nvim_create_autocmd('FileType', {
  group = group,
  pattern = 'markdown',
  callback = function(args)
    local bufnr = args.buf
    if not client_id then
      client_id = vim.lsp.start_client({
        name = 'disclose',
        cmd = { node, server, '--stdio' },
        root_dir = vim.fn.getcwd(),
        -- 0.7 sends no locale and does not declare workspace/configuration: settings travel here.
        init_options = { settings = { messageLanguage = message_language } },
        on_init = function(_, result)
          report.server_name = result and result.serverInfo and result.serverInfo.name
          event('initialized')
        end,
        on_exit = function(code, signal)
          exit_info = { code = code, signal = signal }
          report.server_exit = exit_info
        end,
      })
      event('client-started')
    end
    if not client_id then
      report.error = 'vim.lsp.start_client returned nil'
      return finish(false)
    end
    vim.lsp.buf_attach_client(bufnr, client_id)
    event('attached')
    -- Run the scenario once startup (and this autocmd) has finished.
    vim.schedule(function()
      local ok, err = pcall(scenario, bufnr)
      if not ok then
        report.error = tostring(err)
        finish(false)
      end
    end)
  end,
})

-- A file that never turns into a markdown buffer would otherwise hang the run.
vim.defer_fn(function()
  if not client_id then
    report.error = 'no markdown buffer was opened (filetype: ' .. vim.bo.filetype .. ')'
    finish(false)
  end
end, timeout_ms)
