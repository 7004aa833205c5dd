/** A secret rule is data plus a little code (DESIGN §2). Samples are generated, never literal tokens. */
import type { SampleKit } from './sampleKit';

export interface Validation {
  /** true: structurally live (checksum valid, parses); false: fails its own structure — probably a placeholder. */
  valid: boolean;
  /** Shown to the user, e.g. "checksum valid". Never contains the secret. */
  detail: string;
}

export interface SecretRule {
  /** Diagnostic code, e.g. `secret/github-pat`. */
  id: string;
  /** Human name, e.g. "GitHub personal access token". */
  title: string;
  /** Lower-case substrings, one of which must occur in the text for the rule to run (the prefilter). */
  keywords: string[];
  /** Must contain a named group `secret`. Flags are managed by the scanner (it adds `g` and `d`). */
  pattern: RegExp;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  minEntropy?: number;
  /** Offline structural check: checksums, decoding, parsing. */
  validate?: (secret: string) => Validation;
  /** Extra code-level filter: return false to drop a match (e.g. a placeholder specific to this provider). */
  accept?: (secret: string, line: string) => boolean;
  /** Default environment variable name for the move-to-env fix. */
  envName: string;
  /** Where to read about the token format. */
  docs?: string;
  /** Proof: built at test time so no literal token ships in the bundle. */
  samples: (kit: SampleKit) => { secret: string[]; clean: string[] };
}
