-- Vouch in Neovim's built-in LSP client: the configuration the README shows, started headless by the e2e suite
-- (test/e2e/neovim/neovim.test.ts). The suite points VOUCH_LSP_CMD at the bundle it just built; a user leaves it
-- unset and gets `npx vouch lsp --stdio`.
local cmd = os.getenv('VOUCH_LSP_CMD') and vim.split(os.getenv('VOUCH_LSP_CMD'), '\t', { plain = true })
  or { 'npx', 'vouch', 'lsp', '--stdio' }

vim.api.nvim_create_autocmd('FileType', {
  callback = function(ev)
    if vim.bo[ev.buf].buftype ~= '' then return end
    local config = { name = 'vouch', cmd = cmd, root_dir = vim.fn.getcwd() }
    if vim.lsp.start then
      vim.lsp.start(config, { bufnr = ev.buf }) -- Neovim 0.8+
    else
      -- Neovim 0.7 (Debian 12): start one client, attach every buffer to it.
      _G.vouch_client_id = _G.vouch_client_id or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(ev.buf, _G.vouch_client_id)
    end
  end,
})
