/** Applies an LSP WorkspaceEdit to real files, as an editor does when the user picks a code action. */
import * as fs from 'fs';
import { fileURLToPath } from 'url';
import type { CreateFile, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { applyTextEdits } from '../../server/src/core/fixes/textEdit';

export function applyWorkspaceEdit(edit: WorkspaceEdit): string[] {
  const touched: string[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind !== 'create') throw new Error(`unexpected resource operation ${change.kind}`);
      const file = fileURLToPath((change as CreateFile).uri);
      if (fs.existsSync(file)) {
        if (!(change as CreateFile).options?.ignoreIfExists) throw new Error(`${file} exists`);
      } else fs.writeFileSync(file, '');
      continue;
    }
    const docEdit = change as TextDocumentEdit;
    const file = fileURLToPath(docEdit.textDocument.uri);
    fs.writeFileSync(file, applyTextEdits(fs.readFileSync(file, 'utf8'), docEdit.edits.map(e => {
      if (!('newText' in e)) throw new Error('snippet edits are not expected');
      return e;
    })));
    touched.push(file);
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const file = fileURLToPath(uri);
    fs.writeFileSync(file, applyTextEdits(fs.readFileSync(file, 'utf8'), edits));
    touched.push(file);
  }
  return touched;
}
