-- Drives a headless Neovim for tests/editors/neovim.test.ts. The test writes the set-up snippet
-- from docs/editor.md to setup.lua and runs it as the init file:
--   nvim --headless -i NONE -u setup.lua -c 'luafile driver.lua' draft.md
-- This script waits (polling, never sleeping a fixed time) for isnad's diagnostics on the draft,
-- asks for a hover and for code actions, and writes what it got as JSON to $ISNAD_NVIM_OUT.
-- It works on Neovim 0.7 and later.

local out = os.getenv('ISNAD_NVIM_OUT')
local timeout = tonumber(os.getenv('ISNAD_NVIM_TIMEOUT') or '120000')
local result = { version = vim.version and tostring(vim.version().major .. '.' .. vim.version().minor) or '?', steps = {} }

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd('qall!')
end

local function step(name)
  table.insert(result.steps, name)
end

local ok, failure = pcall(function()
  local buf = vim.api.nvim_get_current_buf()
  -- The FileType autocommand of the snippet starts the server; make sure the filetype is set.
  if vim.bo[buf].filetype ~= 'markdown' then vim.bo[buf].filetype = 'markdown' end
  step('opened')

  local function clients()
    local list = {}
    local attached = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = buf }) or vim.lsp.buf_get_clients(buf)
    for _, client in pairs(attached) do
      if client.name == 'isnad' then table.insert(list, client) end
    end
    return list
  end
  if not vim.wait(timeout, function() return #clients() > 0 end, 50) then
    result.error = 'no isnad client attached to the draft'
    return
  end
  step('attached')

  local function isnad_diagnostics()
    local found = {}
    for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
      if diagnostic.source == 'isnad' then table.insert(found, diagnostic) end
    end
    return found
  end
  if not vim.wait(timeout, function() return #isnad_diagnostics() > 0 end, 50) then
    result.error = 'no diagnostics from isnad'
    return
  end
  local diagnostics = isnad_diagnostics()
  table.sort(diagnostics, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  result.diagnostics = {}
  for _, diagnostic in ipairs(diagnostics) do
    table.insert(result.diagnostics, { line = diagnostic.lnum, col = diagnostic.col, code = diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code), message = diagnostic.message })
  end
  step('diagnostics')

  -- The LSP form of the first diagnostic on the line of the name-spelling finding (with its data).
  local target
  for _, diagnostic in ipairs(diagnostics) do
    local code = diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code)
    if code == 'name-spelling' then target = diagnostic end
  end
  if not target then
    result.error = 'no name-spelling diagnostic'
    return
  end
  -- Neovim 0.7 to 0.10 give a line's diagnostics in LSP form; later versions keep the LSP
  -- diagnostic in user_data.lsp.
  local lsp_target
  if vim.lsp.diagnostic.get_line_diagnostics then
    for _, candidate in ipairs(vim.lsp.diagnostic.get_line_diagnostics(buf, target.lnum)) do
      if candidate.code == 'name-spelling' then lsp_target = candidate end
    end
  elseif target.user_data and target.user_data.lsp and target.user_data.lsp.range then
    lsp_target = target.user_data.lsp
  end
  if not lsp_target then
    result.error = 'the name-spelling diagnostic has no LSP form'
    return
  end

  local uri = vim.uri_from_bufnr(buf)
  local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = lsp_target.range.start }, timeout)
  result.hover = {}
  for _, response in pairs(hover or {}) do
    if response.result and response.result.contents then
      local contents = response.result.contents
      table.insert(result.hover, type(contents) == 'table' and (contents.value or vim.fn.json_encode(contents)) or tostring(contents))
    end
  end
  step('hover')

  local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = lsp_target.range,
    context = { diagnostics = { lsp_target } },
  }, timeout)
  result.actions = {}
  for _, response in pairs(actions or {}) do
    for _, action in ipairs(response.result or {}) do
      table.insert(result.actions, { title = action.title, kind = action.kind })
    end
  end
  local fix_all = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    context = { diagnostics = {}, only = { 'source.fixAll.isnad' } },
  }, timeout)
  for _, response in pairs(fix_all or {}) do
    for _, action in ipairs(response.result or {}) do
      table.insert(result.actions, { title = action.title, kind = action.kind })
    end
  end
  step('code actions')
end)

if not ok then result.error = tostring(failure) end
finish()
