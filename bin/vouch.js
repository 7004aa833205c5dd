#!/usr/bin/env node
// The `vouch` command: runs the bundled CLI (built by `npm ci` through the prepare script).
const path = require('path');
const fs = require('fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('vouch: dist/cli.js is missing; run "npm run build" in ' + path.dirname(__dirname) + '\n');
  process.exit(2);
}
require(cli).run();
