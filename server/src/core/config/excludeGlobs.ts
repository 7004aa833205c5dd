/**
 * Exclude globs with VS Code's `files.exclude` semantics, shared by `vouch.exclude`, `.vouch.json`'s `exclude` and
 * `files.exclude` itself, so one pattern means the same thing in the editor and the CLI: matched against the path
 * relative to the folder root (`**` spans folders, `*` and `?` stay inside one, `{a,b}` and `[abc]` as usual), and a
 * pattern that matches a folder excludes everything in it.
 */

export type PathMatcher = (relativePath: string) => boolean;

export function compileExcludes(patterns: readonly string[]): PathMatcher {
  const regexes = patterns.map(p => p.trim()).filter(Boolean).map(globToRegExp);
  if (regexes.length === 0) return () => false;
  return rel => {
    const parts = rel.split('/');
    // Test the path and each of its parent folders: `**/build` excludes `build/x/y.js`.
    for (let i = parts.length; i > 0; i--) {
      const prefix = i === parts.length ? rel : parts.slice(0, i).join('/');
      if (regexes.some(r => r.test(prefix))) return true;
    }
    return false;
  };
}

/** The patterns switched on in a `files.exclude`-style object; `{ when: … }` sibling conditions are not supported. */
export function enabledPatterns(obj: unknown): string[] {
  if (!obj || typeof obj !== 'object') return [];
  return Object.entries(obj as Record<string, unknown>).filter(([, v]) => v === true).map(([k]) => k);
}

export function globToRegExp(glob: string): RegExp {
  let g = glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (g === '') g = '**';
  let re = '';
  let braces = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        const atStart = i === 0 || g[i - 1] === '/';
        const slashAfter = g[i + 2] === '/';
        if (atStart && slashAfter) { re += '(?:[^/]*/)*'; i += 2; continue; } // `**/` : zero or more folders
        if (atStart && i + 2 === g.length) { re += '.*'; i += 1; continue; } // trailing `**`
        re += '[^/]*'; i += 1; continue; // `a**b` behaves like `a*b`
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') { braces++; re += '(?:'; }
    else if (c === '}' && braces > 0) { braces--; re += ')'; }
    else if (c === ',' && braces > 0) re += '|';
    else if (c === '[') {
      const end = g.indexOf(']', i + 2);
      if (end < 0) { re += '\\['; continue; }
      let body = g.slice(i + 1, end);
      if (body.startsWith('!')) body = '^' + body.slice(1);
      re += `[${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  while (braces-- > 0) re += ')';
  // A trailing `/**` also matches the folder itself (`dist/**` excludes `dist`), as VS Code does.
  re = re.replace(/\/\.\*$/, '(?:/.*)?');
  return new RegExp(`^${re}$`);
}
