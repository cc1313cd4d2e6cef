-- Drives Neovim's own LSP client against proposal-lint's language server, headless:
--   nvim --headless --clean -u NONE -c "luafile test/editors/nvim.lua"
-- Environment: PL_INIT (a Lua set-up to source, the README's: it starts the server for
-- markdown buffers) or PL_SERVER (the server's command as a JSON list: started here);
-- PL_ENCODING (utf-16 | utf-8, for PL_SERVER), PL_FILES (proposals to open, one a line),
-- PL_FIX (the rule whose first quick fix is applied in each file), PL_ROOT, PL_OUT (a
-- JSON report). For each file: open it, wait for the diagnostics, read them as Neovim
-- holds them (byte columns), ask for the code actions on the PL_FIX diagnostic, apply the
-- first one's WorkspaceEdit with Neovim's own vim.lsp.util.apply_workspace_edit and
-- :write the file. test/slow/editors.test.ts checks the report and the files on disk.
local report = { files = {} }
local function finish(code)
  local f = assert(io.open(os.getenv('PL_OUT'), 'w'))
  f:write(vim.fn.json_encode(report))
  f:close()
  for _, client in pairs(vim.lsp.get_active_clients()) do client.stop(true) end
  vim.cmd((code == 0 and 'qa!') or ('cq ' .. code))
end
local function fail(message)
  report.error = message
  finish(3)
end

local ok, err = pcall(function()
  vim.cmd('filetype on')
  local raw = {}
  local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
    raw[result.uri] = result
    return publish(e, result, ctx, config)
  end
  local id
  if os.getenv('PL_INIT') then
    dofile(os.getenv('PL_INIT'))
  else
    local encoding = os.getenv('PL_ENCODING') or 'utf-16'
    local capabilities = vim.lsp.protocol.make_client_capabilities()
    if encoding == 'utf-8' then capabilities.general = { positionEncodings = { 'utf-8', 'utf-16' } } end
    id = vim.lsp.start_client({
      name = 'proposal-lint',
      cmd = vim.fn.json_decode(os.getenv('PL_SERVER')),
      root_dir = os.getenv('PL_ROOT'),
      capabilities = capabilities,
      offset_encoding = encoding,
      settings = { proposalLint = { rules = {} } },
    })
    if not id then return fail('the server did not start') end
  end

  for _, path in ipairs(vim.split(os.getenv('PL_FILES'), '\n', { trimempty = true })) do
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    local buf = vim.api.nvim_get_current_buf()
    if os.getenv('PL_INIT') then
      -- The set-up attached the server when the buffer became markdown.
      vim.wait(10000, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 20)
      for _, c in pairs(vim.lsp.buf_get_clients(buf)) do if c.name == 'proposal-lint' then id = c.id end end
      if not id then return fail('the set-up attached no proposal-lint client to ' .. path) end
    else
      vim.lsp.buf_attach_client(buf, id)
    end
    local uri = vim.uri_from_bufnr(buf)
    if not vim.wait(15000, function() return raw[uri] ~= nil and #vim.diagnostic.get(buf) > 0 end, 20) then
      return fail('no diagnostics for ' .. path)
    end
    local client = vim.lsp.get_client_by_id(id)
    report.positionEncoding = client.server_capabilities.positionEncoding
    report.offsetEncoding = client.offset_encoding
    local entry = { path = path, filetype = vim.bo[buf].filetype, diagnostics = {}, actions = {} }
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(entry.diagnostics, { code = d.code, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, message = d.message })
    end
    table.sort(entry.diagnostics, function(a, b)
      if a.lnum ~= b.lnum then return a.lnum < b.lnum end
      if a.col ~= b.col then return a.col < b.col end
      return a.code < b.code
    end)
    -- Hover on the first diagnostic, and the code lens on the first heading (before the edit).
    local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = raw[uri].diagnostics[1].range.start }, 10000)
    entry.hover = hover and hover[id] and hover[id].result and hover[id].result.contents.value or vim.NIL
    local lenses = vim.lsp.buf_request_sync(buf, 'textDocument/codeLens', { textDocument = { uri = uri } }, 10000)
    local lens = lenses and lenses[id] and lenses[id].result and lenses[id].result[1]
    entry.lens = lens and { title = lens.command.title, line = lens.range.start.line } or vim.NIL
    -- The code actions for one diagnostic, as the server published it (with its data).
    local target
    for _, d in ipairs(raw[uri].diagnostics) do if d.code == os.getenv('PL_FIX') then target = d break end end
    if not target then return fail('no ' .. os.getenv('PL_FIX') .. ' diagnostic in ' .. path) end
    local params = { textDocument = { uri = uri }, range = target.range, context = { diagnostics = { target } } }
    local answers = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000)
    local actions = (answers and answers[id] and answers[id].result) or {}
    for _, a in ipairs(actions) do table.insert(entry.actions, { title = a.title, kind = a.kind, command = a.command ~= nil }) end
    if not actions[1] or not actions[1].edit then return fail('no code action with an edit in ' .. path) end
    vim.lsp.util.apply_workspace_edit(actions[1].edit, client.offset_encoding)
    vim.cmd('write')
    table.insert(report.files, entry)
  end
  finish(0)
end)
if not ok then fail(tostring(err)) end
