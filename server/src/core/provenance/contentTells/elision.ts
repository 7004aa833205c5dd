/** Elisions: "... existing code ..." and friends, where the assistant left out what it did not change. */
import type { ContentTell } from './tell';

const DOTS = '(?:\\.{3}|…)';
const WHAT = '(?:code|file|function|class|component|implementation|methods?|functions|imports|logic|props|cases|routes|config(?:uration)?)';

export const elision: ContentTell = {
  id: 'elision',
  title: 'elided code ("... existing code ...")',
  strength: 'strong',
  where: 'any',
  pattern: new RegExp([
    // ... existing code ... / ... rest of the code / ...(unchanged) / ... other methods ...
    `^${DOTS}\\s*\\(?\\s*(?:existing(?: ${WHAT})?|rest of (?:the |your )?${WHAT}|remaining ${WHAT}|previous ${WHAT}|unchanged|same as (?:before|above)|(?:the )?other ${WHAT}|keep (?:existing|the rest))\\b`,
    // existing code ... / rest of the file ...
    `^(?:existing|rest of (?:the )?|remaining )${WHAT}?\\s*${DOTS}`,
    // rest of the code remains the same / existing imports stay unchanged
    `^${DOTS}?\\s*\\(?(?:the )?(?:rest of (?:the )?${WHAT}|existing ${WHAT}|other ${WHAT}) (?:(?:remains?|stays?|is|are) )?(?:the same|unchanged|as (?:is|before))\\b`,
  ].join('|'), 'i'),
  extent: 'enclosing',
  samples: {
    fire: [
      'function App() {\n  // ... existing code ...\n  return null;\n}\n',
      { languageId: 'python', text: 'class A:\n    # ... rest of the code remains the same\n    def f(self):\n        pass\n' },
      { languageId: 'typescriptreact', text: 'export const A = () => (\n  <div>\n    {/* ... existing code ... */}\n  </div>\n);\n' },
      '// Rest of the file unchanged\nexport const x = 1;\n',
      '/* ...existing imports... */\nimport a from "a";\n',
    ],
    quiet: [
      '// Refactor the existing code once the API settles.\nconst x = 1;\n',
      '// We keep the existing code path for old clients.\nconst y = 2;\n',
      'function f(...rest: number[]) {\n  return g(...existingCode);\n}\n',
      '// ... then retry once\nretry();\n',
      { languageId: 'markdown', text: 'Keep the existing code unchanged.\n\n```ts\n// ... existing code ...\n```\n' },
    ],
  },
};
