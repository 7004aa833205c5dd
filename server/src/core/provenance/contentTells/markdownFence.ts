/** Markdown code fences inside source: the chat answer's ```lang … ``` pasted with the code. */
import type { ContentTell } from './tell';

export const markdownFence: ContentTell = {
  id: 'markdown-fence',
  title: 'markdown fence',
  strength: 'strong',
  where: 'code',
  pattern: /^`{3,}[\w#+.-]*\s*$/,
  extent: 'fence-pair',
  samples: {
    fire: [
      '```ts\nexport const a = 1;\n```\n',
      { languageId: 'python', text: 'import os\n\n```python\ndef f():\n    return os.getcwd()\n```\n' },
      { languageId: 'go', text: 'package main\n\n```go\nfunc main() {}\n```\n' },
    ],
    quiet: [
      { languageId: 'markdown', text: '# Usage\n\n```ts\nconst a = 1;\n```\n' },
      '/**\n * Example:\n * ```ts\n * f(1)\n * ```\n */\nexport function f(n: number) { return n; }\n',
      'const readme = `\n\\`\\`\\`sh\nnpm i\n\\`\\`\\`\n`;\n',
      { languageId: 'python', text: 'HELP = """\n```bash\npip install x\n```\n"""\n' },
      { languageId: 'yaml', text: 'body:\n  - type: textarea\n    attributes:\n      value: |\n        ```\n        paste logs here\n        ```\n' },
      { languageId: 'shellscript', text: 'cat <<EOF > README.md\n```sh\nmake\n```\nEOF\n' },
    ],
  },
};
