/** Values that look like secrets but are placeholders, references or well-known dummies. */

const DUMMY_WORDS = [
  'example', 'sample', 'placeholder', 'changeme', 'change_me', 'change-me', 'dummy', 'redacted', 'your_', 'your-',
  'yourapi', 'yourkey', 'yoursecret', 'yourtoken', 'insert', 'replace', 'todo', 'fixme', 'xxxx', '****', 'test123',
  'password123', 'foobar', 'lorem', 'notreal', 'not_real', 'not-a-real', 'fake', 'mock',
];

/** AWS's own documentation keys, used everywhere as examples. */
const KNOWN_DUMMIES = new Set(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']);

export function isKnownDummy(value: string): boolean {
  return KNOWN_DUMMIES.has(value);
}

/** `${X}`, `{{x}}`, `<your-key>`, `%(x)s`, `$X`, `%X%`, `process.env.X`, `os.environ[...]` and similar. */
export function isReference(value: string): boolean {
  return /^\$\{[^}]*\}$|^\{\{.*\}\}$|^<[^<>]+>$|^%\(.+\)s$|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_]+%$|^\$\(.+\)$/.test(value)
    || /\b(?:process\.env|os\.environ|os\.getenv|getenv|System\.getenv|ENV\[|ENV\.fetch|env\()/i.test(value)
    || /\$\{\{?\s*[\w.-]+\s*\}?\}/.test(value);
}

/** A value made of one repeated character or a simple run (`aaaa`, `1234567890`, `abcdef`). */
export function isLowVariety(value: string): boolean {
  if (/^(.)\1+$/.test(value)) return true;
  const distinct = new Set(value).size;
  if (value.length >= 8 && distinct <= 3) return true;
  return /^(?:0123456789|1234567890|abcdefghij|qwerty)/i.test(value);
}

export function looksLikePlaceholder(value: string): boolean {
  if (isKnownDummy(value)) return true;
  const lower = value.toLowerCase();
  if (DUMMY_WORDS.some(w => lower.includes(w))) return true;
  if (/x{5,}|\*{3,}|\.{3,}|_{4,}|#{4,}/i.test(value)) return true;
  return isReference(value) || isLowVariety(value);
}

/**
 * A short unit repeated over most of the value, ignoring case: `abcd1234abcd1234…`, `1234567890abcdef` ×3. Test
 * fixtures and documentation are made of these; generated keys are not. (Used by the generic rules, whose name-based
 * evidence is weak; provider rules with a checked format do not need it.)
 */
export function isRepeatedUnit(value: string): boolean {
  const v = value.toLowerCase();
  for (let u = 2; u <= 16 && u * 3 <= v.length; u++) {
    const unit = v.slice(0, u);
    let k = 1;
    while (v.startsWith(unit, k * u)) k++;
    if (k >= 3 && k * u >= 0.6 * v.length) return true;
  }
  return false;
}

/** Six or more consecutive ascending or descending characters (`123456`, `abcdef`, `987654`): typed, not generated. */
export function hasSequentialRun(value: string, run = 6): boolean {
  let up = 1, down = 1;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    const alnum = /[A-Za-z0-9]/.test(value[i]) && /[A-Za-z0-9]/.test(value[i - 1]);
    up = alnum && d === 1 ? up + 1 : 1;
    down = alnum && d === -1 ? down + 1 : 1;
    if (up >= run || down >= run) return true;
  }
  return false;
}
