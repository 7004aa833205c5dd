/** Placeholder phrases assistants leave for the user to fill in. Weak: tutorials and templates use them too. */
import type { ContentTell } from './tell';

export const replaceWithYour: ContentTell = {
  id: 'replace-with-your',
  title: 'placeholder ("Replace with your actual …")',
  strength: 'weak',
  where: 'any',
  inStrings: true,
  pattern: /\breplace (?:this |it |these |that |the (?:value|placeholder|string|url) )?with (?:your (?:own |actual |real )?|the actual |the real |an actual )\w+/i,
  extent: 'enclosing',
  samples: {
    fire: ['const apiKey = "changeme"; // Replace with your actual API key\n', '# replace this with your own bucket\n'],
    quiet: ['// Replace with the new client once v2 ships.\nconst c = old();\n'],
  },
};

export const yourKeyHere: ContentTell = {
  id: 'your-key-here',
  title: 'placeholder value ("YOUR_API_KEY_HERE")',
  strength: 'weak',
  where: 'any',
  inStrings: true,
  pattern: /\byour[_ -]?(?:api[_ -]?key|secret(?:[_ -]?key)?|token|access[_ -]?token|password|client[_ -]?(?:id|secret)|project[_ -]?id|database[_ -]?url|connection[_ -]?string)[_ -]?here\b|<your[_ -][\w -]{2,30}>/i,
  extent: 'enclosing',
  samples: {
    fire: ['const key = "YOUR_API_KEY_HERE";\n', "headers: { Authorization: 'Bearer your-token-here' }\n"],
    quiet: ['const key = process.env.API_KEY;\n', '// your token is read from the keychain\n'],
  },
};

export const addYourLogic: ContentTell = {
  id: 'add-your-logic',
  title: 'placeholder ("Add your logic here")',
  strength: 'weak',
  where: 'comment',
  pattern: /^(?:TODO:?\s*)?(?:add|put|insert|implement|write|place) (?:your (?:own |custom )?|the actual |the real )(?:code|logic|implementation|business logic|handling|validation)(?: here)?\b|^TODO:?\s*implement (?:the )?(?:actual|real)\b|^your (?:code|logic) (?:goes )?here\b/i,
  extent: 'enclosing',
  samples: {
    fire: ['function f() {\n  // Add your logic here\n}\n', { languageId: 'python', text: 'def f():\n    # TODO: implement the actual call\n    pass\n' }],
    quiet: ['// add the header before signing\nsign(req);\n'],
  },
};
