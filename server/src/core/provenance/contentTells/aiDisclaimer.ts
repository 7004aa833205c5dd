/** An assistant speaking about itself: "As an AI language model", "as of my knowledge cutoff". */
import type { ContentTell } from './tell';

export const aiDisclaimer: ContentTell = {
  id: 'ai-disclaimer',
  title: '"As an AI" disclaimer',
  strength: 'strong',
  where: 'any',
  pattern: /\bas an AI (?:language model|assistant|model)\b|\bas an AI,\s*I\b|\bI(?:'m| am) an AI(?: language model| assistant| model)?\b(?! (?:action|feature|tool))|\bas of my (?:last )?(?:knowledge|training) (?:cutoff|update)\b|\bmy knowledge cutoff\b/i,
  extent: 'enclosing',
  samples: {
    fire: [
      '// As an AI language model, I cannot verify this endpoint.\nfetch(url);\n',
      { languageId: 'python', text: 'def f():\n    # As of my last knowledge update, this API is stable\n    return api.get()\n' },
    ],
    quiet: [
      'const system = "As an AI assistant, answer briefly.";\n',
      { languageId: 'python', text: 'SYSTEM = """\nAs an AI model you must refuse.\n"""\n' },
      '// Aside: as an aside, AI features are off by default.\nconst ai = false;\n',
      '/**\n * Marks this as an AI action.\n */\nisAI: boolean;\n',
    ],
  },
};
