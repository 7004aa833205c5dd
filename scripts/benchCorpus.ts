/**
 * The benchmark's corpus, built on the fly in a temporary folder and deleted afterwards (never committed): the text
 * files of the project's own installed node_modules (copied under `vendor/`, so no tool skips them by name) plus
 * generated source files in ten languages carrying planted fake secrets (each rule's own generated samples) and AI
 * tells (chat preambles, markdown fences, placeholder phrases). The folder is a git repository: one human commit and
 * one commit with a `Co-Authored-By: Claude` trailer, so `vouch scan`'s default git signal has real work to do.
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { SampleKit } from '../server/src/core/secrets/sampleKit';
import { SECRET_RULES } from '../server/src/core/secrets/rules';

const MB = 1024 * 1024;
/** The same limit as `vouch scan`'s default --max-file-size, so every tool reads the same bytes. */
const MAX_FILE = 2 * MB;
/** Share of the corpus taken from node_modules (the rest is generated). */
const VENDOR_SHARE = 0.4;

export interface CorpusInfo {
  dir: string;
  bytes: number;
  files: number;
  vendorBytes: number;
  generatedBytes: number;
  plantedSecrets: number;
  plantedTells: number;
  buildMs: number;
}

interface VendorFile { abs: string; rel: string; size: number }

let vendorCache: VendorFile[] | undefined;

/** Text files (no NUL in the first 8 KB, at most 2 MB) of the project's node_modules, in a stable order. */
function vendorFiles(root: string): VendorFile[] {
  if (vendorCache) return vendorCache;
  const out: VendorFile[] = [];
  const stack = [path.join(root, 'node_modules')];
  while (stack.length) {
    const d = stack.pop()!;
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { continue; }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (e.name !== '.bin' && e.name !== '.cache') stack.push(p); continue; }
      if (!e.isFile()) continue;
      const size = fs.statSync(p).size;
      if (size === 0 || size > MAX_FILE) continue;
      const fd = fs.openSync(p, 'r');
      const head = Buffer.alloc(Math.min(size, 8192));
      fs.readSync(fd, head, 0, head.length, 0);
      fs.closeSync(fd);
      if (head.includes(0)) continue;
      out.push({ abs: p, rel: path.relative(path.join(root, 'node_modules'), p), size });
    }
  }
  out.sort((a, b) => (a.rel < b.rel ? -1 : 1));
  return (vendorCache = out);
}

// ---------------------------------------------------------------------------------------------------------------
// Generated source: ten languages, each a function template with realistic identifiers, comments and strings.

const WORDS = ['user', 'order', 'invoice', 'session', 'cache', 'report', 'account', 'payment', 'queue', 'batch', 'device',
  'token', 'config', 'client', 'request', 'record', 'profile', 'metric', 'event', 'export', 'import', 'shard', 'lease', 'route'];
const VERBS = ['load', 'save', 'parse', 'render', 'sync', 'validate', 'merge', 'fetch', 'update', 'compute', 'resolve', 'flush'];

interface Lang { ext: string; comment: string; fn(name: string, noun: string, k: SampleKit, i: number): string; header: string }

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

const LANGS: Lang[] = [
  {
    ext: 'ts', comment: '//', header: "import { readFile } from 'fs/promises';\nimport type { Request, Response } from 'express';\n\n",
    fn: (n, o, k, i) => `/** ${cap(n)}s the ${o} for the current request and records how long it took. */
export async function ${n}${cap(o)}(req: Request, res: Response): Promise<void> {
  const id = req.params.id ?? "anonymous-${i}";
  const started = Date.now();
  const token = process.env.API_TOKEN; // read from the environment, never hard-coded
  if (!token) throw new Error(\`missing API token for ${o} \${id}\`);
  const body = JSON.parse(await readFile(\`/var/data/${o}/\${id}.json\`, 'utf8')) as Record<string, unknown>;
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string' && value.length > ${20 + (i % 50)}) body[key] = value.slice(0, ${20 + (i % 50)});
  }
  res.setHeader('x-trace-id', '${k.hex(16)}');
  res.json({ id, took: Date.now() - started, ${o}: body });
}

`,
  },
  {
    ext: 'js', comment: '//', header: "'use strict';\nconst path = require('path');\nconst { EventEmitter } = require('events');\n\n",
    fn: (n, o, k, i) => `// ${n} ${o}: retries up to ${i % 5 + 1} times with exponential backoff.
async function ${n}${cap(o)}(client, id, opts = {}) {
  const retries = opts.retries ?? ${i % 5 + 1};
  let delay = ${50 + (i % 200)};
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const result = await client.get(path.join('/api/${o}s', String(id)), { headers: { 'x-request-id': '${k.hex(12)}' } });
      if (result.status === 200) return result.data;
    } catch (err) {
      if (attempt === retries) throw err;
    }
    await new Promise(resolve => setTimeout(resolve, delay));
    delay *= 2;
  }
  return null;
}
module.exports.${n}${cap(o)} = ${n}${cap(o)};

`,
  },
  {
    ext: 'py', comment: '#', header: 'import json\nimport os\nfrom dataclasses import dataclass\n\n\n',
    fn: (n, o, k, i) => `@dataclass
class ${cap(o)}${cap(n)}Result${i}:
    """What ${n}_${o} returns: the ${o} and how many rows were touched."""
    ${o}_id: str
    rows: int = 0


def ${n}_${o}_${i}(conn, ${o}_id: str, limit: int = ${10 + (i % 90)}) -> ${cap(o)}${cap(n)}Result${i}:
    api_key = os.environ.get("${o.toUpperCase()}_API_KEY")  # never hard-coded
    cursor = conn.cursor()
    cursor.execute("SELECT id, payload FROM ${o}s WHERE owner = %s LIMIT %s", (${o}_id, limit))
    rows = 0
    for row_id, payload in cursor.fetchall():
        data = json.loads(payload)
        if data.get("state") == "${k.lowerAlnum(6)}":
            rows += 1
    return ${cap(o)}${cap(n)}Result${i}(${o}_id=${o}_id, rows=rows)


`,
  },
  {
    ext: 'go', comment: '//', header: 'package service\n\nimport (\n\t"context"\n\t"fmt"\n\t"os"\n)\n\n',
    fn: (n, o, k, i) => `// ${cap(n)}${cap(o)}${i} ${n}s one ${o}; the key comes from the environment.
func ${cap(n)}${cap(o)}${i}(ctx context.Context, id string) (map[string]string, error) {
\tkey := os.Getenv("${o.toUpperCase()}_KEY")
\tif key == "" {
\t\treturn nil, fmt.Errorf("${o} %s: no key configured", id)
\t}
\tout := make(map[string]string, ${i % 16 + 1})
\tfor i := 0; i < ${i % 16 + 1}; i++ {
\t\tselect {
\t\tcase <-ctx.Done():
\t\t\treturn nil, ctx.Err()
\t\tdefault:
\t\t\tout[fmt.Sprintf("%s-%d", id, i)] = "${k.hex(8)}"
\t\t}
\t}
\treturn out, nil
}

`,
  },
  {
    ext: 'java', comment: '//', header: 'package com.example.service;\n\nimport java.util.HashMap;\nimport java.util.Map;\n\npublic class Generated {\n',
    fn: (n, o, k, i) => `    /** ${cap(n)}s the ${o} with id {@code id}; the secret is read from the environment. */
    public static Map<String, Object> ${n}${cap(o)}${i}(String id, int limit) {
        String secret = System.getenv("${o.toUpperCase()}_SECRET");
        if (secret == null) {
            throw new IllegalStateException("${o} secret missing for " + id);
        }
        Map<String, Object> result = new HashMap<>();
        for (int i = 0; i < Math.min(limit, ${i % 40 + 2}); i++) {
            result.put(id + "-" + i, "${k.hex(10)}");
        }
        return result;
    }

`,
  },
  {
    ext: 'cs', comment: '//', header: 'using System;\nusing System.Collections.Generic;\n\nnamespace Example.Service\n{\n    public static class Generated\n    {\n',
    fn: (n, o, k, i) => `        /// <summary>${cap(n)}s the ${o}; the connection string comes from the environment.</summary>
        public static IDictionary<string, int> ${cap(n)}${cap(o)}${i}(string id)
        {
            var conn = Environment.GetEnvironmentVariable("${o.toUpperCase()}_CONNECTION");
            if (string.IsNullOrEmpty(conn)) throw new InvalidOperationException($"no connection for {id}");
            var counts = new Dictionary<string, int>();
            foreach (var part in id.Split('-', ${i % 6 + 2}))
            {
                counts[part] = counts.TryGetValue(part, out var c) ? c + 1 : 1;
            }
            counts["${k.lowerAlnum(8)}"] = ${i};
            return counts;
        }

`,
  },
  {
    ext: 'rb', comment: '#', header: "require 'json'\nrequire 'net/http'\n\nmodule Service\n",
    fn: (n, o, k, i) => `  # ${cap(n)}s the ${o} and returns the parsed body, or nil on a 404.
  def self.${n}_${o}_${i}(id, retries: ${i % 4 + 1})
    key = ENV.fetch('${o.toUpperCase()}_KEY')
    uri = URI("https://api.example.com/${o}s/#{id}?trace=${k.hex(8)}")
    retries.times do
      res = Net::HTTP.get_response(uri, { 'Authorization' => "Bearer #{key}" })
      return JSON.parse(res.body) if res.is_a?(Net::HTTPSuccess)
      return nil if res.code == '404'
    end
    raise "${o} #{id}: gave up after #{retries} tries"
  end

`,
  },
  {
    ext: 'php', comment: '//', header: '<?php\ndeclare(strict_types=1);\n\nnamespace App\\Service;\n\n',
    fn: (n, o, k, i) => `/**
 * ${cap(n)}s the ${o} rows for one owner; the DSN is read from the environment.
 */
function ${n}${cap(o)}${i}(string $owner, int $limit = ${i % 30 + 5}): array
{
    $dsn = getenv('${o.toUpperCase()}_DSN');
    $pdo = new \\PDO($dsn);
    $stmt = $pdo->prepare('SELECT * FROM ${o}s WHERE owner = ? LIMIT ?');
    $stmt->execute([$owner, $limit]);
    $rows = $stmt->fetchAll(\\PDO::FETCH_ASSOC);
    return array_map(fn ($r) => $r + ['trace' => '${k.hex(8)}'], $rows);
}

`,
  },
  {
    ext: 'rs', comment: '//', header: 'use std::collections::HashMap;\nuse std::env;\n\n',
    fn: (n, o, k, i) => `/// ${cap(n)}s the ${o}; the key is read from the environment.
pub fn ${n}_${o}_${i}(id: &str) -> Result<HashMap<String, usize>, String> {
    let key = env::var("${o.toUpperCase()}_KEY").map_err(|e| format!("${o} {}: {}", id, e))?;
    let mut counts = HashMap::with_capacity(${i % 12 + 1});
    for (n, part) in id.split('-').enumerate() {
        *counts.entry(format!("{}-{}", part, n)).or_insert(0) += key.len() % ${i % 7 + 2};
    }
    counts.insert("${k.lowerAlnum(8)}".to_string(), ${i});
    Ok(counts)
}

`,
  },
  {
    ext: 'sh', comment: '#', header: '#!/usr/bin/env bash\nset -euo pipefail\n\n',
    fn: (n, o, k, i) => `# ${n}_${o}_${i}: ${n}s every ${o} listed in the manifest (the token comes from the environment).
${n}_${o}_${i}() {
  local manifest="\${1:-/etc/${o}s.list}"
  : "\${${o.toUpperCase()}_TOKEN:?set ${o.toUpperCase()}_TOKEN}"
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    curl -fsS -H "Authorization: Bearer \${${o.toUpperCase()}_TOKEN}" "https://api.example.com/${o}s/$line?t=${k.hex(6)}" >/dev/null
  done < "$manifest"
}

`,
  },
];

const FOOTERS: Record<string, string> = { java: '}\n', cs: '    }\n}\n', rb: 'end\n' };

/** AI tells, as pasted chat output leaves them (strong ones) and as placeholder phrases (weak, in pairs). */
function tell(lang: Lang, body: string, k: SampleKit, i: number): string {
  switch (i % 4) {
    case 0: return `Here's the updated code with retries:\n\n${body}`;
    case 1: return '```' + lang.ext + '\n' + body + '```\n\n';
    case 2: return `${lang.comment} @ai-generated by=copilot:gpt-4.1 date=2026-11-21\n${body}${lang.comment} @ai-generated end\n\n`;
    default: return body.replace(/\n/, `\n${lang.comment} Replace with your actual API key\n${lang.comment} TODO: implement the actual call\n`);
  }
}

/** Planted fake secrets: every rule's own generated samples, round-robin, written as a line of the file. */
class SecretPlanter {
  private i = 0;
  private readonly pool: string[] = [];
  constructor(private readonly kit: SampleKit) {}
  next(): string {
    if (this.pool.length === 0) {
      for (const r of SECRET_RULES) {
        const s = r.samples(this.kit).secret;
        if (s.length) this.pool.push(s[this.i++ % s.length]);
      }
    }
    return this.pool.shift()!;
  }
}

function generatedFile(lang: Lang, targetBytes: number, k: SampleKit, planter: SecretPlanter, counters: { secrets: number; tells: number }, serial: number): string {
  let out = lang.header;
  for (let i = 0; out.length < targetBytes; i++) {
    const name = VERBS[Math.floor(k.next() * VERBS.length)];
    const noun = WORDS[Math.floor(k.next() * WORDS.length)];
    let body = lang.fn(name, noun, k, serial * 1000 + i);
    const roll = k.next();
    if (roll < 0.04) { // about one planted secret per 12 KB
      body = `${planter.next()}\n${body}`;
      counters.secrets++;
    } else if (roll < 0.055) {
      body = tell(lang, body, k, counters.tells++);
    }
    out += body;
  }
  return out + (FOOTERS[lang.ext] ?? '');
}

function git(dir: string, args: string[], input?: string): void {
  execFileSync('git', ['-C', dir, '-c', 'core.compression=0', '-c', 'core.looseCompression=0', '-c', 'gc.auto=0', ...args], {
    stdio: ['pipe', 'ignore', 'pipe'], input, maxBuffer: 64 * MB,
    env: { ...process.env, GIT_AUTHOR_NAME: 'Bench Human', GIT_AUTHOR_EMAIL: 'human@example.com', GIT_COMMITTER_NAME: 'Bench Human', GIT_COMMITTER_EMAIL: 'human@example.com' },
  });
}

/**
 * Writes a corpus of about `sizeMb` MB into `dir` (created; must not exist). `projectRoot` holds the node_modules
 * that is copied. Seeded: the same size gives the same files.
 */
export function buildCorpus(dir: string, sizeMb: number, projectRoot: string, withGit = true): CorpusInfo {
  const t0 = performance.now();
  const target = sizeMb * MB;
  fs.mkdirSync(dir, { recursive: true });
  const vendor = vendorFiles(projectRoot);
  const vendorTarget = Math.floor(target * VENDOR_SHARE);
  let vendorBytes = 0, files = 0;
  // Spread the picks over the whole tree (every n-th file) so a small corpus still samples many packages.
  const total = vendor.reduce((s, f) => s + f.size, 0);
  const passes = Math.max(1, Math.ceil(vendorTarget / Math.max(1, total)));
  const stride = Math.max(1, Math.floor(total / Math.max(1, vendorTarget)));
  const made = new Set<string>();
  outer: for (let pass = 0; pass < passes; pass++) {
    for (let off = 0; off < stride; off++) {
      for (let j = off; j < vendor.length; j += stride) {
        if (vendorBytes >= vendorTarget) break outer;
        const f = vendor[j];
        const rel = path.join('vendor', pass ? `copy${pass}` : '', f.rel);
        if (made.has(rel)) continue;
        made.add(rel);
        const to = path.join(dir, rel);
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.copyFileSync(f.abs, to);
        vendorBytes += f.size;
        files++;
      }
    }
  }

  const kit = new SampleKit(0xbe7c + sizeMb);
  const planter = new SecretPlanter(kit);
  const counters = { secrets: 0, tells: 0 };
  let generatedBytes = 0;
  const aiTouched: string[] = [];
  for (let serial = 0; vendorBytes + generatedBytes < target; serial++) {
    const lang = LANGS[serial % LANGS.length];
    const size = 8 * 1024 + Math.floor(kit.next() * 56 * 1024);
    const text = generatedFile(lang, size, kit, planter, counters, serial);
    const rel = path.join('src', lang.ext, `mod${Math.floor(serial / 100)}`, `${WORDS[serial % WORDS.length]}_${serial}.${lang.ext}`);
    fs.mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
    generatedBytes += Buffer.byteLength(text);
    files++;
    if (serial % 97 === 5) aiTouched.push(rel);
  }

  if (withGit) {
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'Import the service code']);
    // An AI-authored commit touching a few files: the default `vouch scan` blames exactly these.
    for (const rel of aiTouched) fs.appendFileSync(path.join(dir, rel), `\n${rel.endsWith('.py') || rel.endsWith('.rb') || rel.endsWith('.sh') ? '#' : '//'} retry budget: 3\n`);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-F', '-'], 'Add retry budget notes\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n');
  }
  return {
    dir, bytes: vendorBytes + generatedBytes, files, vendorBytes, generatedBytes,
    plantedSecrets: counters.secrets, plantedTells: counters.tells, buildMs: performance.now() - t0,
  };
}
