-- Neovim (0.7+) as a client of `mechlens lsp --stdio`, headless. Started by run.mjs as
--   nvim --headless --clean -u harness.lua
-- with these environment variables:
--   MECHLENS_NVIM_CMD     JSON array: the server's command line
--   MECHLENS_NVIM_ROOT    the workspace folder (root_dir)
--   MECHLENS_NVIM_FILE    the manuscript to open (draft.md in the workspace)
--   MECHLENS_NVIM_RESULT  where to write the results: JSON, a list of { name, ok, detail }
-- Only the built-in client of Neovim 0.7 is used (vim.lsp.start_client, buf_attach_client,
-- buf_request_sync, vim.diagnostic.get, vim.lsp.util.apply_workspace_edit), no plugins. Every wait is
-- bounded; the results file is rewritten after each step, so a hard kill still leaves what finished.

local env = vim.env
local cmd = vim.fn.json_decode(env.MECHLENS_NVIM_CMD)
local root = env.MECHLENS_NVIM_ROOT
local file = env.MECHLENS_NVIM_FILE
local result_path = env.MECHLENS_NVIM_RESULT

local CONTRADICTION = 'Contradicts the review: IL-4 inhibits NFATc1'
local CITATION = '[104]'
local REWRITE_PREFIX = 'Rewrite'

local results = {}

local function write_results()
  local f = assert(io.open(result_path .. '.tmp', 'w'))
  f:write(vim.fn.json_encode(results))
  f:close()
  os.rename(result_path .. '.tmp', result_path)
end

local function record(name, ok, detail)
  table.insert(results, { name = name, ok = ok, detail = detail or '' })
  write_results()
end

local function oneline(value)
  local text = type(value) == 'string' and value or vim.inspect(value)
  text = text:gsub('%s+', ' ')
  if #text > 400 then text = text:sub(1, 400) .. '…' end
  return text
end

--- Runs one step: fn returns (ok, detail) or raises; a raised error is a failure with its message.
local function step(name, fn)
  local ok, passed, detail = pcall(fn)
  if not ok then
    record(name, false, 'Lua error: ' .. oneline(passed))
    return false
  end
  record(name, passed and true or false, detail)
  return passed
end

local function skip(name, why)
  record(name, false, 'not run: ' .. why)
end

-- What the server did, seen from the client side.
local state = {
  published = {},   -- uri → the last publishDiagnostics' diagnostics, exactly as the server sent them
  publish_count = 0,
  configuration_requests = {},
  exit = nil,       -- { code, signal } once the server process has exited
}

local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
local default_configuration = vim.lsp.handlers['workspace/configuration']

local function mechlens_diagnostics(bufnr, client_id)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr, { namespace = vim.lsp.diagnostic.get_namespace(client_id) })) do
    if d.source == 'mechlens' then table.insert(found, d) end
  end
  return found
end

local function is_contradiction(message)
  return type(message) == 'string' and message:find(CONTRADICTION, 1, true) ~= nil
    and message:find(CITATION, 1, true) ~= nil
end

local function describe(diags)
  if #diags == 0 then return 'none' end
  local parts = {}
  for _, d in ipairs(diags) do
    table.insert(parts, string.format('%d:%d "%s"', (d.lnum or 0) + 1, (d.col or 0) + 1, d.message))
  end
  return table.concat(parts, '; ')
end

local function hover_text(contents)
  if contents == nil or contents == vim.NIL then return nil, 'null' end
  if type(contents) == 'string' then return contents, 'MarkedString (string)' end
  if contents.kind then return contents.value, 'MarkupContent ' .. contents.kind end
  if contents.value then return contents.value, 'MarkedString (' .. tostring(contents.language) .. ')' end
  local parts = {}
  for _, c in ipairs(contents) do
    table.insert(parts, type(c) == 'string' and c or (c.value or ''))
  end
  return table.concat(parts, '\n'), 'MarkedString[]'
end

--- Runs the server's request through every attached client and returns the mechlens client's answer.
local function request(bufnr, client_id, method, params, timeout_ms)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, timeout_ms)
  if not responses then return nil, 'no answer within ' .. timeout_ms .. ' ms (' .. tostring(err) .. ')' end
  local response = responses[client_id]
  if not response then return nil, 'no answer from the mechlens client' end
  if response.err then return nil, 'error response: ' .. oneline(response.err) end
  return response.result
end

local function main()
  vim.lsp.set_log_level('debug')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  if vim.bo[bufnr].filetype == '' then vim.bo[bufnr].filetype = 'markdown' end
  local uri = vim.uri_from_bufnr(bufnr)

  -- The same call as the Neovim 0.7 configuration in docs/editors.md (plus one non-default setting,
  -- to see that settings arrive), and handlers that remember what the server sent.
  local client_id = vim.lsp.start_client({
    name = 'mechlens',
    cmd = cmd,
    root_dir = root,
    get_language_id = function(_, filetype)
      return ({ tex = 'latex', plaintex = 'latex', text = 'plaintext' })[filetype] or filetype
    end,
    settings = { mechlens = { minConfidence = 0.7, debounceMs = 250, severity = { contradiction = 'error' } } },
    -- Neovim 0.7 neither announces workspace/configuration nor sends the settings by itself.
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
    flags = { debounce_text_changes = 150 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and result.uri then
          state.published[result.uri] = result.diagnostics
          state.publish_count = state.publish_count + 1
        end
        return default_publish(err, result, ctx, config)
      end,
      ['workspace/configuration'] = function(err, result, ctx, config)
        for _, item in ipairs((result and result.items) or {}) do
          table.insert(state.configuration_requests, tostring(item.section))
        end
        return default_configuration(err, result, ctx, config)
      end,
    },
    on_exit = function(code, signal) state.exit = { code = code, signal = signal } end,
  })

  local started = step('server starts and initializes', function()
    if not client_id then return false, 'vim.lsp.start_client returned nil (could not spawn ' .. oneline(cmd) .. ')' end
    local ok = vim.wait(15000, function()
      local c = vim.lsp.get_client_by_id(client_id)
      return (c and c.initialized) or state.exit ~= nil
    end, 50)
    if state.exit then
      return false, string.format('the server exited (code %s, signal %s) before initialize finished; its stderr is in the LSP log', state.exit.code, state.exit.signal)
    end
    if not ok then return false, 'no initialize response within 15 s' end
    local caps = vim.lsp.get_client_by_id(client_id).server_capabilities
    local have = {}
    for _, k in ipairs({ 'hoverProvider', 'completionProvider', 'codeActionProvider', 'textDocumentSync' }) do
      if caps[k] ~= nil and caps[k] ~= false then table.insert(have, k) end
    end
    return true, 'capabilities: ' .. table.concat(have, ', ')
  end)
  if not started then
    for _, name in ipairs({ 'contradiction diagnostic', 'settings reach the server', 'hover', 'completion', 'Rewrite quick fix', 'diagnostic clears after the fix', 'server shuts down' }) do
      skip(name, 'the server did not start')
    end
    return
  end

  vim.lsp.buf_attach_client(bufnr, client_id)

  -- (1) The contradiction is pushed as a diagnostic with the review's statement and its reference.
  local diag
  step('contradiction diagnostic', function()
    vim.wait(20000, function()
      for _, d in ipairs(mechlens_diagnostics(bufnr, client_id)) do
        if is_contradiction(d.message) then diag = d return true end
      end
      return state.exit ~= nil
    end, 50)
    if not diag then
      local why = state.exit and string.format(' (the server exited, code %s)', state.exit.code) or ''
      return false, string.format('no mechlens diagnostic with "%s" and "%s" within 20 s%s; %d publishDiagnostics received; mechlens diagnostics: %s',
        CONTRADICTION, CITATION, why, state.publish_count, describe(mechlens_diagnostics(bufnr, client_id)))
    end
    local severity = vim.diagnostic.severity[diag.severity] or tostring(diag.severity)
    return true, string.format('line %d: "%s" (%s); workspace/configuration asked for: %s', diag.lnum + 1, diag.message,
      severity, #state.configuration_requests > 0 and table.concat(state.configuration_requests, ', ') or 'nothing')
  end)

  -- (1b) The settings sent with didChangeConfiguration apply: the contradiction becomes an error.
  step('settings reach the server', function()
    if not diag then return false, 'not run: no contradiction diagnostic' end
    local severity
    vim.wait(5000, function()
      for _, d in ipairs(mechlens_diagnostics(bufnr, client_id)) do
        if is_contradiction(d.message) then diag = d severity = d.severity end
      end
      return severity == vim.diagnostic.severity.ERROR
    end, 50)
    local name = vim.diagnostic.severity[severity] or tostring(severity)
    if severity ~= vim.diagnostic.severity.ERROR then
      return false, 'severity.contradiction = "error" was sent, the contradiction is still ' .. name
    end
    return true, 'severity.contradiction = "error" → ' .. name
  end)

  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local claim_row
  for i, l in ipairs(lines) do
    if l:find('IL-4 promotes NFATc1', 1, true) then claim_row = i - 1 break end
  end

  -- (2) Hover on NFATc1 of the claim's line.
  step('hover', function()
    if not claim_row then return false, 'the claim line is not in the buffer' end
    local line = lines[claim_row + 1]
    local byte = line:find('NFATc1', 1, true)
    local character = vim.str_utfindex(line, byte) -- inside the word: one past its first letter
    local result, err = request(bufnr, client_id, 'textDocument/hover', {
      textDocument = { uri = uri },
      position = { line = claim_row, character = character },
    }, 5000)
    if err then return false, err end
    if not result or result == vim.NIL then return false, 'null hover at ' .. claim_row + 1 .. ':' .. character + 1 end
    local text, kind = hover_text(result.contents)
    if not text or not text:find('NFATc1', 1, true) then
      return false, kind .. ' without "NFATc1": ' .. oneline(text)
    end
    return true, kind .. ', ' .. #text .. ' characters'
  end)

  -- (3) Completion: a new last line "NFA" (a buffer change, sent as didChange by Neovim's change
  -- tracking), then textDocument/completion at its end.
  step('completion', function()
    local last = vim.api.nvim_buf_line_count(bufnr)
    vim.api.nvim_buf_set_lines(bufnr, last, last, false, { '', 'NFA' })
    local row = last + 1
    vim.api.nvim_win_set_cursor(0, { row + 1, 3 })
    local result, err = request(bufnr, client_id, 'textDocument/completion', {
      textDocument = { uri = uri },
      position = { line = row, character = 3 },
      context = { triggerKind = 1 },
    }, 5000)
    if err then return false, err end
    if not result or result == vim.NIL then return false, 'null completion at ' .. row + 1 .. ':4' end
    local items = result.items or result
    local labels = {}
    for _, item in ipairs(items) do
      if item.label == 'NFATc1' then
        return true, string.format('%d items, NFATc1 among them', #items)
      end
      if #labels < 8 then table.insert(labels, item.label) end
    end
    return false, string.format('%d items, no "NFATc1"; first labels: %s', #items, table.concat(labels, ', '))
  end)

  -- (4) The Rewrite quick fix for the diagnostic, applied the way Neovim applies code actions.
  local fixed = false
  step('Rewrite quick fix', function()
    if not diag then return false, 'not run: no contradiction diagnostic' end
    -- The diagnostic exactly as the server published it (not Neovim's byte-column copy of it).
    local lsp_diag
    for _, d in ipairs(state.published[uri] or {}) do
      if is_contradiction(d.message) then lsp_diag = d break end
    end
    if not lsp_diag then
      return false, 'the contradiction is in vim.diagnostic but not among the diagnostics published for ' .. uri
    end
    local before = vim.api.nvim_buf_get_lines(bufnr, lsp_diag.range.start.line, lsp_diag.range.start.line + 1, false)[1]
    local result, err = request(bufnr, client_id, 'textDocument/codeAction', {
      textDocument = { uri = uri },
      range = lsp_diag.range,
      context = { diagnostics = { lsp_diag } },
    }, 5000)
    if err then return false, err end
    local action
    local titles = {}
    for _, a in ipairs(result ~= vim.NIL and result or {}) do
      table.insert(titles, '"' .. tostring(a.title) .. '"')
      if not action and type(a.title) == 'string' and a.title:sub(1, #REWRITE_PREFIX) == REWRITE_PREFIX then action = a end
    end
    if not action then
      return false, 'no action titled "' .. REWRITE_PREFIX .. '…"; actions: ' .. (#titles > 0 and table.concat(titles, ', ') or 'none')
    end
    if not action.edit then
      return false, '"' .. action.title .. '" has no edit (command: ' .. oneline(action.command) .. ')'
    end
    local edit_uris = {}
    for u, _ in pairs(action.edit.changes or {}) do table.insert(edit_uris, u) end
    local client = vim.lsp.get_client_by_id(client_id)
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
    local after = vim.api.nvim_buf_get_lines(bufnr, lsp_diag.range.start.line, lsp_diag.range.start.line + 1, false)[1]
    local expected = before:gsub('IL%-4 promotes NFATc1', 'IL-4 inhibits NFATc1', 1)
    if after ~= expected then
      return false, string.format('after "%s" the line reads "%s", expected "%s" (edit for %s; buffer is %s)',
        action.title, after, expected, table.concat(edit_uris, ', '), uri)
    end
    fixed = true
    return true, string.format('"%s" → "%s"', action.title, after)
  end)

  -- (5) After the edit (a didChange from the change tracking), the server withdraws the warning.
  step('diagnostic clears after the fix', function()
    if not fixed then return false, 'not run: the quick fix was not applied' end
    local count_before = state.publish_count
    local cleared = vim.wait(15000, function()
      for _, d in ipairs(mechlens_diagnostics(bufnr, client_id)) do
        if is_contradiction(d.message) then return false end
      end
      return true
    end, 50)
    if not cleared then
      return false, string.format('still there after 15 s (%d publishDiagnostics since the edit): %s',
        state.publish_count - count_before, describe(mechlens_diagnostics(bufnr, client_id)))
    end
    return true, string.format('%d publishDiagnostics after the edit; mechlens diagnostics now: %s',
      state.publish_count - count_before, describe(mechlens_diagnostics(bufnr, client_id)))
  end)

  -- (6) shutdown + exit end the server process.
  step('server shuts down', function()
    if state.exit then return false, string.format('the server had already exited (code %s)', state.exit.code) end
    vim.lsp.stop_client(client_id)
    local ok = vim.wait(5000, function() return state.exit ~= nil end, 50)
    if not ok then
      vim.lsp.stop_client(client_id, true)
      vim.wait(2000, function() return state.exit ~= nil end, 50)
      return false, 'still running 5 s after shutdown/exit; stopped by force'
    end
    return state.exit.code == 0, string.format('exit code %s, signal %s', state.exit.code, state.exit.signal)
  end)
end

local function finish()
  local ok, err = pcall(main)
  if not ok then record('harness', false, 'Lua error: ' .. oneline(err)) end
  vim.cmd('qa!')
end

-- After startup (filetype detection is on by then), not while this file is being sourced.
vim.api.nvim_create_autocmd('VimEnter', { once = true, callback = function() vim.schedule(finish) end })
