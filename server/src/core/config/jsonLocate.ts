/**
 * Finds where strict JSON first goes wrong, as a 1-based line and a short reason, without echoing file content.
 * Node's own JSON.parse messages differ across versions and quote the input; this does neither.
 */
export interface JsonProblem { line: number; column: number; reason: string }

export function locateJsonError(text: string): JsonProblem | undefined {
  let i = 0;
  const fail = (reason: string): never => {
    throw { at: i, reason: text.startsWith('//', i) || text.startsWith('/*', i) ? 'comments are not allowed' : reason };
  };
  const ws = () => { while (i < text.length && ' \t\r\n'.includes(text[i])) i++; };
  const value = (depth: number): void => {
    if (depth > 512) fail('nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++; ws();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(text[i] === '}' ? 'trailing comma before }' : 'expected a "quoted" key');
        string(); ws();
        if (text[i] !== ':') fail('expected : after a key');
        i++; value(depth + 1); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return; }
        fail('expected , or }');
      }
    } else if (c === '[') {
      i++; ws();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        ws();
        if (text[i] === ']') fail('trailing comma before ]');
        value(depth + 1); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return; }
        fail('expected , or ]');
      }
    } else if (c === '"') string();
    else if (/[-0-9]/.test(c ?? '')) { const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400)); if (!m) fail('bad number'); i += m![0].length; }
    else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else fail(c === undefined ? 'unexpected end of file' : 'unexpected character');
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail('control character in a string');
      i++;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
  };
  try {
    value(0); ws();
    if (i < text.length) fail('unexpected content after the JSON value');
    return undefined;
  } catch (e) {
    const { at, reason } = e as { at: number; reason: string };
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return { line, column: at - before.lastIndexOf('\n'), reason };
  }
}
