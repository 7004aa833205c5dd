import { locateJsonError } from './jsonLocate';
import { compileAllowList, compileUserPatterns, EMPTY_POLICY, SecretPolicy, UserPatternConfig } from '../secrets/userPatterns';

/** `.vouch.json` at a workspace root: ignored fingerprints and excluded paths. Parsed strictly, errors are one line. */

export interface VouchConfig {
  /** `rule-id:sha256-of-secret` fingerprints the team decided to ignore. */
  ignore: string[];
  /** Glob-like path patterns that are not scanned. */
  exclude: string[];
  /** `ai/untagged-block:<hash>` fingerprints of blocks a person marked "not AI-generated". */
  notAi: string[];
  /** Secret values never reported: exact strings or `/regex/flags` (see secrets/userPatterns.ts). */
  allow?: string[];
  /** Rule ids switched off, e.g. `secret/aws-access-key-id`. */
  disable?: string[];
  /** The team's own secret patterns, each checked to run in linear time when the file is read. */
  patterns?: UserPatternConfig[];
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
  const config: VouchConfig = { ignore: list('ignore'), exclude: list('exclude'), notAi: list('notAi') };
  const allow = list('allow'), disable = list('disable');
  if (allow.length) config.allow = allow;
  if (disable.length) config.disable = disable;
  if (obj.patterns !== undefined) config.patterns = patternList(obj.patterns, fileName);
  try {
    policies.set(config, buildPolicy(config));
  } catch (e) {
    throw new ConfigError(`${fileName}: ${(e as Error).message}`);
  }
  return config;
}

function patternList(v: unknown, fileName: string): UserPatternConfig[] {
  const bad = (i: number, what: string) => new ConfigError(`${fileName}: "patterns"[${i}] ${what}`);
  if (!Array.isArray(v)) throw new ConfigError(`${fileName}: "patterns" must be an array of objects`);
  return v.map((p, i) => {
    if (typeof p !== 'object' || p === null || Array.isArray(p)) throw bad(i, 'must be an object');
    const o = p as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!['name', 'pattern', 'flags', 'paths', 'allow'].includes(k)) throw bad(i, `has an unknown key "${k}"`);
    if (typeof o.name !== 'string' || !o.name) throw bad(i, 'needs a "name" string');
    for (const k of ['pattern', 'flags'] as const) if (o[k] !== undefined && typeof o[k] !== 'string') throw bad(i, `"${k}" must be a string`);
    for (const k of ['paths', 'allow'] as const) {
      if (o[k] !== undefined && (!Array.isArray(o[k]) || (o[k] as unknown[]).some(x => typeof x !== 'string'))) throw bad(i, `"${k}" must be an array of strings`);
    }
    return { name: o.name, pattern: o.pattern as string | undefined, flags: o.flags as string | undefined, paths: o.paths as string[] | undefined, allow: o.allow as string[] | undefined };
  });
}

const policies = new WeakMap<VouchConfig, SecretPolicy>();

function buildPolicy(config: VouchConfig): SecretPolicy {
  if (!config.allow?.length && !config.disable?.length && !config.patterns?.length) return EMPTY_POLICY;
  return {
    allowed: compileAllowList(config.allow ?? [], 'allow'),
    disabled: new Set(config.disable ?? []),
    patterns: compileUserPatterns(config.patterns ?? []),
  };
}

/**
 * The compiled secret policy (allow list, disabled rules, user patterns) of a config; compiled once per config
 * object. A config built by hand with a pattern that fails its checks throws ConfigError here.
 */
export function secretPolicy(config: VouchConfig): SecretPolicy {
  let p = policies.get(config);
  if (!p) {
    try { p = buildPolicy(config); } catch (e) { throw new ConfigError(`.vouch.json: ${(e as Error).message}`); }
    policies.set(config, p);
  }
  return p;
}
