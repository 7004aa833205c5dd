/**
 * One realistic file per language for the move-to-env fix: the source with a fake secret, the source after the
 * fix and the `.env` it writes. Shared by the unit tests (core) and the LSP tests (over stdio), so both prove the
 * same edits. Secrets are made at test time (`secret` is a fresh fake value), never written down.
 */
export interface EnvFixCase {
  file: string;
  languageId: string;
  before: (s: string) => string;
  after: (s: string) => string;
  env: (s: string) => string;
}

export const ENV_FIX_CASES: EnvFixCase[] = [
  {
    file: 'app.ts', languageId: 'typescript',
    before: s => `import { Client } from './client';\n\nexport const apiKey = "${s}";\nexport const client = new Client(apiKey);\n`,
    after: () => `import { Client } from './client';\n\nexport const apiKey = process.env.API_KEY;\nexport const client = new Client(apiKey);\n`,
    env: s => `API_KEY=${s}\n`,
  },
  {
    file: 'App.jsx', languageId: 'javascriptreact',
    before: s => `export const App = () => <Client apiKey="${s}" />;\n`,
    after: () => `export const App = () => <Client apiKey={process.env.API_KEY} />;\n`,
    env: s => `API_KEY=${s}\n`,
  },
  {
    file: 'settings.py', languageId: 'python',
    before: s => `"""Settings."""\nfrom __future__ import annotations\n\nimport json\nimport sys\n\nAPI_KEY = "${s}"\n`,
    after: () => `"""Settings."""\nfrom __future__ import annotations\n\nimport json\nimport os\nimport sys\n\nAPI_KEY = os.environ["API_KEY"]\n`,
    env: s => `API_KEY=${s}\n`,
  },
  {
    file: 'pay.py', languageId: 'python',
    before: s => `import stripe\n\nstripe.api_key = "${s}"\n`,
    after: () => `import os\nimport stripe\n\nstripe.api_key = os.environ["STRIPE_API_KEY"]\n`,
    env: s => `STRIPE_API_KEY=${s}\n`,
  },
  {
    file: 'main.go', languageId: 'go',
    before: s => `package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nconst apiKey = "${s}"\n\nfunc main() { fmt.Println(apiKey, http.StatusOK) }\n`,
    after: () => `package main\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"os"\n)\n\nvar apiKey = os.Getenv("API_KEY")\n\nfunc main() { fmt.Println(apiKey, http.StatusOK) }\n`,
    env: s => `API_KEY=${s}\n`,
  },
  {
    file: 'single.go', languageId: 'go',
    before: s => `package main\n\nimport "fmt"\n\nfunc main() {\n\tapiToken := "${s}"\n\tfmt.Println(apiToken)\n}\n`,
    after: () => `package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tapiToken := os.Getenv("API_TOKEN")\n\tfmt.Println(apiToken)\n}\n`,
    env: s => `API_TOKEN=${s}\n`,
  },
  {
    file: 'Config.java', languageId: 'java',
    before: s => `class Config {\n    private static final String API_KEY = "${s}";\n}\n`,
    after: () => `class Config {\n    private static final String API_KEY = System.getenv("API_KEY");\n}\n`,
    env: s => `API_KEY=${s}\n`,
  },
  {
    file: 'Config.kt', languageId: 'kotlin',
    before: s => `const val API_KEY = "${s}"\n`,
    after: () => `val API_KEY = System.getenv("API_KEY")\n`,
    env: s => `API_KEY=${s}\n`,
  },
  {
    file: 'Config.cs', languageId: 'csharp',
    before: s => `class Config\n{\n    private const string ApiKey = "${s}";\n}\n`,
    after: () => `class Config\n{\n    private static readonly string ApiKey = Environment.GetEnvironmentVariable("API_KEY");\n}\n`,
    env: s => `API_KEY=${s}\n`,
  },
  {
    file: 'config.rb', languageId: 'ruby',
    before: s => `Stripe.api_key = '${s}'\n`,
    after: () => `Stripe.api_key = ENV.fetch("STRIPE_API_KEY")\n`,
    env: s => `STRIPE_API_KEY=${s}\n`,
  },
  {
    file: 'config.php', languageId: 'php',
    before: s => `<?php\n$apiKey = '${s}';\n`,
    after: () => `<?php\n$apiKey = getenv('API_KEY');\n`,
    env: s => `API_KEY=${s}\n`,
  },
  {
    file: 'main.rs', languageId: 'rust',
    before: s => `fn main() {\n    let api_key = "${s}";\n    println!("{}", api_key);\n}\n`,
    after: () => `fn main() {\n    let api_key = &std::env::var("API_KEY").expect("API_KEY must be set");\n    println!("{}", api_key);\n}\n`,
    env: s => `API_KEY=${s}\n`,
  },
  {
    file: 'lib.rs', languageId: 'rust',
    before: s => `fn connect() -> anyhow::Result<()> {\n    let api_token = "${s}".to_string();\n    Ok(())\n}\n`,
    after: () => `fn connect() -> anyhow::Result<()> {\n    let api_token = std::env::var("API_TOKEN")?;\n    Ok(())\n}\n`,
    env: s => `API_TOKEN=${s}\n`,
  },
  {
    file: 'deploy.sh', languageId: 'shellscript',
    before: s => `#!/bin/sh\nexport API_TOKEN="${s}"\n./deploy\n`,
    after: () => `#!/bin/sh\nexport API_TOKEN="\${API_TOKEN}"\n./deploy\n`,
    env: s => `API_TOKEN=${s}\n`,
  },
  {
    file: 'Dockerfile', languageId: 'dockerfile',
    before: s => `FROM node:20\nENV API_TOKEN=${s}\n`,
    after: () => `FROM node:20\nENV API_TOKEN=\${API_TOKEN}\n`,
    env: s => `API_TOKEN=${s}\n`,
  },
  {
    file: 'compose.yml', languageId: 'yaml',
    before: s => `services:\n  app:\n    environment:\n      API_TOKEN: ${s}\n`,
    after: () => `services:\n  app:\n    environment:\n      API_TOKEN: \${API_TOKEN}\n`,
    env: s => `API_TOKEN=${s}\n`,
  },
];
