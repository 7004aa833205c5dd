/** Argument walking shared by the CLI commands: `--flag value`, `--flag=value`, switches and positionals. */

export class UsageError extends Error {}

/** A flag handler gets `value()` for flags that take one; switches simply ignore it. */
export type FlagHandlers = Record<string, (value: () => string) => void>;

export function walkArgs(args: readonly string[], flags: FlagHandlers, positional: (arg: string) => void): void {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const [flag, inline] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const handler = flags[flag];
    if (handler) {
      handler(() => {
        const v = inline ?? args[++i];
        if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
        return v;
      });
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option ${a}`);
    } else {
      positional(a);
    }
  }
}

export function positiveBytes(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a positive number of bytes`);
  return n;
}
