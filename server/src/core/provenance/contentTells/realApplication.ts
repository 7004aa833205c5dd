/** The assistant's hedges about its own example: "In a real application, …", "for demonstration purposes". */
import type { ContentTell } from './tell';

export const inARealApplication: ContentTell = {
  id: 'in-a-real-application',
  title: 'hedge ("In a real application …")',
  strength: 'weak',
  where: 'comment',
  pattern: /\bin a (?:real|real[- ]world)(?: world)? (?:application|app|scenario|implementation|project|system|setting|codebase|use case)\b|\bin production,? you(?:'d| would| should| might)\b/i,
  extent: 'enclosing',
  samples: {
    fire: ['function save(u) {\n  // In a real application, you would hash the password\n  db.push(u);\n}\n'],
    quiet: ['// We do not recommend using it in a production environment.\nrun();\n', '// Seen in a real outage on 2024-03-01; keep the retry.\nretry();\n', 'const s = "in a real application";\n'],
  },
};

export const forDemonstration: ContentTell = {
  id: 'for-demonstration',
  title: 'hedge ("for demonstration purposes")',
  strength: 'weak',
  where: 'comment',
  pattern: /\bfor (?:demonstration|demo|illustration|illustrative|example) purposes\b|\bthis is a (?:simplified|basic|simple|placeholder|mock) (?:example|implementation|version|approach)\b|\b(?:simulate|simulating|simulates) (?:an? )?(?:api|network|database|server|http) (?:call|request|delay|response)\b|^example usage:?\s*$/i,
  extent: 'enclosing',
  samples: {
    fire: ['function f() {\n  // Simulate an API call for demonstration purposes\n  return delay(100);\n}\n'],
    quiet: ['// Demonstrates the bug from #412.\ntest();\n'],
  },
};
