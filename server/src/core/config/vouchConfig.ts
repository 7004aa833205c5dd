import { locateJsonError } from './jsonLocate';

/** `.vouch.json` at a workspace root: ignored fingerprints and excluded paths. Parsed strictly, errors are one line. */

export interface VouchConfig {
  /** `rule-id:sha256-of-secret` fingerprints the team decided to ignore. */
  ignore: string[];
  /** Glob-like path patterns that are not scanned. */
  exclude: string[];
  /** `ai/untagged-block:<hash>` fingerprints of blocks a person marked "not AI-generated". */
  notAi: string[];
}

export const EMPTY_CONFIG: VouchConfig = { ignore: [], exclude: [], notAi: [] };
export const MAX_CONFIG_BYTES = 1024 * 1024;

export class ConfigError extends Error {}

/** Parses the text of a .vouch.json; throws ConfigError with a one-line message naming the problem and line. */
export function parseVouchConfig(text: string, fileName = '.vouch.json'): VouchConfig {
  if (text.length > MAX_CONFIG_BYTES) throw new ConfigError(`${fileName}: larger than 1 MB, ignored`);
  const body = text.replace(/^\uFEFF/, '');
  const problem = locateJsonError(body);
  if (problem) throw new ConfigError(`${fileName}:${problem.line}:${problem.column}: invalid JSON (${problem.reason})`);
  const raw: unknown = JSON.parse(body);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(`${fileName}: expected a JSON object`);
  const obj = raw as Record<string, unknown>;
  const list = (key: string): string[] => {
    const v = obj[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some(x => typeof x !== 'string')) throw new ConfigError(`${fileName}: "${key}" must be an array of strings`);
    return v as string[];
  };
  return { ignore: list('ignore'), exclude: list('exclude'), notAi: list('notAi') };
}
