/** Language identification and comment syntax, by VS Code language id or file name. */
import * as path from 'path';

const BY_EXTENSION: Record<string, string> = {
  '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascriptreact',
  '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript', '.tsx': 'typescriptreact',
  '.py': 'python', '.pyi': 'python', '.go': 'go', '.java': 'java', '.kt': 'kotlin', '.kts': 'kotlin',
  '.cs': 'csharp', '.rb': 'ruby', '.php': 'php', '.rs': 'rust', '.sh': 'shellscript', '.bash': 'shellscript',
  '.zsh': 'shellscript', '.yml': 'yaml', '.yaml': 'yaml', '.json': 'json', '.jsonc': 'jsonc', '.toml': 'toml',
  '.ini': 'ini', '.cfg': 'ini', '.conf': 'properties', '.properties': 'properties', '.env': 'dotenv',
  '.tf': 'terraform', '.tfvars': 'terraform', '.hcl': 'terraform', '.sql': 'sql', '.lua': 'lua', '.hs': 'haskell',
  '.c': 'c', '.h': 'c', '.cpp': 'cpp', '.cc': 'cpp', '.hpp': 'cpp', '.swift': 'swift', '.scala': 'scala',
  '.dart': 'dart', '.r': 'r', '.pl': 'perl', '.ps1': 'powershell', '.html': 'html', '.htm': 'html', '.xml': 'xml',
  '.vue': 'vue', '.svelte': 'svelte', '.md': 'markdown', '.markdown': 'markdown', '.txt': 'plaintext',
  '.css': 'css', '.scss': 'scss', '.less': 'less', '.erl': 'erlang', '.ex': 'elixir', '.exs': 'elixir',
  '.clj': 'clojure', '.lisp': 'lisp', '.el': 'lisp', '.tex': 'latex', '.m': 'objective-c', '.bat': 'bat',
  '.cmd': 'bat', '.gradle': 'groovy', '.groovy': 'groovy', '.nim': 'nim', '.zig': 'zig', '.jl': 'julia',
};

const BY_NAME: Record<string, string> = {
  'dockerfile': 'dockerfile', 'makefile': 'makefile', 'gemfile': 'ruby', 'rakefile': 'ruby',
  '.bashrc': 'shellscript', '.zshrc': 'shellscript', '.profile': 'shellscript', '.npmrc': 'properties',
  '.env': 'dotenv', 'jenkinsfile': 'groovy', '.gitignore': 'ignore', 'cmakelists.txt': 'cmake',
};

export function languageIdForPath(filePath: string): string {
  const base = path.basename(filePath).toLowerCase();
  if (BY_NAME[base]) return BY_NAME[base];
  if (base.startsWith('.env.') || base.endsWith('.env')) return 'dotenv';
  if (base.startsWith('dockerfile') || base.endsWith('.dockerfile')) return 'dockerfile';
  return BY_EXTENSION[path.extname(base)] ?? 'plaintext';
}

export interface CommentSyntax {
  /** Line comment opener, if the language has one. */
  line?: string;
  /** Block comment delimiters, if the language has them. */
  block?: [string, string];
}

const SLASH: CommentSyntax = { line: '//', block: ['/*', '*/'] };
const HASH: CommentSyntax = { line: '#' };
const DASH: CommentSyntax = { line: '--' };
const MARKUP: CommentSyntax = { block: ['<!--', '-->'] };

const COMMENTS: Record<string, CommentSyntax> = {
  javascript: SLASH, javascriptreact: SLASH, typescript: SLASH, typescriptreact: SLASH, go: SLASH, java: SLASH,
  kotlin: SLASH, csharp: SLASH, rust: SLASH, c: SLASH, cpp: SLASH, swift: SLASH, scala: SLASH, dart: SLASH,
  groovy: SLASH, 'objective-c': SLASH, zig: { line: '//' }, jsonc: SLASH, json: SLASH, scss: SLASH, less: SLASH,
  php: { line: '//', block: ['/*', '*/'] }, css: { block: ['/*', '*/'] },
  python: HASH, ruby: HASH, shellscript: HASH, yaml: HASH, toml: HASH, dotenv: HASH, dockerfile: HASH,
  makefile: HASH, perl: HASH, r: HASH, powershell: HASH, elixir: HASH, nim: HASH, julia: HASH, cmake: HASH,
  terraform: { line: '#', block: ['/*', '*/'] }, properties: HASH, ignore: HASH, plaintext: HASH,
  ini: { line: ';' }, sql: DASH, lua: DASH, haskell: DASH, erlang: { line: '%' }, latex: { line: '%' },
  clojure: { line: ';' }, lisp: { line: ';' }, bat: { line: 'REM' },
  html: MARKUP, xml: MARKUP, markdown: MARKUP, vue: { line: '//', block: ['<!--', '-->'] }, svelte: { line: '//', block: ['<!--', '-->'] },
};

export function commentSyntax(languageId: string): CommentSyntax {
  return COMMENTS[languageId] ?? HASH;
}

/** Every comment opener we recognise, longest first so `<!--` wins over `-`. */
export const ALL_COMMENT_OPENERS = ['<!--', '{/*', '/*', '//', '--', '#', ';', '%', '*'];
