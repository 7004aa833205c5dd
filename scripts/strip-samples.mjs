// esbuild plugin: removes each rule's `samples` from shipped bundles. Samples are test material; shipping them
// would put token-shaped strings in the VSIX (and `vsce package` rightly refuses packages that contain secrets).
import { readFile } from 'fs/promises';
import ts from 'typescript';

export const stripSamples = {
  name: 'strip-samples',
  setup(build) {
    build.onLoad({ filter: /[\\/]secrets[\\/]rules[\\/][^\\/]+\.ts$/ }, async args => {
      const text = await readFile(args.path, 'utf8');
      const file = ts.createSourceFile(args.path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const spans = [];
      const visit = node => {
        if (ts.isPropertyAssignment(node) && node.name.getText(file) === 'samples') {
          spans.push([node.initializer.getStart(file), node.initializer.getEnd()]);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = text;
      for (const [s, e] of spans.sort((a, b) => b[0] - a[0])) out = out.slice(0, s) + 'undefined as never' + out.slice(e);
      return { contents: out, loader: 'ts' };
    });
  },
};
