-- Neovim 0.7 headless: the README's recipe (TM_RECIPE, extracted by test_editors.py) attaches torchmode
-- when the file is opened; then wait for TM001, apply the preferred fix, save.
-- Judged by the exit code (cquit 1 on failure) and the saved file; progress lines go to stdout.
local file = os.getenv("TM_FILE")

local function say(text) io.stdout:write(text .. "\n") end
local function fail(text) say("FAIL: " .. text); vim.cmd("cquit 1") end

dofile(os.getenv("TM_RECIPE"))
vim.cmd("filetype on")  -- in a user's init.lua Neovim turns it on after the file; here we open a file first
vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local client_id
if not vim.wait(10000, function()
  client_id = next(vim.lsp.buf_get_clients(buf))
  return client_id ~= nil
end, 20) then
  fail("the README recipe attached no server to the buffer")
end

if not vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
  fail("no diagnostics within 60 s")
end
local diagnostic = vim.diagnostic.get(buf)[1]
say(string.format("DIAGNOSTIC line=%d code=%s severity=%d", diagnostic.lnum, tostring(diagnostic.code), diagnostic.severity))

local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = diagnostic.lnum, character = diagnostic.col },
            ["end"] = { line = diagnostic.end_lnum, character = diagnostic.end_col } },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, diagnostic.lnum) },
}
local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000) or {}
local preferred
for _, response in pairs(responses) do
  for _, action in ipairs(response.result or {}) do
    say("ACTION " .. action.title .. (action.isPreferred and " (preferred)" or ""))
    if action.isPreferred and not preferred then preferred = action end
  end
end
if not preferred then fail("no preferred code action") end
local client = vim.lsp.get_client_by_id(client_id)
vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
vim.cmd("write")
if not vim.wait(30000, function() return #vim.diagnostic.get(buf) == 0 end, 20) then
  fail("the diagnostic stayed after the fix")
end
say("FIXED")
vim.lsp.stop_client(client_id)
vim.cmd("qall!")
