/** Chat preambles and postscripts: the assistant's prose around the code it returned, pasted along with it. */
import type { ContentTell } from './tell';

const INTERJECTION = /^(?:Sure|Certainly|Absolutely|Of course|Great question|Good question|Got it)\s*[!.,]/;
const HERE_IS = /^(?:Here(?:'s|’s| is| are)|Below is|Below are)\b.{0,60}?\b(?:code|version|implementation|function|file|script|snippet|example|component|class|module|changes?|fix|solution)\b/i;
const I_HAVE = /^I(?:'ve|’ve| have) (?:updated|modified|rewritten|refactored|added|fixed|changed|implemented|created)\b.*\b(?:code|function|file|component|class|implementation)\b/;

export const chatPreamble: ContentTell = {
  id: 'chat-preamble',
  title: 'chat preamble',
  strength: 'strong',
  where: 'code',
  pattern: new RegExp(`${INTERJECTION.source}|${HERE_IS.source}|${I_HAVE.source}`, 'i'),
  extent: 'introduces-next',
  samples: {
    fire: [
      "import x from 'y';\n\nHere's the updated code:\n\nexport function retry() {\n  return 1;\n}\n",
      'Certainly! Here is the refactored function.\nfunction f() {}\n',
      'Sure! Here is how you can do it:\nconst a = 1;\n',
      { languageId: 'python', text: 'Here is the complete implementation:\ndef f():\n    return 1\n' },
      "I've updated the function to handle errors:\nfunction g() {}\n",
    ],
    quiet: [
      'const here = "Here is the updated code";\n',
      "// Here is where we parse the header\nfunction parse() {}\n",
      { languageId: 'python', text: 'PROMPT = """\nSure! Here is the code you asked for.\n"""\n' },
      { languageId: 'markdown', text: "Here's the updated code:\n\n```ts\nx()\n```\n" },
      'const msg = `\nCertainly! Here is the answer.\n`;\n',
    ],
  },
};

export const chatPreambleInComment: ContentTell = {
  id: 'chat-preamble-comment',
  title: 'chat preamble',
  strength: 'strong',
  where: 'comment',
  // Stricter than the bare-prose form: humans do write "Here is …" comments, but not "Certainly! …" or
  // "Here's the updated code".
  pattern: /^(?:Sure|Certainly|Absolutely|Of course)\s*[!,.]\s+(?:here|I|below|let)\b|^Here(?:'s|’s| is) (?:the|your) (?:updated|modified|revised|complete|corrected|fixed|refactored|improved|full) (?:code|version|implementation|function|file|component|class)\b/i,
  extent: 'introduces-next',
  samples: {
    fire: [
      "// Here's the updated code with retries\nfunction f() {\n  return 1;\n}\n",
      { languageId: 'python', text: '# Certainly! Here is the fixed version\ndef f():\n    pass\n' },
    ],
    quiet: [
      '// Here is the code that handles retries\nfunction f() {}\n',
      '// Sure, this is slow, but it is simple\nfunction f() {}\n',
    ],
  },
};

export const chatPostscript: ContentTell = {
  id: 'chat-postscript',
  title: 'chat postscript',
  strength: 'strong',
  where: 'code',
  pattern: /^(?:Let me know if\b|I hope this helps\b|Hope this helps\b|Feel free to (?:ask|adjust|modify|let me know)\b|This (?:should|will) (?:fix|resolve|solve) (?:the|your)\b|With these changes,|(?:\*\*)?(?:Explanation|Key changes|Changes made|Key improvements)(?:\*\*)?:\s*(?:\*\*)?\s*$)/i,
  extent: 'closes-previous',
  samples: {
    fire: [
      'function f() {\n  return 1;\n}\n\nLet me know if you need anything else!\n',
      'const a = 1;\n**Key changes:**\n',
    ],
    quiet: [
      '// Let me know if this breaks: alice@example.com\nfunction f() {}\n',
      'const help = "Let me know if you need anything";\n',
    ],
  },
};
